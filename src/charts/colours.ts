/**
 * Chart colours, one set for the app and the report so a reader meets the same colours
 * on screen and on paper: Paul Tol's colour-blind-safe schemes ("muted", then "bright"),
 * dark enough to stand apart from the white background. Meaning never rests on colour
 * alone: every series is named in a legend (and the tooltip on screen) and the figures
 * are in the tables.
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

/** The report's stacked silo bars cycle through the "muted" eight only. */
export const SILO_COLOURS: readonly string[] = SERIES_COLOURS.slice(0, 8);

/** Neutral grey: the unfunded part, a dimension without data, a wedge the portfolio leaves untouched. */
const NEUTRAL_COLOUR = '#9aa3ab';
/** The unfunded part: neutral grey, so it never reads as one of the funders. */
export const GAP_COLOUR = NEUTRAL_COLOUR;
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
export const GRID_COLOUR = '#dde3e8';
export const AXIS_COLOUR = '#55626d';

/** An indicator's band chart. */
export const BAND_COLOUR = '#a9d8ee';
export const VALUE_COLOUR = '#332288';
export const MEDIAN_COLOUR = '#44aa99';
export const NO_ACTION_COLOUR = '#55626d';
export const THRESHOLD_COLOUR = '#882255';

/**
 * The Doughnut: the safe and just space in Tol's "light" mint, shortfall and overshoot
 * in the "muted" rose (as red as the Doughnut's own pictures, without relying on
 * red-green). Direction (inward, outward) and the labels carry the meaning; colour only
 * repeats it.
 */
export const RING_COLOUR = '#44bb99';
export const RING_EDGE_COLOUR = '#117733';
export const BREACH_COLOUR = '#cc6677';
export const BREACH_EDGE_COLOUR = '#882255';
export const ROOM_COLOUR = '#f1f4f6';
export const ROOM_EDGE_COLOUR = '#dde3e8';
export const NO_DATA_COLOUR = NEUTRAL_COLOUR;
export const LABEL_COLOUR = '#1c2329';
export const SELECTED_COLOUR = '#1c2329';
export const NO_DATA_LABEL_COLOUR = '#8c98a2';
/** The contribution Doughnut: distance closed in Tol's "bright" blue, widened in the breach rose. */
export const CLOSES_COLOUR = '#4477aa';
export const CLOSES_EDGE_COLOUR = '#223b66';
export const UNTOUCHED_COLOUR = NEUTRAL_COLOUR;

/**
 * One colour per silo, the same in every chart of a screen. Silos are sorted by name
 * first, so a silo keeps its colour when amounts change after an edit.
 */
export function siloColours(silos: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(silos)].sort();
  return new Map(sorted.map((silo, i) => [silo, SERIES_COLOURS[i % SERIES_COLOURS.length] ?? GAP_COLOUR]));
}
