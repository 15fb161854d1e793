import { describe, expect, it } from 'vitest';
import {
  amountOrScheduleOfCell,
  booleanOfCell,
  listOfCell,
  numberOfCell,
  parseNumberText,
  textOfCell,
  yearAmountsOfCell,
} from '../../src/imports/cell-values';
import type { Cell } from '../../src/imports/table';

const text = (value: string): Cell => ({ kind: 'text', text: value });
const value = <T>(parsed: { ok: true; value: T } | { ok: false }) => (parsed.ok ? parsed.value : 'refused');
const key = (parsed: { ok: true } | { ok: false; key: string }) => (parsed.ok ? 'ok' : parsed.key);

describe('numbers typed as text', () => {
  it.each([
    ['1.234,56', 'nl', 1234.56],
    ['1,234.56', 'nl', 1234.56],
    ['1.234,56', 'en', 1234.56],
    ['1,234.56', 'en', 1234.56],
    ['1234,56', 'en', 1234.56],
    ['1234.56', 'nl', 1234.56],
    ['1.234.567', 'en', 1234567],
    ['1,234,567', 'nl', 1234567],
    ['€ 1.234', 'nl', 1234],
    ['1 234 567,5', 'nl', 1234567.5],
    ['0,5', 'en', 0.5],
    ['0.125', 'nl', 0.125],
    ['-500', 'nl', -500],
    ['−12,5', 'nl', -12.5],
    ['+7', 'nl', 7],
    ['1.5E-05', 'nl', 0.000015],
  ] as const)('reads %s (%s) as %d', (input, format, expected) => {
    expect(value(parseNumberText(input, format, false))).toBe(expected);
  });

  it('reads the one ambiguous shape, one separator before three digits, by the chosen format', () => {
    expect(value(parseNumberText('1.234', 'nl', false))).toBe(1234);
    expect(value(parseNumberText('1.234', 'en', false))).toBe(1.234);
    expect(value(parseNumberText('1,234', 'nl', false))).toBe(1.234);
    expect(value(parseNumberText('1,234', 'en', false))).toBe(1234);
  });

  it('refuses NaN and Infinity as not finite, never as numbers', () => {
    for (const input of ['NaN', 'nan', 'Infinity', '-Infinity', '∞', '1e999']) {
      expect(key(parseNumberText(input, 'nl', false)), input).toBe('notFinite');
    }
  });

  it('refuses text that is not a number, and formulas are text, not sums', () => {
    for (const input of ['twaalf', '=1+1', '12abc', '1.2.3,4,5', '1,23.4', '12,', '', '1.23.456']) {
      expect(key(parseNumberText(input, 'nl', false)), input).toBe('expectedNumber');
    }
  });

  it('reads a percentage only where a share is meant, exactly on the digits', () => {
    expect(value(parseNumberText('50%', 'nl', true))).toBe(0.5);
    expect(value(parseNumberText('12,5 %', 'nl', true))).toBe(0.125);
    expect(value(parseNumberText('33.3%', 'en', true))).toBe(0.333);
    expect(value(parseNumberText('150%', 'nl', true))).toBe(1.5);
    expect(key(parseNumberText('50%', 'nl', false))).toBe('percentNotAllowed');
  });

  it('takes a typed number cell as it is, and refuses error values and formulas without a result', () => {
    expect(value(numberOfCell({ kind: 'number', value: 1.234 }, 'nl'))).toBe(1.234);
    expect(key(numberOfCell({ kind: 'error', code: '#DIV/0!' }, 'nl'))).toBe('cellError');
    expect(key(numberOfCell({ kind: 'noResult' }, 'nl'))).toBe('formulaWithoutResult');
    expect(key(numberOfCell({ kind: 'boolean', value: true }, 'nl'))).toBe('expectedNumber');
  });
});

describe('other values', () => {
  it('reads ja/nee, yes/no, true/false and TRUE/FALSE cells', () => {
    for (const yes of ['ja', 'JA', 'yes', 'true', 'waar', '1', ' Ja '])
      expect(value(booleanOfCell(text(yes)))).toBe(true);
    for (const no of ['nee', 'No', 'false', 'onwaar', '0'])
      expect(value(booleanOfCell(text(no)))).toBe(false);
    expect(value(booleanOfCell({ kind: 'boolean', value: false }))).toBe(false);
    expect(key(booleanOfCell(text('misschien')))).toBe('expectedBoolean');
  });

  it('splits lists on ; or , or line breaks', () => {
    expect(value(listOfCell(text('care; food')))).toEqual(['care', 'food']);
    expect(value(listOfCell(text('care,food,,')))).toEqual(['care', 'food']);
    expect(value(listOfCell(text('care\nfood')))).toEqual(['care', 'food']);
  });

  it('keeps text exactly as the cell holds it, formula-like or not', () => {
    for (const raw of [
      '=HYPERLINK("http://x")',
      '+31 6',
      '-minus',
      '@SUM(A1)',
      '\tstart',
      '\rstart',
      '<b>x</b>',
    ]) {
      expect(value(textOfCell(text(raw)))).toBe(raw);
    }
  });

  it('reads year: amount pairs and schedules, and one amount for every year', () => {
    expect(value(yearAmountsOfCell(text('2024: 10.000; 2025: 5.000,50'), 'nl'))).toEqual([
      { year: 2024, amount: 10000 },
      { year: 2025, amount: 5000.5 },
    ]);
    expect(key(yearAmountsOfCell(text('2024 10000'), 'nl'))).toBe('yearAmountList');
    expect(value(amountOrScheduleOfCell(text('2026: 400.000; 2027: 300.000'), 'nl'))).toEqual({
      '2026': 400000,
      '2027': 300000,
    });
    expect(value(amountOrScheduleOfCell(text('400.000'), 'nl'))).toBe(400000);
    expect(key(amountOrScheduleOfCell(text('2026: 1; 2026: 2'), 'nl'))).toBe('yearAmountList');
  });
});
