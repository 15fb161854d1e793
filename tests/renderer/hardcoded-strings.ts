/**
 * Finds user-facing words written straight into renderer components: JSX text, string
 * children (`{'Opslaan'}`) and the attributes a reader sees or hears (title, aria-label,
 * placeholder, alt, label). Those belong in the ui catalogue, in both languages.
 */
import ts from 'typescript';

/** Attributes whose text reaches the user (on screen, as a tooltip, or read aloud). */
const SPOKEN_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-description', 'placeholder', 'alt', 'label']);

export interface HardcodedString {
  line: number;
  text: string;
  where: string;
}

/** Commands, paths and keys are the same in every language: text inside these is not words. */
const VERBATIM_ELEMENTS = new Set(['code', 'kbd', 'samp']);

/** A text counts as words when it holds a letter; "€", "—", "%" and "·" alone do not. */
function isWords(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** The literal texts an expression can evaluate to: `'a'`, `` `a ${x}` ``, `c ? 'a' : 'b'`, `x ?? 'a'`, `c && 'a'`. */
function literalTexts(node: ts.Expression | undefined): string[] {
  if (node === undefined) return [];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node))
    return [[node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ')];
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  if (ts.isConditionalExpression(node))
    return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.AmpersandAmpersandToken
    )
      return literalTexts(node.right);
  }
  return [];
}

export function findHardcodedStrings(fileName: string, source: string): HardcodedString[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const hits: HardcodedString[] = [];
  const report = (node: ts.Node, text: string, where: string) => {
    if (!isWords(text)) return;
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    hits.push({ line: line + 1, text: text.trim(), where });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxElement(node) && VERBATIM_ELEMENTS.has(node.openingElement.tagName.getText(file))) {
      for (const attribute of node.openingElement.attributes.properties) visit(attribute);
      return;
    }
    if (ts.isJsxText(node)) report(node, node.text, 'text');
    else if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const text of literalTexts(node.expression)) report(node, text, 'text');
    } else if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText(file))) {
      const init = node.initializer;
      const texts =
        init === undefined
          ? []
          : ts.isStringLiteral(init)
            ? [init.text]
            : ts.isJsxExpression(init)
              ? literalTexts(init.expression)
              : [];
      for (const text of texts) report(node, text, node.name.getText(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return hits;
}
