import { describe, expect, it } from 'vitest';
import { tooltipMoney } from '../../renderer/src/screens/analysis/charts/tooltipMoney';

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('chart tooltips', () => {
  it('show whole euros, rounded, as the figures beside the chart do', () => {
    expect(nbsp(tooltipMoney(23456.78, 'nl-NL'))).toBe('€ 23.457');
    expect(nbsp(tooltipMoney(23456.49, 'en-GB'))).toBe('€23,456');
    expect(nbsp(tooltipMoney(1000, 'nl-NL'))).toBe('€ 1.000');
  });

  it('show anything but a number as it is', () => {
    expect(tooltipMoney('Tekort', 'nl-NL')).toBe('Tekort');
    expect(tooltipMoney(Number.NaN, 'nl-NL')).toBe('NaN');
  });
});
