// Every word a report section or chart shows comes from the `report` namespace
// (src/i18n/locales/{nl,en}/report.json), so Dutch and English cannot drift apart and a
// translator finds every sentence in one place. This scan reads the sections and the
// chart components as TypeScript and fails on a string literal with letters that is
// shown to the reader: an element's child, or a title, label, caption or aria attribute.
// Class names, ids, keys, data attributes and CSS are not shown as text and may stay.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const HTML = join(ROOT, 'src/reports/html');

/** Properties whose value a reader sees or hears (a tooltip, a legend entry, a screen reader). */
const SHOWN_PROPS = new Set([
  'title',
  'desc',
  'alt',
  'label',
  'caption',
  'subtitle',
  'placeholder',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
]);

/** Two letters in a row: a word. Punctuation, figures and symbols (' · ', '–', '+') are not. */
const WORD = /\p{L}{2,}/u;

interface Finding {
  line: number;
  text: string;
  where: string;
}

/** The literal text parts an expression can evaluate to, through ?:, ??, ||, + and templates. */
function literalParts(node: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.map((s) => s.literal)];
  if (ts.isParenthesizedExpression(node)) return literalParts(node.expression);
  if (ts.isConditionalExpression(node))
    return [...literalParts(node.whenTrue), ...literalParts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (
      op === ts.SyntaxKind.PlusToken ||
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.BarBarToken
    )
      return [...literalParts(node.left), ...literalParts(node.right)];
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalParts(node.right);
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((e) => literalParts(e));
  return [];
}

function textOf(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  return '';
}

function propName(name: ts.PropertyName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return null;
}

/** Hard-coded words shown to the reader in one source text. */
export function hardCodedWords(source: string, fileName = 'fixture.ts'): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const report = (expression: ts.Expression, where: string) => {
    for (const part of literalParts(expression)) {
      const text = textOf(part);
      if (WORD.test(text))
        findings.push({ line: file.getLineAndCharacterOfPosition(part.getStart()).line + 1, text, where });
    }
  };
  const visit = (node: ts.Node) => {
    // h(type, props, ...children): the children are shown as text.
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'h') {
      for (const child of node.arguments.slice(2)) report(child, 'element child');
    }
    // { title: '...' }, { 'aria-label': '...' }, { label: '...' }: shown wherever the object goes.
    if (ts.isPropertyAssignment(node)) {
      const name = propName(node.name);
      if (name !== null && SHOWN_PROPS.has(name)) report(node.initializer, `${name} property`);
      // { nl: '...', en: '...' } or { nl: { ... } }: a language table written into the code.
      if ((name === 'nl' || name === 'en') && ts.isObjectLiteralExpression(node.initializer))
        findings.push({
          line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          text: name,
          where: 'language table',
        });
      if (name === 'nl' || name === 'en') report(node.initializer, 'language table');
    }
    // lang === 'nl' ? '...' : '...': the same, inline.
    if (
      ts.isConditionalExpression(node) &&
      /\blang\b/.test(node.condition.getText(file)) &&
      [...literalParts(node.whenTrue), ...literalParts(node.whenFalse)].some((part) =>
        WORD.test(textOf(part)),
      )
    )
      findings.push({
        line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        text: node.getText(file).slice(0, 60),
        where: 'inline language choice',
      });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

function sourcesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path, keep);
    return entry.name.endsWith('.ts') && keep(entry.name) ? [path] : [];
  });
}

const SCANNED = [
  ...sourcesUnder(join(HTML, 'sections'), () => true),
  // The chart components (PascalCase files); the shaping helpers beside them hold no words.
  ...sourcesUnder(join(HTML, 'charts'), (name) => /^[A-Z]/.test(name)),
  join(HTML, 'parts.ts'),
  join(HTML, 'Document.ts'),
];

describe('report sections and charts hard-code no words', () => {
  it('scans the sections, the council letter parts and the chart components', () => {
    const names = SCANNED.map((path) => relative(HTML, path));
    expect(names).toContain('sections/CouncilLetter.ts');
    expect(names).toContain('sections/council-letter/LetterDecisions.ts');
    expect(names).toContain('charts/DoughnutChart.ts');
    expect(names.length).toBeGreaterThan(25);
  });

  for (const path of SCANNED) {
    it(relative(HTML, path), () => {
      expect(hardCodedWords(readFileSync(path, 'utf8'), path)).toEqual([]);
    });
  }
});

describe('the scan itself', () => {
  it('finds a sentence passed as a child, a title or an aria label', () => {
    const found = hardCodedWords(`
      h('p', null, 'Dit plan is gedekt.');
      h('h4', null, t('title'), ' — ', cond ? 'geen' : t('some'));
      h('svg', { title: 'Donut in 2030', 'aria-label': \`Kaart \${year}\` });
      h('td', null, \`\${amount} per jaar\`);
      const items = [{ label: 'Sector', value: x }];
    `);
    expect(found.map((f) => f.text)).toEqual([
      'Dit plan is gedekt.',
      'geen',
      'Donut in 2030',
      'Kaart ',
      ' per jaar',
      'Sector',
    ]);
  });

  it('finds a language table or an inline choice of language', () => {
    const found = hardCodedWords(`
      const WORDS = { nl: { plan: 'Plan' }, en: { plan: 'Plan' } };
      const title = { nl: 'Kerncijfers', en: 'Key figures' };
      const line = lang === 'nl' ? \`Borgstellingen: \${x}\` : \`Guarantees: \${x}\`;
    `);
    expect(found.map((f) => f.where)).toEqual([
      'language table',
      'language table',
      'language table',
      'language table',
      'inline language choice',
    ]);
  });

  it('leaves class names, ids, keys, data attributes, CSS and punctuation alone', () => {
    const found = hardCodedWords(`
      h('section', { className: 'major section-summary', id: 'section-summary', 'data-section': 'summary', key: 'row-total' }, t('x'));
      h('p', { style: { fontFamily: 'Inter, sans-serif' } }, ' · ', ': ', '–', \`\${a} – \${b}\`);
      h(Legend, { payload: [{ value: t('band'), type: 'square', color: '#ccc' }] });
    `);
    expect(found).toEqual([]);
  });
});
