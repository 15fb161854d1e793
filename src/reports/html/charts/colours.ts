/**
 * Chart colours: Paul Tol's colour-blind-safe schemes, as in the app's own charts, so a
 * reader meets the same colours on screen and on paper. Meaning never rests on colour
 * alone: every series is named in a legend and the figures are in the tables.
 */
export const INFLOW_COLOUR = '#117733';
export const OUTFLOW_COLOUR = '#cc6677';
export const CUMULATIVE_COLOUR = '#332288';
export const LOW_POINT_COLOUR = '#a61b1b';
export const GRID_COLOUR = '#dde3e8';
export const AXIS_COLOUR = '#55626d';

export const BAND_COLOUR = '#a9d8ee';
export const VALUE_COLOUR = '#332288';
export const MEDIAN_COLOUR = '#44aa99';
export const NO_ACTION_COLOUR = '#55626d';
export const THRESHOLD_COLOUR = '#882255';

export const RING_COLOUR = '#44bb99';
export const RING_EDGE_COLOUR = '#117733';
export const BREACH_COLOUR = '#cc6677';
export const BREACH_EDGE_COLOUR = '#882255';
export const ROOM_COLOUR = '#f1f4f6';
export const ROOM_EDGE_COLOUR = '#dde3e8';
export const LABEL_COLOUR = '#1c2329';
export const NO_DATA_LABEL_COLOUR = '#8c98a2';
/** The contribution Doughnut: distance closed in Tol's "bright" blue (widened: the breach rose). */
export const CLOSES_COLOUR = '#4477aa';
export const CLOSES_EDGE_COLOUR = '#223b66';
export const UNTOUCHED_COLOUR = '#9aa3ab';
