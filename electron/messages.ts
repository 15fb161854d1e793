/** Words of the desktop shell (menus, dialogs), Dutch first. */
import type { Lang } from '../src/model/messages';

const nl = {
  file: 'Bestand',
  newWorkspace: 'Nieuwe workspace…',
  open: 'Openen…',
  saveAs: 'Opslaan als…',
  recent: 'Recente workspaces',
  recentEmpty: 'Geen recente workspaces',
  clearRecent: 'Lijst wissen',
  exportJson: 'Exporteer JSON…',
  importJson: 'Importeer JSON…',
  quit: 'Afsluiten',
  edit: 'Bewerken',
  view: 'Beeld',
  help: 'Help',
  about: 'Over Coopfolio',
  aboutDetail: 'Versie {version}. Financierings- en impactmodel voor coöperaties. Licentie: EUPL-1.2.',
  workspaceFilter: 'Coopfolio-workspace',
  jsonFilter: 'JSON-bestand',
  newTitle: 'Nieuwe workspace aanmaken',
  openTitle: 'Workspace openen',
  saveAsTitle: 'Workspace opslaan als',
  exportTitle: 'Workspace exporteren als JSON',
  importTitle: 'JSON importeren',
  openFailed: 'Het bestand kon niet worden geopend.',
  createFailed: 'De workspace kon niet worden aangemaakt.',
  saveAsFailed: 'De workspace kon niet worden opgeslagen.',
  exportFailed: 'De export is mislukt.',
  importFailed: 'De import is mislukt. Er is niets gewijzigd.',
  importConfirm: 'De inhoud van de open workspace vervangen?',
  importConfirmDetail: 'Alles in "{file}" wordt vervangen door de inhoud van het JSON-bestand.',
  importButton: 'Vervangen',
  cancel: 'Annuleren',
  fileTooLarge: 'Het bestand is groter dan {max}.',
  fileExists: 'Er bestaat al een bestand "{file}". Kies een andere naam; er wordt niets overschreven.',
  sameFile: 'Dit is de workspace die al open is. Wijzigingen worden steeds direct opgeslagen.',
  externalLinkQuestion: 'Deze link openen in je browser?',
  openLink: 'Openen in browser',
  startupFailed: 'De laatst gebruikte workspace kon niet worden geopend.',
  startupFailedDetail:
    '{file}\n\n{reason}\n\nHet bestand blijft onaangeroerd. Je kunt de demo openen en later via Bestand > Openen een ander bestand kiezen.',
  openDemo: 'Demo openen',
  restoreQuestion: 'Het bestand is beschadigd. De laatste reservekopie terugzetten?',
  restoreDetail:
    '{file}\n\n{reason}\n\nEr is een reservekopie van {time} ({backup}). Terugzetten zet die kopie op de plaats van het bestand; wijzigingen van na dat moment zitten er niet in. Het beschadigde bestand wordt niet verwijderd maar ernaast bewaard als "….refused-….coopfolio".',
  restoreButton: 'Reservekopie terugzetten',
  locationQuestion: 'Deze plek is riskant voor een werkbestand. Toch doorgaan?',
  continueAnyway: 'Toch doorgaan',
  startupRestoreDetail:
    '{file}\n\n{reason}\n\nEr is een reservekopie van {time} ({backup}). Je kunt die terugzetten (het beschadigde bestand wordt ernaast bewaard), de demo openen of afsluiten.',
  restoreFailed: 'De reservekopie kon niet worden teruggezet.',
  noWorkspace: 'Er kon geen workspace worden geopend.',
  ipcRefused: 'Verzoek geweigerd: het kwam niet uit het Coopfolio-venster.',
  unexpected: 'Er ging iets onverwachts mis: {detail}',
};

const en: typeof nl = {
  file: 'File',
  newWorkspace: 'New workspace…',
  open: 'Open…',
  saveAs: 'Save as…',
  recent: 'Recent workspaces',
  recentEmpty: 'No recent workspaces',
  clearRecent: 'Clear list',
  exportJson: 'Export JSON…',
  importJson: 'Import JSON…',
  quit: 'Quit',
  edit: 'Edit',
  view: 'View',
  help: 'Help',
  about: 'About Coopfolio',
  aboutDetail: 'Version {version}. Funding-and-impact modeller for cooperatives. Licence: EUPL-1.2.',
  workspaceFilter: 'Coopfolio workspace',
  jsonFilter: 'JSON file',
  newTitle: 'Create a new workspace',
  openTitle: 'Open workspace',
  saveAsTitle: 'Save workspace as',
  exportTitle: 'Export workspace as JSON',
  importTitle: 'Import JSON',
  openFailed: 'The file could not be opened.',
  createFailed: 'The workspace could not be created.',
  saveAsFailed: 'The workspace could not be saved.',
  exportFailed: 'The export failed.',
  importFailed: 'The import failed. Nothing was changed.',
  importConfirm: 'Replace the content of the open workspace?',
  importConfirmDetail: 'Everything in "{file}" is replaced by the content of the JSON file.',
  importButton: 'Replace',
  cancel: 'Cancel',
  fileTooLarge: 'The file is larger than {max}.',
  fileExists: 'A file "{file}" already exists. Choose another name; nothing is overwritten.',
  sameFile: 'This is the workspace that is already open. Changes are always saved immediately.',
  externalLinkQuestion: 'Open this link in your browser?',
  openLink: 'Open in browser',
  startupFailed: 'The last used workspace could not be opened.',
  startupFailedDetail:
    '{file}\n\n{reason}\n\nThe file is left untouched. You can open the demo and choose another file later with File > Open.',
  openDemo: 'Open demo',
  restoreQuestion: 'The file is damaged. Put the latest backup back?',
  restoreDetail:
    '{file}\n\n{reason}\n\nThere is a backup from {time} ({backup}). Restoring puts that copy in place of the file; changes made after that moment are not in it. The damaged file is not deleted but kept beside it as "….refused-….coopfolio".',
  restoreButton: 'Restore backup',
  locationQuestion: 'This is a risky place for a workspace file. Continue anyway?',
  continueAnyway: 'Continue anyway',
  startupRestoreDetail:
    '{file}\n\n{reason}\n\nThere is a backup from {time} ({backup}). You can restore it (the damaged file is kept beside it), open the demo or quit.',
  restoreFailed: 'The backup could not be restored.',
  noWorkspace: 'No workspace could be opened.',
  ipcRefused: 'Request refused: it did not come from the Coopfolio window.',
  unexpected: 'Something unexpected went wrong: {detail}',
};

const MESSAGES: Record<Lang, typeof nl> = { nl, en };

export type ShellMessageKey = keyof typeof nl;

export function shellMessage(lang: Lang, key: ShellMessageKey, params: Record<string, string> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** English only when the system asks for it; Dutch is the product's first language. */
export function langFromLocale(locale: string): Lang {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
