/**
 * Where a page's text runs are drawn: a small reader of PDF content streams that
 * follows the graphics state (q/Q/cm, fill colour) and the text state (BT, Tf, Tm, Td,
 * Tj, TJ) far enough to tell, for each run, its font, its size and its origin on the
 * page. It is written for what Chromium's PDF backend (Skia) emits; anything it does
 * not understand (inline images, unknown text positioning) makes it give up (null), and
 * the caller then falls back to a second print.
 */

/** a b c d e f, as in PDF's `cm`: x' = a x + c y + e, y' = b x + d y + f. */
export type Matrix = [number, number, number, number, number, number];

export interface TextRun {
  /** The font's name in the page's /Font resources, without the slash. */
  font: string;
  /** The font size in page units (points), after every transformation. */
  size: number;
  /** The run's origin (its baseline's left end) in default user space (points). */
  x: number;
  y: number;
  /** The fill colour (0..1 RGB) the run is drawn with. */
  color: [number, number, number];
  /** The raw string operand (`<hex>` for Skia's hex strings). */
  text: string;
  /** The text matrix and the unscaled size set in its BT block (in the stream's own space). */
  textMatrix: Matrix;
  fontSize: number;
  /** Where its BT ... ET block starts and ends (offsets into the stream). */
  block: [number, number];
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const UNKNOWN: Matrix = [NaN, NaN, NaN, NaN, NaN, NaN];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

type Token = (
  { kind: 'number'; value: number } | { kind: 'operand'; value: string } | { kind: 'op'; value: string }
) & {
  /** Offsets of the token in the stream. */
  at: number;
  end: number;
};

const DELIMITER = /[\s()<>[\]{}/%]/;

/** Splits a content stream into numbers, other operands (names, strings, arrays) and operators. */
function* tokens(source: string): Generator<Token> {
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '%') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i += 1;
    } else if (ch === '/') {
      let j = i + 1;
      while (j < source.length && !DELIMITER.test(source[j]!)) j += 1;
      yield { kind: 'operand', value: source.slice(i, j), at: i, end: j };
      i = j;
    } else if (ch === '<' && source[i + 1] === '<') {
      throw new Error('dictionaries in a page stream are not supported');
    } else if (ch === '<') {
      const j = source.indexOf('>', i);
      if (j < 0) throw new Error('unterminated hex string');
      yield { kind: 'operand', value: source.slice(i, j + 1), at: i, end: j + 1 };
      i = j + 1;
    } else if (ch === '(') {
      let depth = 0;
      let j = i;
      for (; j < source.length; j += 1) {
        const c = source[j];
        if (c === '\\') j += 1;
        else if (c === '(') depth += 1;
        else if (c === ')' && --depth === 0) break;
      }
      yield { kind: 'operand', value: source.slice(i, j + 1), at: i, end: j + 1 };
      i = j + 1;
    } else if (ch === '[') {
      // TJ arrays: kept whole; strings inside may hold brackets only when escaped.
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      yield { kind: 'operand', value: source.slice(i, j + 1), at: i, end: j + 1 };
      i = j + 1;
    } else {
      let j = i + 1;
      while (j < source.length && !DELIMITER.test(source[j]!)) j += 1;
      const word = source.slice(i, j);
      const number = Number(word);
      yield /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) && Number.isFinite(number)
        ? { kind: 'number', value: number, at: i, end: j }
        : { kind: 'op', value: word, at: i, end: j };
      i = j;
    }
  }
}

interface GraphicsState {
  ctm: Matrix;
  color: [number, number, number];
}

/** The text runs of a decoded content stream, in drawing order; null for what it cannot follow. */
export function textRuns(source: string): TextRun[] | null {
  const runs: TextRun[] = [];
  const stack: GraphicsState[] = [];
  let state: GraphicsState = { ctm: IDENTITY, color: [0, 0, 0] };
  let font = '';
  let fontSize = 0;
  let textMatrix: Matrix = IDENTITY;
  let lineMatrix: Matrix = IDENTITY;
  let numbers: number[] = [];
  let operands: string[] = [];
  let blockStart = 0;
  let blockRuns: TextRun[] = [];
  const moveLine = (tx: number, ty: number) => {
    lineMatrix = multiply([1, 0, 0, 1, tx, ty], lineMatrix);
    textMatrix = lineMatrix;
  };
  try {
    for (const token of tokens(source)) {
      if (token.kind === 'number') {
        numbers.push(token.value);
        continue;
      }
      if (token.kind === 'operand') {
        operands.push(token.value);
        continue;
      }
      const n = numbers;
      switch (token.value) {
        case 'q':
          stack.push(state);
          break;
        case 'Q':
          state = stack.pop() ?? state;
          break;
        case 'cm':
          if (n.length !== 6) return null;
          state = { ...state, ctm: multiply(n as Matrix, state.ctm) };
          break;
        case 'rg':
          if (n.length !== 3) return null;
          state = { ...state, color: [n[0]!, n[1]!, n[2]!] };
          break;
        case 'g':
          if (n.length !== 1) return null;
          state = { ...state, color: [n[0]!, n[0]!, n[0]!] };
          break;
        case 'BT':
          textMatrix = IDENTITY;
          lineMatrix = IDENTITY;
          blockStart = token.at;
          blockRuns = [];
          break;
        case 'ET':
          for (const run of blockRuns) run.block = [blockStart, token.end];
          break;
        case 'Tf':
          if (n.length !== 1 || operands.length !== 1) return null;
          font = operands[0]!.slice(1);
          fontSize = n[0]!;
          break;
        case 'Tm':
          if (n.length !== 6) return null;
          textMatrix = n as Matrix;
          lineMatrix = textMatrix;
          break;
        case 'Td':
          if (n.length !== 2) return null;
          moveLine(n[0]!, n[1]!);
          break;
        case 'Tj':
        case 'TJ': {
          // Each run is placed by Tm/Td before it (as Skia does); the advance after it is not
          // followed, so a run drawn straight after another has no known origin and is left out.
          const device = multiply(textMatrix, state.ctm);
          const run: TextRun = {
            font,
            size: fontSize * Math.sqrt(Math.abs(device[0] * device[3] - device[1] * device[2])),
            x: device[4],
            y: device[5],
            color: state.color,
            text: operands.at(-1) ?? '',
            textMatrix,
            fontSize,
            block: [blockStart, blockStart],
          };
          if (Number.isFinite(run.x) && Number.isFinite(run.y)) {
            runs.push(run);
            blockRuns.push(run);
          }
          textMatrix = UNKNOWN;
          break;
        }
        // Text positioning this reader does not follow, and inline images.
        case 'TD':
        case 'T*':
        case "'":
        case '"':
        case 'BI':
          return null;
        default:
          break;
      }
      numbers = [];
      operands = [];
    }
  } catch {
    return null;
  }
  return runs;
}
