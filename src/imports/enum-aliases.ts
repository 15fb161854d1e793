import { LEGAL_FORMS, PARTNERSHIPS, SECTORS, STAGES } from '../model/cooperative';
import { COST_CATEGORIES, STREAM_KINDS } from '../model/stream';
import { hasTranslation, LANGS, translate, type Lang } from '../i18n';
import { normalizeName } from './normalize';

const CODES = {
  sector: SECTORS,
  legalForm: LEGAL_FORMS,
  stage: STAGES,
  partnership: PARTNERSHIPS,
  streamKind: STREAM_KINDS,
  costCategory: COST_CATEGORIES,
} as const;

export type EnumName = keyof typeof CODES;

/**
 * Coded values may be typed as the format's code ("care") or as a word the app shows
 * ("Zorg en welzijn"): `imports:enumWords.<name>.<code>` in either language, words
 * separated by "; ", the first the one a template shows (a code without words: the code). Anything else is passed on
 * unchanged, so the schema names the allowed values in its message.
 */
function wordsOf(lang: Lang, name: EnumName, code: string): string[] {
  const key = `imports:enumWords.${name}.${code}` as const;
  // A code without words of its own (a guarantee) is typed and shown as the code.
  return hasTranslation(lang, key) ? translate(lang, key).split('; ') : [];
}

const LOOKUP = new Map<EnumName, Map<string, string>>(
  (Object.keys(CODES) as EnumName[]).map((name) => {
    const table = new Map<string, string>();
    for (const code of CODES[name]) table.set(normalizeName(code), code);
    for (const code of CODES[name])
      for (const lang of LANGS)
        for (const word of wordsOf(lang, name, code)) table.set(normalizeName(word), code);
    return [name, table];
  }),
);

/** The format's code for a typed value, or the trimmed text itself when it names none. */
export function enumCode(name: EnumName, text: string): string {
  return LOOKUP.get(name)?.get(normalizeName(text)) ?? text.trim();
}

/** A code in the words the user reads: the first Dutch word in Dutch, the format's code in English. */
export function enumWord(name: EnumName, code: string, lang: Lang): string {
  return lang === 'nl' ? (wordsOf(lang, name, code)[0] ?? code) : code;
}

/** Every allowed value of a coded field as a template lists it. */
export function allowedWords(name: EnumName, lang: Lang): string[] {
  return CODES[name].map((code) => enumWord(name, code, lang));
}
