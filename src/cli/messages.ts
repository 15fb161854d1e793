import type { Lang } from '../model/messages';

const MESSAGES = {
  nl: {
    valid:
      "{file} is geldig: {cooperatives} coöperaties, {streams} financieringsbronnen, {plans} plannen, {indicators} indicatoren, {scenarios} scenario's.",
    invalid: '{file} is niet geldig ({count} problemen):',
    cannotRead: 'Kan {file} niet lezen: {detail}',
    notUtf8:
      '{file} is geen geldige UTF-8-tekst; sla het bestand op als UTF-8 en probeer opnieuw. Er is niets geschreven.',
    dbExists:
      '{file} bestaat al. Gebruik --replace om het te vervangen (er wordt eerst een reservekopie gemaakt).',
    imported:
      '{file} aangemaakt met {cooperatives} coöperaties, {streams} financieringsbronnen en {plans} plannen.',
    replacedBackup: 'Het oude bestand is bewaard als {backup}.',
    exported: 'Workspace geëxporteerd naar {file}.',
    backedUp: 'Reservekopie geschreven naar {file}.',
    restored: 'Hersteld uit de reservekopie {from}.',
    keptAside: 'Het geweigerde bestand staat ongewijzigd in {file}.',
    demoWritten: 'Demo-workspace geschreven naar {dir}:',
    unexpected: 'Onverwachte fout: {detail}',
  },
  en: {
    valid:
      '{file} is valid: {cooperatives} cooperatives, {streams} funding streams, {plans} plans, {indicators} indicators, {scenarios} scenarios.',
    invalid: '{file} is not valid ({count} problems):',
    cannotRead: 'Cannot read {file}: {detail}',
    notUtf8: '{file} is not valid UTF-8 text; save the file as UTF-8 and try again. Nothing was written.',
    dbExists: '{file} already exists. Use --replace to replace it (a backup is made first).',
    imported: 'Created {file} with {cooperatives} cooperatives, {streams} funding streams and {plans} plans.',
    replacedBackup: 'The old file was kept as {backup}.',
    exported: 'Workspace exported to {file}.',
    backedUp: 'Backup written to {file}.',
    restored: 'Restored from the backup {from}.',
    keptAside: 'The refused file is kept unchanged as {file}.',
    demoWritten: 'Demo workspace written to {dir}:',
    unexpected: 'Unexpected error: {detail}',
  },
} as const;

export type CliMessageKey = keyof (typeof MESSAGES)['en'];

export function cliMessage(
  lang: Lang,
  key: CliMessageKey,
  params: Record<string, string | number> = {},
): string {
  const template: string = MESSAGES[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
