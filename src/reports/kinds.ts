/**
 * The report's sections and file formats by name. Browser-safe (constants only): the
 * contract and the Reports screen use them as well as the writers.
 */

/** The report's sections in their order; the cover and the provenance footer are always there. */
export const REPORT_SECTIONS = [
  'summary',
  'portfolio',
  'cooperatives',
  'doughnut',
  'comparison',
  'methodology',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const REPORT_FORMATS = ['pdf', 'html', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
