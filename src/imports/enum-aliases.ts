import { LEGAL_FORMS, PARTNERSHIPS, SECTORS, STAGES } from '../model/cooperative';
import { COST_CATEGORIES, STREAM_KINDS } from '../model/stream';
import { normalizeName } from './normalize';

/**
 * Coded values may be typed as the format's code ("care") or as the Dutch word the app
 * shows ("Zorg en welzijn"). Anything else is passed on unchanged, so the schema names
 * the allowed values in its message.
 */
const DUTCH: Record<EnumName, Record<string, readonly string[]>> = {
  sector: {
    energy: ['energie'],
    care: ['zorg', 'zorg en welzijn', 'welzijn'],
    food: ['voedsel', 'eten'],
    housing: ['wonen', 'huisvesting'],
    mobility: ['mobiliteit', 'vervoer'],
    cleaning: ['schoonmaak'],
    circular: ['circulair', 'circulaire economie'],
    culture: ['cultuur'],
    other: ['overig', 'anders'],
  },
  legalForm: {
    'cooperatie-ua': ['cooperatie ua', 'cooperatie u.a.'],
    'cooperatie-ba': ['cooperatie ba', 'cooperatie b.a.'],
    'cooperatie-wa': ['cooperatie wa', 'cooperatie w.a.'],
    // The code is the Dutch word here; listed first so templates show it, the English after.
    vereniging: ['vereniging', 'association'],
    stichting: ['stichting', 'foundation'],
    other: ['overig', 'anders'],
  },
  stage: {
    idea: ['idee'],
    startup: ['opstart', 'start', 'startfase'],
    growth: ['groei', 'groeifase'],
    mature: ['volwassen'],
  },
  partnership: {
    none: ['geen'],
    procurement: ['inkoop'],
    'co-ownership': ['mede-eigendom', 'mede eigendom'],
    concession: ['concessie'],
    'right-to-challenge': ['uitdaagrecht', 'right to challenge'],
    'grant-partnership': ['subsidiepartnerschap'],
  },
  streamKind: {
    grant: ['subsidie', 'bijdrage'],
    loan: ['lening'],
    equity: ['participatie', 'eigen vermogen', 'aandelen'],
    procurement: ['inkoop'],
    'in-kind': ['in natura', 'natura'],
  },
  costCategory: {
    capex: ['investering', 'investeringen'],
    opex: ['exploitatie', 'exploitatiekosten'],
    personnel: ['personeel', 'personeelskosten'],
    training: ['opleiding', 'training', 'scholing'],
    housing: ['huisvesting'],
    other: ['overig', 'anders'],
  },
};

const CODES = {
  sector: SECTORS,
  legalForm: LEGAL_FORMS,
  stage: STAGES,
  partnership: PARTNERSHIPS,
  streamKind: STREAM_KINDS,
  costCategory: COST_CATEGORIES,
} as const;

export type EnumName = keyof typeof CODES;

const LOOKUP = new Map<EnumName, Map<string, string>>(
  (Object.keys(CODES) as EnumName[]).map((name) => {
    const table = new Map<string, string>();
    for (const code of CODES[name]) table.set(normalizeName(code), code);
    for (const [code, words] of Object.entries(DUTCH[name])) {
      for (const word of words) table.set(normalizeName(word), code);
    }
    return [name, table];
  }),
);

/** The format's code for a typed value, or the trimmed text itself when it names none. */
export function enumCode(name: EnumName, text: string): string {
  return LOOKUP.get(name)?.get(normalizeName(text)) ?? text.trim();
}

/** The Dutch words for a code (the first is the one templates show). */
export function dutchWords(name: EnumName, code: string): readonly string[] {
  return DUTCH[name][code] ?? [];
}

/** Every allowed value of a coded field as a template lists it: Dutch words in Dutch, the codes in English. */
export function allowedWords(name: EnumName, lang: 'nl' | 'en'): string[] {
  return CODES[name].map((code) => (lang === 'nl' ? (dutchWords(name, code)[0] ?? code) : code));
}
