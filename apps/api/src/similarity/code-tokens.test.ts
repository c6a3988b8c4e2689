import { describe, expect, it } from 'vitest';
import { tokenize } from './code-tokens';

describe('tokenize', () => {
  it('skips comments and whitespace and makes names and values generic', () => {
    const a = tokenize('const total = sum(x) * 2; // doubled\n/* note */ return `n=${total}`;').tokens;
    const b = tokenize('const   s=add(values)*7;\nreturn `v:${s}`;').tokens;
    expect(a).toEqual(b);
    expect(a).toEqual(['const', 'id', '=', 'id', '(', 'id', ')', '*', 'num', ';', 'return', 'tpl(', 'id', ')tpl', ';']);
  });

  it('takes contextual keywords used as names for names', () => {
    expect(tokenize('const out = 1;').tokens).toEqual(tokenize('const total = 1;').tokens);
  });

  it('keeps keywords and operators apart', () => {
    expect(tokenize('for (let i = 0; i < n; i++) {}').tokens).not.toEqual(tokenize('while (i < n) { i++; }').tokens);
  });

  it('places each token by 0-based row and column', () => {
    const { regions } = tokenize('a\n  + b');
    expect(regions[1]).toMatchObject({ startRow: 1, startCol: 2, endRow: 1, endCol: 3 });
  });
});
