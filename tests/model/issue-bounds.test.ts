import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cooperativeSchema } from '../../src/model/cooperative';
import { issuesFromZod } from '../../src/model/issues';
import { parseWith } from '../../src/model/parse';

// Issue 14: "Mag hoogstens 9007199254740991 zijn" — zod's safe-integer range leaked into
// messages as if it were a field's limit.

function messages(schema: z.ZodType, value: unknown, lang: 'nl' | 'en' = 'nl'): string[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a problem');
  return issuesFromZod(parsed.error, lang).map((i) => i.message);
}

describe('bounds in messages', () => {
  it('never name the safe-integer range beside a real bound; the real bound reads as a reader writes it', () => {
    const members = z.number().int().min(0).max(10_000_000);
    expect(messages(members, 1e20)).toEqual(['mag hoogstens 10.000.000 zijn']);
    expect(messages(members, 1e20, 'en')).toEqual(['must be at most 10,000,000']);
    expect(messages(z.number().int().min(1).max(30), 1e17)).toEqual(['mag hoogstens 30 zijn']);
  });

  it('say a number is too large where a field has no bound of its own', () => {
    expect(messages(z.number().int().min(0), 1e20)).toEqual([
      'is te groot om mee te rekenen; controleer het getal',
    ]);
    expect(messages(z.number().int(), -1e20, 'en')).toEqual([
      'is too large to calculate with; check the number',
    ]);
  });

  it('keep years and small bounds as they are', () => {
    expect(messages(z.number().int().max(2200), 2300)).toEqual(['mag hoogstens 2200 zijn']);
  });

  it('show no 16-digit number for any field of a cooperative', () => {
    const parsed = parseWith(
      cooperativeSchema,
      {
        id: 'c',
        name: 'C',
        sector: 'energy',
        legalForm: 'cooperatie-ua',
        stage: 'idea',
        members: 1e30,
        foundedYear: 1e30,
      },
      'nl',
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    for (const issue of parsed.issues) expect(issue.message).not.toMatch(/9007199254740991|\d{16}/);
  });
});
