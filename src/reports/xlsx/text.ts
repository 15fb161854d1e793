/**
 * Text as it may enter a cell. Everything a user typed (names, labels, the municipality)
 * and everything the program wrote goes through `cellText`, so no text can start a
 * formula, break the file or run past Excel's cell limit. Numbers never come here: an
 * amount stays a number, also when it is negative.
 */
import { neutralizeText } from '../cell-safety';

/** Excel's limit on the characters of one cell (LibreOffice's is higher). */
export const MAX_CELL_TEXT = 32_767;

// XML 1.0 forbids most C0 controls (exceljs would drop them silently) and DEL/C1 controls
// are invisible; bidi overrides and isolates can make a cell read differently from what it
// holds (Trojan Source). Each becomes U+FFFD, so the reader sees that something was there.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;
// A lone surrogate cannot be encoded in UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const REPLACEMENT = '\uFFFD';
const ELLIPSIS = '…';

function truncate(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let cut = MAX_CELL_TEXT - ELLIPSIS.length;
  // Never split a surrogate pair: half a character would be replaced by U+FFFD on encoding.
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + ELLIPSIS;
}

// Any character the slow path would touch: most text (ids, labels) has none and is returned as it is.
const NEEDS_WORK =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /^[=+\-@]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF\t\r]/;

/** Inert, valid and within the cell limit: neutralised first, so a leading NUL or tab still counts. */
export function cellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT && !NEEDS_WORK.test(text)) return text;
  const neutral = neutralizeText(text);
  return truncate(neutral.replace(UNSAFE, REPLACEMENT).replace(LONE_SURROGATE, REPLACEMENT));
}
