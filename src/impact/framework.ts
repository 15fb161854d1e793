// The indicator library's fixed part: the 21 Doughnut dimensions with their 2017 and 2025
// labels, the four City Doughnut lenses, planetary-boundary ratios and fair-share
// downscaling. The figures and their sources live in src/data/doughnut-framework.json
// (Fanning & Raworth 2025, Nature 646:47-56, doi:10.1038/s41586-025-09385-1, and its
// code a-fanning/doughnut-v3; DEAL 2017; Amsterdam City Doughnut 2020); this file only
// reads them.
import {
  doughnutFramework,
  type FairShare,
  type FrameworkDimension,
  type FrameworkLens,
  type FrameworkSource,
  type PlanetaryBoundary,
} from '../data';
import {
  DIMENSIONS,
  kindOfDimension,
  type Dimension,
  type IndicatorKind,
  type Lens,
} from '../model/doughnut';
import type { Lang } from '../i18n';

export {
  DIMENSIONS,
  ECOLOGICAL_DIMENSIONS,
  LENSES,
  SOCIAL_DIMENSIONS,
  kindOfDimension,
} from '../model/doughnut';

/** Which label set: Raworth 2017 (DEAL) or Fanning & Raworth 2025. */
export type LabelEdition = 2017 | 2025;

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The Doughnut framework has no ${what}`);
  return value;
}

export function dimensionInfo(dimension: Dimension): FrameworkDimension {
  return found(
    doughnutFramework.dimensions.find((d) => d.id === dimension),
    `dimension "${dimension}"`,
  );
}

/** The dimension's name as the chosen edition of the Doughnut words it. */
export function dimensionLabel(dimension: Dimension, lang: Lang, edition: LabelEdition = 2017): string {
  const info = dimensionInfo(dimension);
  return (edition === 2017 ? info.label2017 : info.label2025)[lang];
}

/** Social foundation (floor) or ecological ceiling. */
export function dimensionKind(dimension: Dimension): IndicatorKind {
  return kindOfDimension(dimension);
}

/** The dimensions of one ring in the Doughnut's order (12 floors, then 9 ceilings). */
export function dimensionsOfKind(kind: IndicatorKind): Dimension[] {
  return DIMENSIONS.filter((d) => kindOfDimension(d) === kind);
}

export function lensInfo(lens: Lens): FrameworkLens {
  return found(
    doughnutFramework.lenses.find((l) => l.id === lens),
    `lens "${lens}"`,
  );
}

/** The lens question with the municipality's name, e.g. "What would it mean for the people of Utrecht to thrive?". */
export function lensQuestion(lens: Lens, lang: Lang, city: string): string {
  return lensInfo(lens).questionTemplate[lang].replaceAll('{city}', city);
}

export function frameworkSource(id: string): FrameworkSource {
  return found(
    doughnutFramework.sources.find((s) => s.id === id),
    `source "${id}"`,
  );
}

export function planetaryBoundary(id: string): PlanetaryBoundary {
  return found(
    doughnutFramework.planetaryBoundaries.find((b) => b.id === id),
    `planetary boundary "${id}"`,
  );
}

/**
 * A control variable as a ratio where 1 is the boundary (Fanning & Raworth 2025,
 * 5_calculateRatios.R): `offset` (x - ref) / (B - ref); `relative-decline`
 * (1 - x/ref) / (1 - B/ref) for variables that fall as pressure rises (aragonite,
 * ozone, forest). Overshoot is `ratio - 1` when positive.
 */
export function boundaryRatio(boundary: PlanetaryBoundary, value: number): number {
  const { method, reference } = boundary.normalisation;
  switch (method) {
    case 'offset':
      return (value - reference) / (boundary.boundary - reference);
    case 'relative-decline':
      return (1 - value / reference) / (1 - boundary.boundary / reference);
    default: {
      const never: never = method;
      throw new Error(`unknown normalisation ${String(never)}`);
    }
  }
}

export function fairShare(id: string): FairShare {
  return found(
    doughnutFramework.fairShares.find((f) => f.id === id),
    `fair share "${id}"`,
  );
}

export interface DownscaledShare {
  fairShareId: string;
  dimension: Dimension;
  /** perPerson x people, in `unit`. */
  value: number;
  /** The per-person unit without "/person", e.g. "t CO2/yr". */
  unit: string;
  perPerson: number;
  people: number;
  /** The year the per-person figure describes, and the publication it comes from. */
  dataYear: number;
  source: FrameworkSource;
}

/**
 * Equal-per-person downscaling of a global fair share to a city's residents or a
 * cooperative's members: `perPerson x people` (Fanning & Raworth 2025, data 2017). A city
 * of 930,000 gets 0.95 t x 930,000 = 883,500 t CO2/yr, about 0.88 Mt. It says nothing
 * about historical responsibility or the city's consumption outside its borders.
 */
export function downscaleFairShare(id: string, people: number): DownscaledShare {
  if (!Number.isFinite(people) || people < 0) throw new RangeError(`people must be >= 0, not ${people}`);
  const share = fairShare(id);
  return {
    fairShareId: share.id,
    dimension: share.dimension,
    value: share.perPerson * people,
    unit: share.unit.replace('/person', ''),
    perPerson: share.perPerson,
    people,
    dataYear: share.dataYear,
    source: frameworkSource(share.source),
  };
}
