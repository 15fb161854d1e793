/**
 * The contents list's page numbers, written into the printed PDF instead of printing it
 * a second time. Printing the demo report takes Chromium seconds, and the numbers are
 * only known after printing (where the sections fell). So the one print carries a
 * placeholder digit in each entry's page column (the column is as wide with it as with
 * the real number: right-aligned in a reserved width, nothing moves). Afterwards each
 * entry is found by its link to the section, its placeholder is the digit drawn last
 * inside that link, and that one text block of the page's content stream is rewritten
 * to draw the real number, right-aligned on the placeholder's right edge, in the same
 * embedded font, size and colour: what a second print would have drawn.
 *
 * Anything unexpected (no such links, a stream the reader cannot follow, a font without
 * the digits) gives null, and the caller prints a second time instead.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  PDFHexString,
  decodePDFRawStream,
  type PDFPage,
} from 'pdf-lib';
import { textRuns, type TextRun } from './content-text';
import { destinationPagesOf } from './destinations';
import { digitFont } from './font-digits';

interface ContentsLink {
  anchor: string;
  /** x1 y1 x2 y2 in default user space. */
  rect: [number, number, number, number];
}

/** The named destination a link annotation goes to (`/Dest` or a GoTo action), if any. */
function linkTarget(annotation: PDFDict): string | undefined {
  const action = annotation.lookupMaybe(PDFName.of('A'), PDFDict);
  const dest = annotation.lookup(PDFName.of('Dest')) ?? action?.lookup(PDFName.of('D'));
  if (dest instanceof PDFName) return dest.decodeText();
  if (dest instanceof PDFString || dest instanceof PDFHexString) return dest.decodeText();
  return undefined;
}

function linksTo(page: PDFPage, anchors: ReadonlySet<string>): ContentsLink[] {
  const annotations = page.node.Annots();
  const links: ContentsLink[] = [];
  for (let i = 0; i < (annotations?.size() ?? 0); i += 1) {
    const annotation = annotations!.lookup(i);
    if (!(annotation instanceof PDFDict)) continue;
    if (annotation.lookupMaybe(PDFName.of('Subtype'), PDFName) !== PDFName.of('Link')) continue;
    const anchor = linkTarget(annotation);
    const rect = annotation
      .lookupMaybe(PDFName.of('Rect'), PDFArray)
      ?.asArray()
      .map((n) => (n instanceof PDFNumber ? n.asNumber() : Number.NaN));
    if (anchor === undefined || !anchors.has(anchor) || rect?.length !== 4 || !rect.every(Number.isFinite))
      continue;
    const [x1, y1, x2, y2] = rect as [number, number, number, number];
    links.push({ anchor, rect: [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)] });
  }
  return links;
}

/** The page's one content stream (Chromium writes one); null for several. */
function pageStream(document: PDFDocument, page: PDFPage): PDFRawStream | null {
  const contents = page.node.get(PDFName.of('Contents'));
  const stream = contents instanceof PDFRef ? document.context.lookup(contents) : contents;
  return stream instanceof PDFRawStream ? stream : null;
}

/** The digit every contents entry shows in the one print, in place of its page number. */
export const CONTENTS_PLACEHOLDER = '0';

const EMPTY_PAGE_COLUMN = '<span class="toc-page"></span>';

/**
 * The report's HTML (printed without page numbers) with the placeholder in each
 * entry's page column. React escapes every `<` of user text, so the column's markup
 * cannot occur elsewhere. Null when it does not occur once per entry.
 */
export function withContentsPlaceholders(html: string, entries: number): string | null {
  const parts = html.split(EMPTY_PAGE_COLUMN);
  if (parts.length - 1 !== entries) return null;
  return parts.join(`<span class="toc-page">${CONTENTS_PLACEHOLDER}</span>`);
}

/** The last run drawn with its origin inside the link: the entry's page column. */
function pageColumnIn(runs: readonly TextRun[], [x1, y1, x2, y2]: ContentsLink['rect']): TextRun | undefined {
  const slack = 0.5;
  return runs.findLast((r) => r.x >= x1 - slack && r.x <= x2 && r.y >= y1 - slack && r.y <= y2 + slack);
}

const decimal = (n: number) => String(Math.round(n * 10_000) / 10_000);

/**
 * `pdf` (printed with withContentsPlaceholders) with each of `anchors`' contents entry
 * showing the page it starts on, or null when the PDF does not allow it.
 */
export async function numberContents(
  pdf: Uint8Array,
  anchors: readonly string[],
): Promise<Uint8Array | null> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = destinationPagesOf(document);
  if (anchors.length === 0 || !anchors.every((a) => pages.has(a))) return null;
  const wanted = new Set(anchors);
  const page = document.getPages().find((p) => linksTo(p, wanted).length > 0);
  if (page === undefined) return null;
  const links = linksTo(page, wanted);
  if (new Set(links.map((l) => l.anchor)).size !== wanted.size || links.length !== wanted.size) return null;
  const stream = pageStream(document, page);
  const content =
    stream === null ? null : Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
  const runs = content === null ? null : textRuns(content);
  const resources = page.node.Resources();
  if (content === null || runs === null || resources === undefined) return null;
  const edits: { block: [number, number]; text: string }[] = [];
  for (const link of links) {
    const column = pageColumnIn(runs, link.rect);
    const font = column === undefined ? null : digitFont(resources, column.font);
    if (column === undefined || font === null) return null;
    const placeholder = Number(CONTENTS_PLACEHOLDER);
    // Only a block that draws just the placeholder is rewritten.
    if (column.text !== `<${font.codes[placeholder]}>`) return null;
    if (runs.filter((r) => r.block[0] === column.block[0]).length !== 1) return null;
    const digits = [...String(pages.get(link.anchor))].map(Number);
    const advance = (widths: number) => (widths / 1000) * column.fontSize * column.textMatrix[0];
    const shift =
      advance(font.widths[placeholder]!) - digits.reduce((sum, d) => sum + advance(font.widths[d]!), 0);
    const [a, b, c, d, e, f] = column.textMatrix;
    edits.push({
      block: column.block,
      text:
        `BT\n/${column.font} ${decimal(column.fontSize)} Tf\n` +
        `${[a, b, c, d, e + shift, f].map(decimal).join(' ')} Tm\n<${digits.map((n) => font.codes[n]).join('')}> Tj\nET`,
    });
  }
  let rewritten = content;
  for (const edit of edits.sort((x, y) => y.block[0] - x.block[0]))
    rewritten = rewritten.slice(0, edit.block[0]) + edit.text + rewritten.slice(edit.block[1]);
  const replacement = document.context.flateStream(Buffer.from(rewritten, 'latin1'));
  page.node.set(PDFName.of('Contents'), document.context.register(replacement));
  return document.save({ useObjectStreams: false });
}
