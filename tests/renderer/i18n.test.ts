import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en/ui.json';
import nl from '../../src/i18n/locales/nl/ui.json';
import { UI_ISSUE_KEYS } from '../../renderer/src/domain/issues';
import { LEGAL_FORMS, PARTNERSHIPS, SECTORS, STAGES } from '../../src/model/cooperative';
import { COST_CATEGORIES, STREAM_KINDS } from '../../src/model/stream';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function lookup(catalogue: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => {
    if (typeof node !== 'object' || node === null) return undefined;
    return (node as Record<string, unknown>)[key];
  }, catalogue);
}

describe('the catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  it('have no empty texts', () => {
    for (const catalogue of [nl, en]) {
      for (const key of keysOf(catalogue)) expect(lookup(catalogue, key), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: unknown) =>
      [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of keysOf(nl)) {
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(nl, key)));
    }
  });

  it('label every enum value of the workspace format in both languages', () => {
    const enums = {
      sector: SECTORS,
      legalForm: LEGAL_FORMS,
      stage: STAGES,
      partnership: PARTNERSHIPS,
      streamKind: STREAM_KINDS,
      costCategory: COST_CATEGORIES,
    };
    for (const catalogue of [nl, en]) {
      for (const [group, values] of Object.entries(enums)) {
        for (const value of values) {
          expect(typeof lookup(catalogue, `enums.${group}.${value}`), `${group}.${value}`).toBe('string');
        }
      }
    }
  });

  it('word every problem the form itself can find', () => {
    for (const key of UI_ISSUE_KEYS) {
      expect(typeof lookup(nl, `issues.${key}`)).toBe('string');
      expect(typeof lookup(en, `issues.${key}`)).toBe('string');
    }
  });
});
