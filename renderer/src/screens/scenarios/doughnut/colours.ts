/**
 * The Doughnut's colours, from Paul Tol's colour-blind-safe schemes like the other
 * charts: the safe and just space in his "light" mint, shortfall and overshoot in the
 * "muted" rose (as red as the Doughnut's own pictures, without relying on red-green).
 * Direction (inward, outward) and the labels carry the meaning; colour only repeats it.
 */
export const RING_COLOUR = '#44bb99';
export const RING_EDGE_COLOUR = '#117733';
export const BREACH_COLOUR = '#cc6677';
export const BREACH_EDGE_COLOUR = '#882255';
export const ROOM_COLOUR = '#f1f4f6';
export const ROOM_EDGE_COLOUR = '#dde3e8';
export const NO_DATA_COLOUR = '#9aa3ab';
export const LABEL_COLOUR = '#1c2329';
export const SELECTED_COLOUR = '#1c2329';
/** The contribution Doughnut: distance closed in Tol's "bright" blue, widened in the breach rose. */
export const CLOSES_COLOUR = '#4477aa';
export const CLOSES_EDGE_COLOUR = '#223b66';
