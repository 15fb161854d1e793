import { z } from 'zod';

/** The 12 dimensions of the social foundation (Raworth 2017 ids). */
export const SOCIAL_DIMENSIONS = [
  'food',
  'health',
  'education',
  'income-work',
  'peace-justice',
  'political-voice',
  'social-equity',
  'gender-equality',
  'housing',
  'networks',
  'energy',
  'water',
] as const;

/** The 9 dimensions of the ecological ceiling (planetary boundaries). */
export const ECOLOGICAL_DIMENSIONS = [
  'climate-change',
  'ocean-acidification',
  'chemical-pollution',
  'nitrogen-phosphorus-loading',
  'freshwater-withdrawals',
  'land-conversion',
  'biodiversity-loss',
  'air-pollution',
  'ozone-layer-depletion',
] as const;

export const DIMENSIONS = [...SOCIAL_DIMENSIONS, ...ECOLOGICAL_DIMENSIONS] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const dimensionSchema = z.enum(DIMENSIONS);

export const indicatorKindSchema = z.enum(['floor', 'ceiling']);
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

/** Social dimensions have a floor (foundation), ecological ones a ceiling. */
export function kindOfDimension(dimension: Dimension): IndicatorKind {
  return (SOCIAL_DIMENSIONS as readonly string[]).includes(dimension) ? 'floor' : 'ceiling';
}

export const LENSES = ['local-social', 'local-ecological', 'global-social', 'global-ecological'] as const;
export const lensSchema = z.enum(LENSES);
export type Lens = z.infer<typeof lensSchema>;
