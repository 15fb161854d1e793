/**
 * Series colours: Paul Tol's colour-blind-safe qualitative schemes ("muted", then
 * "bright"), dark enough to stand apart from the white background. Charts never rely
 * on colour alone: every series is named in the legend, the tooltip and the table.
 */
export const SERIES_COLOURS = [
  '#332288',
  '#117733',
  '#44aa99',
  '#88ccee',
  '#ddcc77',
  '#cc6677',
  '#aa4499',
  '#882255',
  '#999933',
  '#4477aa',
  '#ee6677',
  '#228833',
] as const;

/** The unfunded part: neutral grey, so it never reads as one of the funders. */
export const GAP_COLOUR = '#9aa3ab';
/**
 * The plan's own revenue: Okabe-Ito orange, a hue the silo palette does not use, so it
 * never reads as a funder either.
 */
export const OWN_REVENUE_COLOUR = '#e69f00';
/** Revenue left after costs (what serves debt): a lighter tint of the same orange. */
export const FREE_REVENUE_COLOUR = '#f5d08a';
export const INFLOW_COLOUR = '#117733';
export const OUTFLOW_COLOUR = '#cc6677';
export const CUMULATIVE_COLOUR = '#332288';
export const LOW_POINT_COLOUR = '#a61b1b';

/**
 * One colour per silo, the same in every chart of a screen. Silos are sorted by name
 * first, so a silo keeps its colour when amounts change after an edit.
 */
export function siloColours(silos: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(silos)].sort();
  return new Map(sorted.map((silo, i) => [silo, SERIES_COLOURS[i % SERIES_COLOURS.length] ?? GAP_COLOUR]));
}
