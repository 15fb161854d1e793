/**
 * The report's one style sheet, inlined: A4 pages, a page break before every major
 * section and cooperative, tables and charts kept whole where they fit, sober colours.
 * System fonts only (no web fonts: the file must open offline and print the same).
 * `overflow-wrap: anywhere` lets a very long name break inside a word so it never
 * pushes a table off the page.
 */

/** Page margins, shared with the PDF renderer so its footer lands in the bottom margin. */
export const PAGE_MARGINS = { top: '16mm', right: '16mm', bottom: '20mm', left: '16mm' } as const;

import { CONTRIBUTION_CSS } from './styles-contribution';
import { COUNCIL_LETTER_CSS } from './styles-letter';

const INK = '#1c2329';
const ACCENT = '#17375e';
const MUTED = '#55626d';
const RULE = '#d3dae1';
const HEAD = '#eef2f6';

export const REPORT_CSS = `
@page { size: A4; margin: ${PAGE_MARGINS.top} ${PAGE_MARGINS.right} ${PAGE_MARGINS.bottom} ${PAGE_MARGINS.left}; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; color: ${INK}; background: #fff;
  font-family: "Liberation Sans", Arial, Helvetica, "DejaVu Sans", sans-serif;
  font-size: 9.5pt; line-height: 1.4; overflow-wrap: break-word;
}
/* The user's own text may break anywhere, so a 2,000-character name wraps instead of widening a table.
   In a table cell it first claims 12 characters, so that a wide table does not squeeze an
   ordinary name ("Zonnedaken") into broken words. */
bdi { overflow-wrap: anywhere; }
td > bdi, th > bdi { display: inline-block; min-width: 12ch; }
@media screen { body { max-width: 182mm; margin: 0 auto; padding: 10mm 6mm 16mm; } }
h1, h2, h3, h4 { color: ${ACCENT}; line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 17pt; margin: 0 0 4mm; padding-bottom: 2mm; border-bottom: 1.5pt solid ${ACCENT}; }
h3 { font-size: 12.5pt; margin: 7mm 0 2mm; }
h4 { font-size: 10pt; margin: 5mm 0 1.5mm; }
p { margin: 0 0 2.5mm; }
ul { margin: 0 0 3mm; padding-left: 5mm; }
li { margin-bottom: 1mm; break-inside: avoid; page-break-inside: avoid; }
code, .formula { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: 8pt; }
.formula { display: block; background: #f5f7f9; border-left: 2pt solid ${RULE}; padding: 1.5mm 2.5mm; margin: 1mm 0 1.5mm; }
.major, .new-page { break-before: page; page-break-before: always; }
.muted { color: ${MUTED}; }
.small { font-size: 8pt; }
.note { font-size: 8pt; color: ${MUTED}; margin-top: -2mm; }
.keep { break-inside: avoid; page-break-inside: avoid; }

.cover { min-height: 255mm; display: flex; flex-direction: column; }
.cover-band { height: 7mm; background: ${ACCENT}; margin-bottom: 22mm; }
.cover-municipality { font-size: 15pt; color: ${ACCENT}; font-weight: 600; margin: 0 0 5mm; }
.cover h1 { font-size: 27pt; margin: 0 0 3mm; }
.cover-subtitle { font-size: 13pt; color: ${MUTED}; margin: 0 0 10mm; }
.cover-date { font-size: 10.5pt; margin-bottom: 12mm; }
.cover h3 { font-size: 10.5pt; text-transform: uppercase; letter-spacing: 0.04em; margin: 0 0 2mm; }
.cover ol { font-size: 11pt; padding-left: 6mm; margin-bottom: 9mm; }
.cover-contents { columns: 2; column-gap: 16mm; font-size: 10pt; }
.cover-contents a { display: flex; justify-content: space-between; gap: 3mm; color: inherit; text-decoration: none; }
.cover-contents .toc-page { min-width: 8mm; text-align: right; font-variant-numeric: tabular-nums; }
.cover-foot { margin-top: auto; padding-top: 3mm; border-top: 0.5pt solid ${RULE}; font-size: 8pt; color: ${MUTED}; }

table { width: 100%; border-collapse: collapse; margin: 1.5mm 0 4mm; font-size: 8.5pt; }
thead { display: table-header-group; }
tfoot { display: table-row-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { padding: 1.1mm 1.5mm; border-bottom: 0.5pt solid ${RULE}; vertical-align: top; text-align: left; }
th { background: ${HEAD}; color: ${ACCENT}; font-weight: 600; }
table.fixed { table-layout: fixed; }
.nowrap { white-space: nowrap; }
tbody.keep { break-inside: avoid; page-break-inside: avoid; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
tr.total td, tr.subtotal td { font-weight: 600; border-top: 0.8pt solid ${ACCENT}; }
tr.group td { background: #f7f9fb; color: ${ACCENT}; font-weight: 600; font-size: 8pt; }
.dense { font-size: 7.5pt; }
.dense th, .dense td { padding: 0.9mm 1mm; }
.source-part { margin: 0 0 0.6mm; }
.share { display: block; color: ${MUTED}; font-size: 6.5pt; white-space: normal; }
.sub { display: block; color: ${MUTED}; font-size: 7.5pt; font-weight: normal; white-space: normal; }
.gap { color: #8a1c1c; }
.locked { color: ${ACCENT}; font-weight: 700; }

.cooperative { break-before: page; page-break-before: always; }
.first-cooperative > .cooperative { break-before: auto; page-break-before: auto; }
.facts { display: flex; flex-wrap: wrap; gap: 1mm 5mm; margin: 0 0 3mm; font-size: 8.5pt; }
.facts span b { color: ${MUTED}; font-weight: 600; margin-right: 1mm; }
.plan { margin-top: 6mm; }
.plan + .plan { border-top: 0.8pt solid ${RULE}; padding-top: 3mm; }
.plan h3 { margin-top: 2mm; }

figure { margin: 2mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-size: 8pt; color: ${MUTED}; margin-top: 1mm; }
svg { display: block; overflow: visible; }
.recharts-default-legend { text-align: left !important; margin-top: 1mm !important; }
.recharts-legend-item { font-size: 7.5pt; }
.recharts-legend-item-text { color: ${INK} !important; }

.doughnut-figure svg { margin: 0 auto; }
.status-columns { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; align-items: start; }
.status-columns table { font-size: 8pt; table-layout: fixed; }
.status-columns th:first-child { width: 58%; }
.status-zero { color: #1b6b3a; }
.status-breach { color: #8a1c1c; font-weight: 600; }
.bands { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm 4mm; }
.band { break-inside: avoid; page-break-inside: avoid; }
.band h4 { font-size: 8pt; margin: 0 0 0.5mm; color: ${INK}; min-height: 2.3em; }
.band .facts-line { font-size: 6.8pt; color: ${MUTED}; margin: 0.5mm 0 0; }
.band .outside { font-size: 6.8pt; color: #882255; margin: 0; }

.provenance { margin-top: 10mm; padding-top: 2mm; border-top: 1pt solid ${ACCENT}; font-size: 8pt; color: ${MUTED}; break-inside: avoid; }
.provenance dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 4mm; margin: 1mm 0 0; }
.provenance dt { font-weight: 600; }
.provenance dd { margin: 0; }
${COUNCIL_LETTER_CSS}
${CONTRIBUTION_CSS}`;
