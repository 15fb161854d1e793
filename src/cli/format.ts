import { localeOf, translator, type Lang } from '../i18n';
import type { Workspace } from '../model/workspace';
import { CliFailure, EXIT_BAD_INPUT } from './io';

/** The CLI's words in `lang` (namespace `cli`, src/i18n/locales/{nl,en}/cli.json). */
export function cliWords(lang: Lang): (key: string, vars?: Record<string, string | number>) => string {
  return translator(lang, 'cli');
}

export interface ColumnOptions {
  /** How many leading columns are labels (left-aligned); the rest are figures (right-aligned). */
  left?: number;
  /** Drop the spaces that pad the last column of a line. */
  trimEnd?: boolean;
}

/** A plain-text table: a head, a rule of dashes under each column, and the rows. */
export function columns(head: string[], rows: string[][], options: ColumnOptions = {}): string[] {
  const { left = 1, trimEnd = false } = options;
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => {
    const text = cells
      .map((c, i) => (i < left ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
    return trimEnd ? text.trimEnd() : text;
  };
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** Euros in the language's notation; whole euros unless `cents` asks for two decimals. */
export function euroFormat(lang: Lang, cents = false): Intl.NumberFormat {
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'currency',
    currency: 'EUR',
    ...(cents ? {} : { maximumFractionDigits: 0 }),
  });
}

/** Stops the command with bad input (exit 2) and the CLI's words for `key`. */
export function badInput(lang: Lang, key: string, vars?: Record<string, string | number>): CliFailure {
  return new CliFailure(cliWords(lang)(key, vars), EXIT_BAD_INPUT);
}

/** The scenario `--scenario` names; absent or unknown stops the command naming it. */
export function requireScenario(
  workspace: Workspace,
  id: string | undefined,
  lang: Lang,
  missingKey = 'option.giveScenario',
): Workspace['scenarios'][number] {
  if (id === undefined) throw badInput(lang, missingKey);
  const scenario = workspace.scenarios.find((s) => s.id === id);
  if (scenario === undefined) throw badInput(lang, 'notFound.scenario', { id });
  return scenario;
}

/** A whole number option in [min, max], or undefined when absent; the refusal names the option. */
export function wholeNumber(
  value: string | undefined,
  option: string,
  min: number,
  max: number,
  lang: Lang,
): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw badInput(lang, 'option.wholeNumber', { option, min, max, value });
  return n;
}
