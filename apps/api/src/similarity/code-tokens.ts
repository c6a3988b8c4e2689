import ts from 'typescript';
import { File, Region, TokenizedFile } from '@dodona/dolos-core';

/** Token kinds that stand for "some name" or "some value": renaming a variable or changing a constant keeps the token. */
const GENERIC: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.Identifier]: 'id',
  [ts.SyntaxKind.PrivateIdentifier]: 'id',
  [ts.SyntaxKind.NumericLiteral]: 'num',
  [ts.SyntaxKind.BigIntLiteral]: 'num',
  [ts.SyntaxKind.StringLiteral]: 'str',
  [ts.SyntaxKind.NoSubstitutionTemplateLiteral]: 'str',
  [ts.SyntaxKind.TemplateHead]: 'tpl(',
  [ts.SyntaxKind.TemplateMiddle]: 'tpl,',
  [ts.SyntaxKind.TemplateTail]: ')tpl',
  [ts.SyntaxKind.RegularExpressionLiteral]: 're',
};

// The contextual keywords form one range of SyntaxKind (abstract … defer); the compiler's own
// names for its ends are internal.
const FIRST_CONTEXTUAL_KEYWORD = ts.SyntaxKind.AbstractKeyword;
const LAST_CONTEXTUAL_KEYWORD = ts.SyntaxKind.DeferKeyword;

/** Maps a position in `code` to its 0-based line and character. */
function positionToLineAndColumn(code: string): (position: number) => { line: number; character: number } {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  return (position) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: position - lineStarts[low]! };
  };
}

/**
 * Splits TypeScript code into the tokens Dolos fingerprints, each with its place in the code
 * (0-based rows and columns, as Dolos' own parsers give them). Comments and whitespace are
 * skipped; identifiers and literals become generic tokens; keywords and punctuation stay as written.
 * @example
 *   tokenize('const a = 1; // x').tokens; // ['const', 'id', '=', 'num', ';']
 */
export function tokenize(code: string): { tokens: string[]; regions: Region[] } {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, /* skipTrivia */ true, ts.LanguageVariant.Standard, code);
  const at = positionToLineAndColumn(code);
  const tokens: string[] = [];
  const regions: Region[] = [];
  // Brace depth at which each open template substitution `${` started: its `}` resumes the template.
  const templates: number[] = [];
  let depth = 0;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.OpenBraceToken) depth += 1;
    if (kind === ts.SyntaxKind.CloseBraceToken) {
      if (templates.at(-1) === depth) {
        templates.pop();
        kind = scanner.reScanTemplateToken(false);
      } else depth -= 1;
    }
    if (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) {
      // A slash after a token that cannot end an expression starts a regular expression.
      const previous = tokens.at(-1);
      if (previous === undefined || !['id', 'num', 'str', ')', ']', '}', ')tpl', 're'].includes(previous)) kind = scanner.reScanSlashToken();
    }
    if (kind === ts.SyntaxKind.TemplateHead || kind === ts.SyntaxKind.TemplateMiddle) templates.push(depth);
    const start = at(scanner.getTokenStart());
    const end = at(scanner.getTokenEnd());
    // Contextual keywords (type, of, out, get…) are also ordinary names: `out` may be a variable.
    const contextual = kind >= FIRST_CONTEXTUAL_KEYWORD && kind <= LAST_CONTEXTUAL_KEYWORD;
    tokens.push(contextual ? 'id' : (GENERIC[kind] ?? scanner.getTokenText()));
    regions.push(new Region(start.line, start.character, end.line, end.character));
  }
  return { tokens, regions };
}

/** A Dolos file of tokens for one piece of code; `path` names it in the report. */
export function tokenizedFile(path: string, code: string): TokenizedFile {
  const { tokens, regions } = tokenize(code);
  return new TokenizedFile(new File(path, code), tokens, regions);
}
