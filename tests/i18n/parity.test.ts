// Both languages must have every key, with the same placeholders, in every namespace:
// a key present only in Dutch would show a raw key (or nothing) to an English reader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '../../src/i18n/locales');

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function flatten(value: Json, prefix: string, into: Map<string, string>): Map<string, string> {
  if (typeof value === 'string') into.set(prefix, value);
  else if (value !== null && typeof value === 'object' && !Array.isArray(value))
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  else throw new Error(`${prefix}: only strings and objects belong in a translation file`);
  return into;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
}

function load(lang: string, file: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')) as Json, '', new Map());
}

const namespaces = readdirSync(join(LOCALES, 'nl')).filter((f) => f.endsWith('.json'));

describe('translations: Dutch and English have the same keys and placeholders', () => {
  it('has the same namespace files in both languages', () => {
    expect(readdirSync(join(LOCALES, 'en')).filter((f) => f.endsWith('.json'))).toEqual(namespaces);
  });

  for (const file of namespaces) {
    it(file, () => {
      const nl = load('nl', file);
      const en = load('en', file);
      expect(
        [...en.keys()].filter((k) => !nl.has(k)),
        'keys only in English',
      ).toEqual([]);
      expect(
        [...nl.keys()].filter((k) => !en.has(k)),
        'keys only in Dutch',
      ).toEqual([]);
      const mismatched = [...nl].filter(([key, text]) => {
        const other = en.get(key);
        return other !== undefined && placeholders(text).join() !== placeholders(other).join();
      });
      expect(
        mismatched.map(([key]) => key),
        'keys whose placeholders differ',
      ).toEqual([]);
      const empty = [...nl, ...en].filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect(empty, 'empty translations').toEqual([]);
    });
  }
});
