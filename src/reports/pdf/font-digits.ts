/**
 * How to write digits in a font that a printed PDF already embeds: Chromium embeds
 * subsets of its fonts as Type0 fonts with two-byte codes (Identity-H), so the code of
 * each character is read back from the font's ToUnicode map and its advance from the
 * descendant font's /W widths. Writing the contents list's page numbers with the very
 * font the rest of the page uses keeps them identical to what a second print would draw.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, decodePDFRawStream } from 'pdf-lib';

export interface DigitFont {
  /** Hex code (four digits) of each of '0'..'9'. */
  codes: string[];
  /** Advance of each digit, in thousandths of the font size. */
  widths: number[];
}

/** Code -> Unicode text, from a ToUnicode CMap's bfchar and bfrange sections. */
export function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const text = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => Number.parseInt(unit, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, unicode] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(Number.parseInt(code!, 16), text(unicode!));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, target] of block[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g,
    )) {
      const first = Number.parseInt(lo!, 16);
      const last = Number.parseInt(hi!, 16);
      if (target!.startsWith('[')) {
        const targets = [...target!.matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => m[1]!);
        targets.forEach((hex, i) => map.set(first + i, text(hex)));
      } else {
        // The last UTF-16 unit counts up through the range.
        const hex = target!.slice(1, -1);
        const base = Number.parseInt(hex.slice(-4), 16);
        for (let code = first; code <= last; code += 1)
          map.set(code, text(hex.slice(0, -4)) + String.fromCharCode(base + code - first));
      }
    }
  }
  return map;
}

/** Code -> width from a CIDFont's /W array (`c [w1 w2 ...]` and `first last w` forms). */
export function parseWidths(w: PDFArray | undefined): Map<number, number> {
  const widths = new Map<number, number>();
  if (w === undefined) return widths;
  const items = w.asArray();
  const numberAt = (i: number) => {
    const item = items[i];
    return item instanceof PDFNumber ? item.asNumber() : Number.NaN;
  };
  for (let i = 0; i < items.length;) {
    const first = numberAt(i);
    const next = items[i + 1];
    if (next instanceof PDFArray) {
      next.asArray().forEach((width, k) => {
        if (width instanceof PDFNumber) widths.set(first + k, width.asNumber());
      });
      i += 2;
    } else {
      const last = numberAt(i + 1);
      const width = numberAt(i + 2);
      for (let code = first; code <= last; code += 1) widths.set(code, width);
      i += 3;
    }
  }
  return widths;
}

/** The digits of a page's font resource `name`, or null when that font cannot write all ten. */
export function digitFont(resources: PDFDict, name: string): DigitFont | null {
  const font = resources.lookupMaybe(PDFName.of('Font'), PDFDict)?.lookupMaybe(PDFName.of(name), PDFDict);
  if (font === undefined) return null;
  const subtype = font.lookupMaybe(PDFName.of('Subtype'), PDFName);
  const encoding = font.lookupMaybe(PDFName.of('Encoding'), PDFName);
  if (subtype !== PDFName.of('Type0') || encoding !== PDFName.of('Identity-H')) return null;
  const toUnicode = font.lookup(PDFName.of('ToUnicode'));
  const descendant = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0);
  if (!(toUnicode instanceof PDFRawStream) || !(descendant instanceof PDFDict)) return null;
  const cmap = Buffer.from(decodePDFRawStream(toUnicode).decode()).toString('latin1');
  const codeOf = new Map<string, number>();
  for (const [code, text] of parseToUnicode(cmap)) if (!codeOf.has(text)) codeOf.set(text, code);
  const widths = parseWidths(descendant.lookupMaybe(PDFName.of('W'), PDFArray));
  const defaultWidth = descendant.lookupMaybe(PDFName.of('DW'), PDFNumber)?.asNumber() ?? 1000;
  const codes: string[] = [];
  const advances: number[] = [];
  for (const digit of '0123456789') {
    const code = codeOf.get(digit);
    if (code === undefined || code > 0xffff) return null;
    codes.push(code.toString(16).padStart(4, '0').toUpperCase());
    advances.push(widths.get(code) ?? defaultWidth);
  }
  return { codes, widths: advances };
}
