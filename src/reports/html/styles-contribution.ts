/** Styles of the lens Doughnuts and the contribution block (sections/Contribution.ts). */
export const CONTRIBUTION_CSS = `
.lens-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm 5mm; }
.lens-doughnut { margin: 1mm 0 2mm; }
.lens-doughnut h5 { font-size: 9pt; margin: 0; }
.lens-doughnut .lens-question { font-size: 7.5pt; font-style: italic; margin: 0.5mm 0 1mm; min-height: 2.4em; }
.lens-doughnut svg { width: 100%; height: auto; }
.lens-table, .group-table, .contribution-table { font-size: 7.5pt; }
.lens-table td:first-child { width: 28%; }
.group-sums { margin-bottom: 4mm; }
.group-sums h5 { font-size: 9pt; margin: 2mm 0 1mm; }
.group-table { table-layout: fixed; width: 100%; font-size: 6.8pt; }
.group-table th:first-child { width: 26%; }
.group-table thead th { font-size: 6.2pt; }
.group-table th, .group-table td { padding-left: 1mm; padding-right: 1mm; }
.group-table th.num { white-space: normal; overflow-wrap: anywhere; hyphens: auto; }
/* Group names are short (districts, sectors): they may break anywhere in a narrow column. */
.group-table th.num > bdi { min-width: 0; display: inline; }
.group-table td.total, .group-table th:last-child { font-weight: 600; }
`;
