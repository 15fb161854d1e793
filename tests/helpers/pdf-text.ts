import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether poppler's pdftotext is installed (the PDF tests that read text skip without it). */
export const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

/**
 * The text of every page of `pdf`, through pdftotext (`layout` keeps the columns where
 * they stand on the page). The PDF is written to a file of its own in `dir`.
 */
export function pdfPageTexts(pdf: Uint8Array, dir: string, layout: boolean): string[] {
  const file = join(dir, `report-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const run = spawnSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  // pdftotext ends every page with a form feed.
  return run.stdout.split('\f').slice(0, -1);
}
