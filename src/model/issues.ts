import type { z } from 'zod';
import { localeOf } from '../i18n';
import { ID_PATTERN } from './ids';
import { formatMessage, isMessageKey, type Lang, type MessageKey } from './messages';

export type IssuePath = readonly (string | number)[];

/** One problem with an input, located by its JSON path. */
export interface ValidationIssue {
  path: IssuePath;
  /** `plans[2].costs[0].amounts.2031` */
  pathText: string;
  key: MessageKey;
  params: Record<string, unknown>;
  /** Plain words in the requested language. */
  message: string;
}

/** `['plans', 2, 'costs', 0, 'amounts', '2031']` -> `plans[2].costs[0].amounts.2031` */
export function formatPath(path: IssuePath): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? part : `.${part}`;
  }
  return text;
}

export function makeIssue(
  lang: Lang,
  path: IssuePath,
  key: MessageKey,
  params: Record<string, unknown> = {},
): ValidationIssue {
  return { path, pathText: formatPath(path), key, params, message: formatMessage(lang, key, params) };
}

/** One-line summary: `path: message`, or just the message at the root. */
export function describeIssue(issue: ValidationIssue): string {
  return issue.pathText === '' ? issue.message : `${issue.pathText}: ${issue.message}`;
}

type ZodIssue = z.core.$ZodIssue;

function typeKey(expected: string, input: unknown): MessageKey {
  if (input === undefined) return 'required';
  switch (expected) {
    case 'number':
      return typeof input === 'number' ? 'notFinite' : 'expectedNumber';
    case 'int':
      return 'expectedWholeNumber';
    case 'string':
      return 'expectedText';
    case 'boolean':
      return 'expectedBoolean';
    case 'array':
    case 'tuple':
      return 'expectedList';
    case 'object':
    case 'record':
      return 'expectedObject';
    default:
      return 'invalid';
  }
}

/**
 * A bound as a reader writes it: large ones grouped the language's way ("10.000.000",
 * "10,000,000"), years and small numbers as they are ("2200", "30").
 */
function boundText(value: number, lang: Lang): string | number {
  return Math.abs(value) < 10_000 ? value : new Intl.NumberFormat(localeOf(lang)).format(value);
}

/**
 * zod's `int()` adds the safe-integer range as a bound of its own (9007199254740991).
 * No field means that as its limit: beside a real bound it is dropped, and alone it is
 * said as what it is, a number too large to use.
 */
function isSafeIntegerBound(issue: ZodIssue): boolean {
  if (issue.code !== 'too_big' && issue.code !== 'too_small') return false;
  const bound = Math.abs(Number(issue.code === 'too_big' ? issue.maximum : issue.minimum));
  return issue.origin === 'int' && bound >= Number.MAX_SAFE_INTEGER;
}

function pathOf(issue: ZodIssue): (string | number)[] {
  return issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
}

/** Turns one zod issue into plain-language issues (an unknown-keys issue becomes one per key). */
function translate(issue: ZodIssue, lang: Lang): ValidationIssue[] {
  const path = pathOf(issue);
  switch (issue.code) {
    case 'invalid_type':
      return [makeIssue(lang, path, typeKey(issue.expected, issue.input))];
    case 'too_small': {
      if (isSafeIntegerBound(issue)) return [makeIssue(lang, path, 'numberTooLarge')];
      const minimum = boundText(Number(issue.minimum), lang);
      if (issue.origin === 'array') return [makeIssue(lang, path, 'listTooShort', { minimum })];
      if (issue.origin === 'string') return [makeIssue(lang, path, 'nameEmpty')];
      return [
        makeIssue(lang, path, issue.inclusive === false ? 'numberTooSmallExclusive' : 'numberTooSmall', {
          minimum,
        }),
      ];
    }
    case 'too_big': {
      if (isSafeIntegerBound(issue)) return [makeIssue(lang, path, 'numberTooLarge')];
      const maximum = boundText(Number(issue.maximum), lang);
      if (issue.origin === 'array') return [makeIssue(lang, path, 'listTooLong', { maximum })];
      if (issue.origin === 'string') return [makeIssue(lang, path, 'textTooLong', { max: maximum })];
      return [
        makeIssue(lang, path, issue.inclusive === false ? 'numberTooBigExclusive' : 'numberTooBig', {
          maximum,
        }),
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => makeIssue(lang, [...path, key], 'unknownField'));
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return [makeIssue(lang, path, issue.values.length === 1 ? 'exactly' : 'oneOf', { values })];
    }
    case 'invalid_union': {
      // Report the branch that got furthest (the one whose problem is not the type itself).
      const branch = issue.errors.find((errs) => errs.length > 0 && errs[0]?.code !== 'invalid_type');
      if (branch === undefined) return [makeIssue(lang, path, 'amountOrSchedule')];
      return branch.flatMap((inner) =>
        translate({ ...inner, path: [...issue.path, ...inner.path] } as ZodIssue, lang),
      );
    }
    case 'invalid_format':
      if (issue.format === 'regex' && 'pattern' in issue && String(issue.pattern) === String(ID_PATTERN)) {
        return [makeIssue(lang, path, 'invalidId')];
      }
      return [makeIssue(lang, path, issue.format === 'regex' ? 'yearKey' : 'invalid')];
    case 'invalid_key':
      return issue.issues.flatMap((inner) => translate({ ...inner, path: issue.path } as ZodIssue, lang));
    case 'invalid_element':
      return issue.issues.flatMap((inner) => translate({ ...inner, path: issue.path } as ZodIssue, lang));
    default:
      break;
  }
  const params = issue.code === 'custom' ? (issue.params ?? {}) : {};
  const key = params['messageKey'];
  if (isMessageKey(key)) return [makeIssue(lang, path, key, params)];
  return [makeIssue(lang, path, 'invalid')];
}

/** Plain-language issues from a zod error, in document order and without repeats. */
export function issuesFromZod(error: z.ZodError, lang: Lang): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  // Where a field has a real bound, zod's safe-integer bound beside it says nothing more.
  const bounded = new Set(
    error.issues
      .filter(
        (issue) => (issue.code === 'too_big' || issue.code === 'too_small') && !isSafeIntegerBound(issue),
      )
      .map((issue) => formatPath(pathOf(issue))),
  );
  for (const issue of error.issues) {
    if (isSafeIntegerBound(issue) && bounded.has(formatPath(pathOf(issue)))) continue;
    for (const translated of translate(issue, lang)) {
      const id = `${translated.pathText}|${translated.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(translated);
    }
  }
  return out;
}
