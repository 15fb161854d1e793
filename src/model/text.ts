import { z } from 'zod';

export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 2000;

// Bidi overrides and isolates (Trojan Source, CVE-2021-42574).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// C0 controls except tab, newline and carriage return; DEL and C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/g;

function textOf(max: number, { required }: { required: boolean }) {
  return z
    .string()
    .refine((s) => !LONE_SURROGATE.test(s), { params: { messageKey: 'invalidUnicode' }, abort: true })
    .refine((s) => !BIDI_CONTROL.test(s), { params: { messageKey: 'bidiControl' }, abort: true })
    .refine((s) => !CONTROL.test(s), { params: { messageKey: 'controlCharacter' }, abort: true })
    .overwrite((s) => s.normalize('NFC'))
    .refine((s) => s.length <= max, { params: { messageKey: 'textTooLong', max } })
    .refine((s) => !required || s.replace(INVISIBLE, '') !== '', {
      params: { messageKey: 'nameEmpty' },
    });
}

/** A display name: 1-200 characters, NFC, no control or bidi-override characters. */
export const nameSchema = textOf(MAX_NAME_LENGTH, { required: true });

/** Free text: at most 2,000 characters, same character rules as names. */
export const textSchema = textOf(MAX_TEXT_LENGTH, { required: false });
