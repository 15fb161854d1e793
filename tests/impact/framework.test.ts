import { describe, expect, it } from 'vitest';
import {
  boundaryRatio,
  dimensionKind,
  dimensionLabel,
  dimensionsOfKind,
  downscaleFairShare,
  lensQuestion,
  planetaryBoundary,
} from '../../src/impact';

describe('the indicator library', () => {
  it('names all 21 dimensions with both the 2017 and the 2025 labels', () => {
    expect(dimensionsOfKind('floor')).toHaveLength(12);
    expect(dimensionsOfKind('ceiling')).toHaveLength(9);
    expect(dimensionLabel('networks', 'en')).toBe('Networks');
    expect(dimensionLabel('networks', 'en', 2025)).toBe('Connectivity');
    expect(dimensionLabel('biodiversity-loss', 'en', 2025)).toBe('Biodiversity breakdown');
    expect(dimensionKind('climate-change')).toBe('ceiling');
    expect(dimensionKind('water')).toBe('floor');
  });

  it('asks the four City Doughnut questions about the municipality', () => {
    expect(lensQuestion('local-social', 'en', 'Utrecht')).toBe(
      'What would it mean for the people of Utrecht to thrive?',
    );
    expect(lensQuestion('global-ecological', 'en', 'Utrecht')).toBe(
      'What would it mean for Utrecht to respect the health of the whole planet?',
    );
  });

  it('normalises control variables so that 1 is the boundary (Fanning & Raworth 2025)', () => {
    // CO2 415.9 ppm: (415.9 - 280) / (350 - 280) = 135.9 / 70 = 1.941428...
    expect(boundaryRatio(planetaryBoundary('co2-concentration'), 415.9)).toBeCloseTo(1.9414285714, 9);
    // Ozone 283.4 DU: (1 - 283.4/290) / (1 - 276/290) = (290 - 283.4) / (290 - 276) = 6.6 / 14
    expect(boundaryRatio(planetaryBoundary('stratospheric-ozone'), 283.4)).toBeCloseTo(6.6 / 14, 12);
    // Nitrogen 193.2 Mt against 62 Mt: 3.116...
    expect(boundaryRatio(planetaryBoundary('nitrogen'), 193.2)).toBeCloseTo(193.2 / 62, 12);
  });

  it('downscales a fair share per person to a city: 930,000 x 0.95 t = 883,500 t CO2 a year', () => {
    const share = downscaleFairShare('co2', 930_000);
    expect(share.value).toBeCloseTo(883_500, 6);
    expect(share.unit).toBe('t CO2/yr');
    expect(share.dataYear).toBe(2017);
    expect(share.source.citation).toContain('Fanning');
    // A cooperative's 120 members: 120 x 8.5 kg N = 1,020 kg N a year.
    expect(downscaleFairShare('nitrogen', 120)).toMatchObject({ value: 1020, unit: 'kg N/yr' });
    expect(() => downscaleFairShare('co2', -1)).toThrow(RangeError);
    expect(() => downscaleFairShare('nope', 1)).toThrow(/fair share/);
  });
});
