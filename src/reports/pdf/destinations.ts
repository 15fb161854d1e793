/**
 * The page each internal link target lands on in a PDF. Chromium's PDF output (also
 * Electron's printToPDF) writes a catalog `/Dests` dictionary: anchor id -> [page ...].
 * The report uses it to print page numbers in its contents list (./contents-pages.ts).
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/** Anchor id -> page number (1-based); empty when the PDF names no destinations. */
export async function destinationPages(pdf: Uint8Array): Promise<Map<string, number>> {
  return destinationPagesOf(await PDFDocument.load(pdf, { updateMetadata: false }));
}

/** As destinationPages, for a PDF already loaded. */
export function destinationPagesOf(document: PDFDocument): Map<string, number> {
  const pageOf = new Map(document.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const found = new Map<string, number>();
  const dests = document.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (dests === undefined) return found;
  for (const [name, value] of dests.entries()) {
    const target = value instanceof PDFRef ? document.context.lookup(value) : value;
    if (!(target instanceof PDFArray)) continue;
    const page = target.get(0);
    const number = page instanceof PDFRef ? pageOf.get(page.toString()) : undefined;
    // PDF names escape some characters as #xx; the report's ids are plain.
    if (number !== undefined) found.set(name.decodeText(), number);
  }
  return found;
}
