import type { WorkspaceFileError, WorkspaceFileErrorCode } from './types';

export type StorageLang = 'nl' | 'en';

type Params = WorkspaceFileError['params'];

const ENTITY: Record<StorageLang, Record<string, string>> = {
  nl: {
    cooperative: 'coöperatie',
    fundingStream: 'financieringsbron',
    plan: 'plan',
    scenario: 'scenario',
    indicator: 'indicator',
  },
  en: {
    cooperative: 'cooperative',
    fundingStream: 'funding stream',
    plan: 'plan',
    scenario: 'scenario',
    indicator: 'indicator',
  },
};

/** Dutch nouns take "het" or "de"; only the neuter ones are listed. */
const DUTCH_NEUTER = new Set(['plan', 'scenario']);

function text(params: Params, key: string, fallback = ''): string {
  const value = params[key];
  return value === undefined ? fallback : String(value);
}

function entityName(lang: StorageLang, params: Params): string {
  const entity = text(params, 'entity');
  return ENTITY[lang][entity] ?? (lang === 'nl' ? 'onderdeel' : 'item');
}

/** "De coöperatie", "Het plan", "Het onderdeel": the Dutch noun with its definite article. */
function dutchDefinite(params: Params): string {
  const entity = text(params, 'entity');
  const neuter = DUTCH_NEUTER.has(entity) || ENTITY.nl[entity] === undefined;
  return `${neuter ? 'Het' : 'De'} ${entityName('nl', params)}`;
}

function usedBy(lang: StorageLang, params: Params): string {
  const parts: string[] = [];
  const plans = text(params, 'plans');
  const scenarios = text(params, 'scenarios');
  if (plans !== '') parts.push(`${lang === 'nl' ? 'plannen' : 'plans'} ${plans}`);
  if (scenarios !== '') parts.push(`${lang === 'nl' ? "scenario's" : 'scenarios'} ${scenarios}`);
  const guarantees = text(params, 'guarantees');
  if (guarantees !== '') parts.push(`${lang === 'nl' ? 'borgstellingen' : 'guarantees'} ${guarantees}`);
  const contracts = text(params, 'contracts');
  if (contracts !== '') {
    parts.push(
      `${lang === 'nl' ? 'inkoopopdrachten (Inkoop) in' : 'procurement contracts (Procurement) in'} ${contracts}`,
    );
  }
  return parts.join(lang === 'nl' ? ' en ' : ' and ');
}

function dutch(code: WorkspaceFileErrorCode, p: Params): string {
  const file = `"${text(p, 'file')}"`;
  const id = text(p, 'id');
  switch (code) {
    case 'not-found':
      if (p['reason'] === 'no-backup')
        return `Er is geen bruikbare reservekopie van ${file} in de map "${text(p, 'backups')}". Er is niets gewijzigd.`;
      if (id !== '')
        return `Er is geen ${entityName('nl', p)} met id "${id}" in ${file}. Er is niets gewijzigd.`;
      if (p['folder'] !== undefined) {
        return `De map "${text(p, 'folder')}" bestaat niet. Kies een bestaande map voor ${file}.`;
      }
      return `Het bestand ${file} bestaat niet. Misschien is het verplaatst, hernoemd of verwijderd; kies het opnieuw via Openen.`;
    case 'exists':
      if (id !== '') {
        return `Er bestaat al een ${entityName('nl', p)} met id "${id}" in ${file}. Kies een andere id.`;
      }
      if (p['reason'] === 'same-file')
        return `Een reservekopie kan niet over het werkbestand zelf (${file}) heen.`;
      return `Het bestand ${file} bestaat al. Kies een andere naam, of bevestig dat het vervangen mag worden.`;
    case 'conflict':
      return `De wijziging past niet bij de regels van ${file} en is niet opgeslagen; er is niets gewijzigd. Controleer de ingevoerde waarden en probeer het opnieuw.`;
    case 'in-use':
      return `${dutchDefinite(p)} "${id}" wordt nog gebruikt door ${usedBy('nl', p)} in ${file}. Haal het daar eerst weg; er is niets verwijderd.`;
    case 'newer-version':
      return `Deze werkruimte (${file}) is gemaakt met een nieuwere versie van Coopfolio (schema ${text(p, 'found')}); deze versie kent tot en met schema ${text(p, 'supported')}. Werk Coopfolio bij; het bestand is niet gewijzigd.`;
    case 'not-a-workspace':
      if (p['reason'] === 'empty') {
        return `Het bestand ${file} is leeg (0 bytes) en dus geen Coopfolio-werkruimte. Staat er een kopie in de map "backups" ernaast, open dan die. Het bestand is niet gewijzigd.`;
      }
      return `Het bestand ${file} is geen Coopfolio-werkruimte (misschien hoort het bij een ander programma). Het bestand is niet gewijzigd.`;
    case 'corrupt':
      return `Het bestand ${file} is beschadigd en kan niet veilig worden geopend. Open een recente kopie uit de map "backups" ernaast; het beschadigde bestand is niet gewijzigd.`;
    case 'locked':
      return `Het bestand ${file} is in gebruik door een ander programma of een ander Coopfolio-venster. Sluit het daar en probeer het opnieuw.`;
    case 'read-only':
      return `Coopfolio kan niet schrijven naar ${file} (alleen-lezen bestand, map of schijf). Sla een kopie op een andere plek op, of vraag schrijfrechten.`;
    case 'disk-full':
      return `De schijf met ${file} is vol. Maak ruimte vrij en probeer het opnieuw; wat eerder is opgeslagen is nog intact.`;
    case 'io':
      return `Coopfolio kon ${file} niet lezen of schrijven. Controleer of de schijf of netwerkmap bereikbaar is en probeer het opnieuw.`;
    default: {
      const unreachable: never = code;
      return String(unreachable);
    }
  }
}

function english(code: WorkspaceFileErrorCode, p: Params): string {
  const file = `"${text(p, 'file')}"`;
  const id = text(p, 'id');
  switch (code) {
    case 'not-found':
      if (p['reason'] === 'no-backup')
        return `There is no usable backup of ${file} in the folder "${text(p, 'backups')}". Nothing was changed.`;
      if (id !== '')
        return `There is no ${entityName('en', p)} with id "${id}" in ${file}. Nothing was changed.`;
      if (p['folder'] !== undefined) {
        return `The folder "${text(p, 'folder')}" does not exist. Choose an existing folder for ${file}.`;
      }
      return `The file ${file} does not exist. It may have been moved, renamed or deleted; choose it again with Open.`;
    case 'exists':
      if (id !== '') {
        return `A ${entityName('en', p)} with id "${id}" already exists in ${file}. Choose another id.`;
      }
      if (p['reason'] === 'same-file')
        return `A backup cannot be written over the workspace itself (${file}).`;
      return `The file ${file} already exists. Choose another name, or confirm that it may be replaced.`;
    case 'conflict':
      return `The change breaks a rule of ${file} and was not saved; nothing was changed. Check the values entered and try again.`;
    case 'in-use': {
      const name = entityName('en', p);
      return `The ${name} "${id}" is still used by ${usedBy('en', p)} in ${file}. Remove it there first; nothing was deleted.`;
    }
    case 'newer-version':
      return `This workspace (${file}) was made by a newer version of Coopfolio (schema ${text(p, 'found')}); this version knows up to ${text(p, 'supported')}. Update Coopfolio; the file was not changed.`;
    case 'not-a-workspace':
      if (p['reason'] === 'empty') {
        return `The file ${file} is empty (0 bytes), so it is not a Coopfolio workspace. If there is a copy in the "backups" folder beside it, open that. The file was not changed.`;
      }
      return `The file ${file} is not a Coopfolio workspace (it may belong to another program). The file was not changed.`;
    case 'corrupt':
      return `The file ${file} is damaged and cannot be opened safely. Open a recent copy from the "backups" folder beside it; the damaged file was not changed.`;
    case 'locked':
      return `The file ${file} is in use by another program or another Coopfolio window. Close it there and try again.`;
    case 'read-only':
      return `Coopfolio cannot write to ${file} (read-only file, folder or disk). Save a copy somewhere else, or ask for write access.`;
    case 'disk-full':
      return `The disk holding ${file} is full. Free up some space and try again; what was saved before is intact.`;
    case 'io':
      return `Coopfolio could not read or write ${file}. Check that the disk or network folder is available and try again.`;
    default: {
      const unreachable: never = code;
      return String(unreachable);
    }
  }
}

/** A plain sentence for the user: what happened to which file, and what to do next. */
export function storageErrorMessage(error: WorkspaceFileError, lang: StorageLang): string {
  return lang === 'nl' ? dutch(error.code, error.params) : english(error.code, error.params);
}
