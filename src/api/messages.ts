import type { Lang } from '../model/messages';

const MESSAGES = {
  nl: {
    invalidInput: 'De invoer is niet geldig.',
    unknownOperation: 'Onbekende opdracht "{name}".',
    internal: 'Er ging iets onverwachts mis: {detail}. Er is niets half opgeslagen.',
    runTooLarge:
      'Te veel trekkingen voor dit scenario: {cells} waarden (trekkingen x indicatoren x jaren), hoogstens {limit}. Kies minder trekkingen.',
    runFailed: 'De scenarioberekening is mislukt: {detail}. Er is niets gewijzigd.',
    reportFailed: 'Het rapport kon niet worden gemaakt: {detail}. De werkruimte is niet gewijzigd.',
    cannotOpenFolder: 'Deze omgeving kan geen map openen; download de bestanden hieronder.',
    backupsNotConfigurable:
      'Deze omgeving bewaart geen voorkeuren; de standaard voor reservekopieën geldt en is niet gewijzigd.',
    cannotRestoreHere: 'Deze omgeving kan geen reservekopie terugzetten; er is niets gewijzigd.',
    nothingToRestore:
      'Er is geen geweigerd bestand om een reservekopie voor terug te zetten; er is niets gewijzigd.',
  },
  en: {
    invalidInput: 'The input is not valid.',
    unknownOperation: 'Unknown operation "{name}".',
    internal: 'Something unexpected went wrong: {detail}. Nothing was half-saved.',
    runTooLarge:
      'Too many draws for this scenario: {cells} values (draws x indicators x years), at most {limit}. Choose fewer draws.',
    runFailed: 'The scenario run failed: {detail}. Nothing was changed.',
    reportFailed: 'The report could not be made: {detail}. The workspace was not changed.',
    cannotOpenFolder: 'This host cannot open a folder; download the files below.',
    backupsNotConfigurable:
      'This host keeps no preferences; the default backup policy applies and was not changed.',
    cannotRestoreHere: 'This host cannot restore a backup; nothing was changed.',
    nothingToRestore: 'No file was refused, so there is no backup to restore; nothing was changed.',
  },
} as const;

export function apiMessage(
  lang: Lang,
  key: keyof (typeof MESSAGES)['en'],
  params: Record<string, string> = {},
): string {
  const template: string = MESSAGES[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
