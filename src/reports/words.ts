/**
 * The report's words, read from the `report` namespace of the shared i18next resources
 * (src/i18n/locales/{nl,en}/report.json). Keys are typed from the Dutch file, so a
 * section cannot ask for a word that does not exist; `{{placeholders}}` are filled by
 * i18next, and figures are formatted by the caller before they are passed in.
 */
import { hasTranslation, translate, type Lang, type TranslateVars } from '../i18n';
import nlReport from '../i18n/locales/nl/report.json' with { type: 'json' };

type Report = typeof nlReport;
/** One group of words per part of the report (the top level of report.json). */
export type ReportGroup = keyof Report;

/** `decisionGaps_one` / `decisionGaps_other` are asked for as `decisionGaps` with a count. */
type WithoutPlural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? WithoutPlural<K> : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];

type Branches<T> = {
  [K in keyof T & string]: T[K] extends string ? never : K | `${K}.${Branches<T[K]>}`;
}[keyof T & string];

export type WordKey<G extends ReportGroup> = Leaves<Report[G]>;
export type WordBranch<G extends ReportGroup> = Branches<Report[G]>;

/** The words of one group in one language: `t('key', { placeholder: value })`. */
export type Words<G extends ReportGroup> = (key: WordKey<G>, vars?: TranslateVars) => string;

export function reportWords<G extends ReportGroup>(lang: Lang, group: G): Words<G> {
  return (key, vars) => translate(lang, `report:${group}.${key}`, vars);
}

/** The child keys of a branch, in the order of the resource file (the same in both languages). */
function childKeys(group: ReportGroup, branch: string): string[] {
  let node: unknown = nlReport[group];
  for (const part of branch.split('.')) node = (node as Record<string, unknown>)[part];
  return Object.keys(node as Record<string, unknown>);
}

/** Every text of a branch in file order: the paragraphs of a list, say. */
export function reportWordList<G extends ReportGroup>(lang: Lang, group: G, branch: WordBranch<G>): string[] {
  return childKeys(group, branch).map((key) => translate(lang, `report:${group}.${branch}.${key}`));
}

/** Each entry of a branch of records (a rule with name, formula and text), in file order. */
export function reportWordRecords<G extends ReportGroup, F extends string>(
  lang: Lang,
  group: G,
  branch: WordBranch<G>,
  fields: readonly F[],
): Record<F, string>[] {
  return childKeys(group, branch).map(
    (key) =>
      Object.fromEntries(
        fields.map((field) => [field, translate(lang, `report:${group}.${branch}.${key}.${field}`)]),
      ) as Record<F, string>,
  );
}

type Enums = Report['enums'];
/** The report's name for a fixed choice of the workspace (sector, stage, stream kind...). */
export type EnumLabel = <K extends keyof Enums>(kind: K, value: keyof Enums[K] & string) => string;

export function enumLabels(lang: Lang): EnumLabel {
  return (kind, value) => translate(lang, `report:enums.${kind}.${value}`);
}

/**
 * The word for a code that need not be one of the branch's keys (a group key taken from
 * the data): the code itself when the resources have no word for it.
 */
export function reportWordOr<G extends ReportGroup>(
  lang: Lang,
  group: G,
  branch: WordBranch<G>,
  code: string,
): string {
  const key = `report:${group}.${branch}.${code}` as const;
  return code !== '' && hasTranslation(lang, key) ? translate(lang, key) : code;
}

/** One word in both languages, for a table's title or column that the CSV and XLSX writers pick from. */
export function inBothLangs<G extends ReportGroup>(
  group: G,
  key: WordKey<G>,
  vars?: TranslateVars,
): Record<Lang, string> {
  return { nl: reportWords('nl', group)(key, vars), en: reportWords('en', group)(key, vars) };
}
