import { describe, expect, it } from 'vitest';
import { issuesByField, type FormIssue } from '../../renderer/src/domain/issues';
import {
  checkSettingsDraft,
  settingsDraftOf,
  settingsFields,
  type SettingsDraft,
} from '../../renderer/src/screens/settings/settingsDraft';
import type { SettingsJson } from '../../src/model/settings';

const STORED: SettingsJson = {
  municipality: 'Gemeente Amstelstad',
  locale: 'nl-NL',
  startYear: 2026,
  horizonYears: 10,
  discountRate: 0.0225,
  minDscr: 1.2,
  deMinimis: {
    ceiling: 300000,
    periodYears: 3,
    sgeiCeiling: 750000.5,
    referenceRate: 0.0642,
    discountRate: 0.0342,
    ratesDate: '2025-07-01',
    ratesSource: 'Europese Commissie',
  },
};

function problems(draft: SettingsDraft): Record<string, string[]> {
  const result = checkSettingsDraft(draft, 'nl', 'nl-NL');
  if (result.ok) throw new Error('expected problems');
  const out: Record<string, string[]> = {};
  for (const [field, list] of issuesByField(result.issues, settingsFields())) {
    out[field] = list.map((i: FormIssue) => (i.source === 'text' ? i.text : i.key));
  }
  return out;
}

describe('the Settings screen’s checks', () => {
  it('shows rates as percentages and checks back to the same settings, in both notations', () => {
    for (const locale of ['nl-NL', 'en-GB'] as const) {
      const draft = settingsDraftOf(STORED, locale);
      expect(draft.discountRate).toBe(locale === 'nl-NL' ? '2,25' : '2.25');
      expect(draft.deMinimisReferenceRate).toBe(locale === 'nl-NL' ? '6,42' : '6.42');
      expect(draft.deMinimisSgeiCeiling).toBe(locale === 'nl-NL' ? '750000,50' : '750000.50');
      expect(checkSettingsDraft(draft, 'nl', locale)).toEqual({ ok: true, value: STORED });
    }
  });

  it('stores a percentage typed as a percentage as the fraction the model keeps', () => {
    const draft = { ...settingsDraftOf(STORED, 'nl-NL'), discountRate: '3,5', deMinimisDiscountRate: '0' };
    const result = checkSettingsDraft(draft, 'nl', 'nl-NL');
    if (!result.ok) throw new Error('expected valid settings');
    expect(result.value.discountRate).toBe(0.035);
    expect(result.value.deMinimis?.discountRate).toBe(0);
  });

  it('tells a rate out of range in percent, and every other problem beside its field', () => {
    const draft: SettingsDraft = {
      ...settingsDraftOf(STORED, 'nl-NL'),
      discountRate: '150',
      deMinimisReferenceRate: '-1',
      startYear: '1700',
      horizonYears: '31',
      minDscr: '0,5',
      deMinimisCeiling: '1,005',
      deMinimisPeriodYears: '2,5',
      deMinimisDiscountRate: '',
      deMinimisRatesDate: '',
    };
    expect(problems(draft)).toEqual({
      discountRate: ['percentRange'],
      'deMinimis.referenceRate': ['percentRange'],
      startYear: ['yearOutOfRange'],
      horizonYears: ['numberTooBig'],
      minDscr: ['minDscrRange'],
      'deMinimis.ceiling': ['tooManyDecimals'],
      'deMinimis.periodYears': ['expectedWholeNumber'],
      // Empty would quietly take the model's default; the form asks instead.
      'deMinimis.discountRate': ['required'],
      'deMinimis.ratesDate': ['required'],
    });
  });
});
