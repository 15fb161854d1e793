/**
 * The council letter's styles (raadsinformatiebrief): a letterhead, compact type and
 * tables, and exactly two pages: the second page starts with "what is still unfunded".
 * Sizes are chosen so that the demo's letter fits its pages in Dutch and English with
 * room to spare (tests/reports/council-letter-pdf.test.ts checks it).
 */
const ACCENT = '#17375e';
const MUTED = '#55626d';
const RULE = '#d3dae1';

export const COUNCIL_LETTER_CSS = `
.council-letter { font-size: 8.8pt; line-height: 1.33; }
.council-letter h2 { font-size: 14pt; margin: 0 0 2.5mm; padding-bottom: 1.2mm; }
.council-letter h3 { font-size: 10.5pt; margin: 3.2mm 0 1.2mm; }
.council-letter p { margin: 0 0 1.6mm; }
.council-letter table { margin: 1mm 0 1.8mm; font-size: 8pt; }
.council-letter th, .council-letter td { padding: 0.7mm 1.3mm; }
.council-letter .dense { font-size: 7.6pt; }
.council-letter .dense th, .council-letter .dense td { padding: 0.6mm 1mm; }
.council-letter .sub { font-size: 6.8pt; }
.council-letter .note { margin-top: -0.8mm; font-size: 7.2pt; line-height: 1.3; }
.letterhead { border-top: 5mm solid ${ACCENT}; padding-top: 3mm; margin-bottom: 3mm; }
.letterhead-top { display: flex; justify-content: space-between; align-items: baseline; gap: 6mm; }
.letter-municipality { font-size: 13pt; font-weight: 600; color: ${ACCENT}; margin: 0 0 1.5mm; }
.letter-kind { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.06em; color: ${MUTED}; margin: 0; white-space: nowrap; }
.letter-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.3mm 4mm; margin: 0; font-size: 8.5pt; border-bottom: 0.5pt solid ${RULE}; padding-bottom: 2mm; }
.letter-meta .letter-line { display: contents; }
.letter-meta dt { color: ${MUTED}; }
.letter-meta dd { margin: 0; }
.letter-money tr.letter-municipal td { font-weight: 600; color: ${ACCENT}; }
.letter-money tr.letter-leverage td { font-weight: 700; color: ${ACCENT}; border-top: 0.8pt solid ${ACCENT}; }
.letter-gaps tr.letter-why td { font-size: 7pt; color: ${MUTED}; padding-top: 0; line-height: 1.28; }
.letter-gaps tbody tr:first-child td { border-bottom: none; }
.letter-decisions { margin: 0 0 2mm; padding-left: 5mm; }
.letter-decisions > li { margin-bottom: 1.6mm; }
.letter-decisions ul { margin: 0.6mm 0 0; padding-left: 4mm; }
.letter-decisions ul li { margin-bottom: 0.3mm; }
.letter-closing { margin-top: 2mm; }
`;
