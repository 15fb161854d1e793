/**
 * The council letter's money as a sheet: per scenario the euros by origin (the engine's
 * values), and as live formulas what is mobilised (the sum of the origins beside the
 * municipality and own revenue), what is covered (municipal + mobilised) and the leverage
 * (mobilised / municipal, empty without municipal money). docs/methodology.md, section 13.
 */
import type { Lang } from '../../model/messages';
import { COUNCIL_LETTER_COLUMNS } from '../council-letter-table';
import type { ReportModel } from '../model';
import { tr } from './lang';
import { columnName, formula, FORMAT, num, text, type RowSpec, type SheetSpec } from './sheet';

export function councilLetterSheetName(lang: Lang): string {
  return tr(lang, 'councilLetter.councilLetter');
}

const cents = (euros: number) => Math.round(euros * 100);

export function councilLetterSheet(model: ReportModel, name: string): SheetSpec | null {
  const letter = model.councilLetter;
  if (letter === null) return null;
  const lang = model.lang;
  const names = new Map(model.scenarios.map((s) => [s.scenario.id, s.scenario.name]));
  const rows: RowSpec[] = [
    { style: 'header', cells: COUNCIL_LETTER_COLUMNS.map((c) => text(c.label[lang])) },
  ];
  // Columns: A scenario, B municipal, C other public, D private, E members, F own revenue,
  // G mobilised, H covered, I gap, J total cost, K leverage, L municipal guarantees.
  const [B, C, F, G] = [2, 3, 6, 7].map(columnName);
  for (const m of letter.scenarios) {
    const r = rows.length + 1;
    const mobilised = cents(m.otherPublic) + cents(m.private) + cents(m.members) + cents(m.ownRevenue);
    const covered = cents(m.municipal) + mobilised;
    rows.push({
      style: 'plain',
      cells: [
        text(names.get(m.scenarioId) ?? m.scenarioId),
        num(m.municipal, FORMAT.euros),
        num(m.otherPublic, FORMAT.euros),
        num(m.private, FORMAT.euros),
        num(m.members, FORMAT.euros),
        num(m.ownRevenue, FORMAT.euros),
        formula(`SUM(${C}${r}:${F}${r})`, mobilised / 100, 'euros', FORMAT.euros),
        formula(`${B}${r}+${G}${r}`, covered / 100, 'euros', FORMAT.euros),
        num(m.gap, FORMAT.euros),
        num(m.totalCost, FORMAT.euros),
        formula(
          `IF(${B}${r}=0,"",${G}${r}/${B}${r})`,
          cents(m.municipal) === 0 ? null : mobilised / cents(m.municipal),
          'ratio',
          FORMAT.ratio,
        ),
        num(m.municipalGuarantees, FORMAT.euros),
      ],
    });
  }
  // The note keeps the sheet readable on its own.
  rows.push({ style: 'plain', cells: [] });
  rows.push({
    style: 'plain',
    cells: [text(tr(lang, 'councilLetter.formulaNote'))],
  });
  return { name, rows, freeze: { rows: 1, columns: 1 } };
}
