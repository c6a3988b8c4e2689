import { describe, expect, it } from 'vitest';
import { transpileStudentCode, transpileStudentCodeSync } from './transpile';

describe.each([
  ['transpileStudentCode', transpileStudentCode],
  ['transpileStudentCodeSync', transpileStudentCodeSync],
])('%s', (_, transpile) => {
  it('strips types without checking them', async () => {
    const result = await transpile('export const f = (x: number): string => x + 1;');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.js).toContain('const f = (x) => x + 1;');
    expect(result.js).not.toContain('number');
  });

  it('reports a syntax error with its 1-based line and column, in French and English', async () => {
    const result = await transpile('export function f(x: number) {\n  return x +;\n}\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure).toMatchObject({ reason: 'syntax', line: 2, column: 13 });
    expect(result.failure.message.fr).toBe('Erreur de syntaxe ligne 2, colonne 13 : Unexpected ";"');
    expect(result.failure.message.en).toBe('Syntax error at line 2, column 13: Unexpected ";"');
  });

  it('returns the same answer for the same code (cached by content)', async () => {
    const code = `export const g = 1 as number; // ${transpile.name}`;
    expect(await transpile(code)).toBe(await transpile(code));
    expect(await transpile(`${code} `)).not.toBe(await transpile(code));
  });
});
