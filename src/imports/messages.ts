import { formatMessage, type Lang, type MessageKey } from '../model/messages';

/**
 * Problems only a spreadsheet import has (files, sheets, columns, rows); every other
 * problem reuses the workspace format's own messages, so a wrong amount reads the same
 * in the import as in the forms. Fragments in lower case, like the format's messages.
 */
export const IMPORT_MESSAGES = {
  nl: {
    unsupportedFile: 'kies een Excel-werkmap (.xlsx) of een CSV-bestand (.csv)',
    xlsNotSupported: 'oude .xls-bestanden worden niet gelezen; sla het bestand op als .xlsx of als CSV UTF-8',
    notAWorkbook: 'het bestand kon niet als Excel-werkmap worden gelezen ({detail})',
    unpackedTooLarge: 'de werkmap is uitgepakt groter dan {max}',
    invalidBase64: 'de inhoud van het bestand is niet goed doorgegeven (geen geldige base64)',
    notUtf8: 'het CSV-bestand is geen UTF-8; sla het op als "CSV UTF-8"',
    csvSyntax: 'het CSV-bestand is niet goed gevormd: {detail}',
    sheetNotFound: 'werkblad "{sheet}" bestaat niet in deze werkmap',
    noSheets: 'de werkmap heeft geen werkbladen',
    emptyFile: 'het bestand bevat geen kopregel',
    noRows: 'er staan geen rijen onder de kopregel',
    tooManyRows: 'het bestand heeft meer dan {max} rijen; splits het in kleinere bestanden',
    tooManyColumns: 'het bestand heeft meer dan {max} kolommen',
    unknownColumn: 'kolom "{column}" staat niet in het bestand',
    fieldNotMapped: 'kies een kolom voor dit veld; het is verplicht voor nieuwe items',
    existsInWorkspace: '"{id}" bestaat al; kies "toevoegen en bijwerken" om het bij te werken',
    duplicateInFile: '"{id}" staat al in rij {first}',
    duplicateYear: 'jaar {year} van deze kostenpost staat al in rij {first}',
    conflictingValue: 'wijkt af van rij {first} ("{value}")',
    unknownPlanNoDetails:
      'plan "{id}" bestaat niet; vul een plannaam en coöperatie in om het aan te maken (of verbeter het id)',
    planDiffers: 'plan "{id}" bestaat al met "{value}"; wijzig de plangegevens in de planbouwer',
    formulaWithoutResult: 'formule zonder opgeslagen uitkomst; open en bewaar het bestand in Excel',
    cellError: 'de cel bevat een fout ({code})',
    yearAmountList: 'verwacht "jaar: bedrag", gescheiden door ; (bijvoorbeeld "2024: 10.000; 2025: 5.000")',
    percentNotAllowed: 'een percentage kan alleen bij een aandeel of kans',
    moreProblems: 'en nog {count} problemen',
  },
  en: {
    unsupportedFile: 'choose an Excel workbook (.xlsx) or a CSV file (.csv)',
    xlsNotSupported: 'old .xls files are not read; save the file as .xlsx or as CSV UTF-8',
    notAWorkbook: 'the file could not be read as an Excel workbook ({detail})',
    unpackedTooLarge: 'the workbook is larger than {max} when unpacked',
    invalidBase64: 'the file content was not passed on correctly (not valid base64)',
    notUtf8: 'the CSV file is not UTF-8; save it as "CSV UTF-8"',
    csvSyntax: 'the CSV file is malformed: {detail}',
    sheetNotFound: 'sheet "{sheet}" does not exist in this workbook',
    noSheets: 'the workbook has no sheets',
    emptyFile: 'the file has no header row',
    noRows: 'there are no rows below the header row',
    tooManyRows: 'the file has more than {max} rows; split it into smaller files',
    tooManyColumns: 'the file has more than {max} columns',
    unknownColumn: 'column "{column}" is not in the file',
    fieldNotMapped: 'choose a column for this field; it is required for new items',
    existsInWorkspace: '"{id}" already exists; choose "add and update" to update it',
    duplicateInFile: '"{id}" is already in row {first}',
    duplicateYear: 'year {year} of this cost line is already in row {first}',
    conflictingValue: 'differs from row {first} ("{value}")',
    unknownPlanNoDetails:
      'plan "{id}" does not exist; fill in a plan name and cooperative to create it (or correct the id)',
    planDiffers: 'plan "{id}" already exists with "{value}"; change the plan details in the plan builder',
    formulaWithoutResult: 'formula without a stored result; open and save the file in Excel',
    cellError: 'the cell holds an error ({code})',
    yearAmountList: 'expected "year: amount", separated by ; (for example "2024: 10,000; 2025: 5,000")',
    percentNotAllowed: 'a percentage is only allowed for a share or probability',
    moreProblems: 'and {count} more problems',
  },
} as const;

export type ImportMessageKey = keyof (typeof IMPORT_MESSAGES)['en'];

function isImportMessageKey(key: string): key is ImportMessageKey {
  return Object.prototype.hasOwnProperty.call(IMPORT_MESSAGES.en, key);
}

/** The words for an import problem: the import's own messages first, then the format's. */
export function importMessage(
  lang: Lang,
  key: ImportMessageKey | MessageKey,
  params: Record<string, unknown> = {},
): string {
  if (isImportMessageKey(key)) {
    const template: string = IMPORT_MESSAGES[lang][key];
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : String(value);
    });
  }
  return formatMessage(lang, key, params);
}

const LOCATIONS = {
  nl: {
    rowColumn: 'rij {row}, kolom "{column}"',
    row: 'rij {row}',
    column: 'kolom "{column}"',
    file: 'bestand',
  },
  en: {
    rowColumn: 'row {row}, column "{column}"',
    row: 'row {row}',
    column: 'column "{column}"',
    file: 'file',
  },
} as const;

/** Where a problem is, in words: `rij 3, kolom "Naam"`. */
export function problemLocation(lang: Lang, row: number | null, column: string | null): string {
  const words = LOCATIONS[lang];
  const template =
    row !== null && column !== null
      ? words.rowColumn
      : row !== null
        ? words.row
        : column !== null
          ? words.column
          : words.file;
  return template.replace('{row}', String(row)).replace('{column}', column ?? '');
}
