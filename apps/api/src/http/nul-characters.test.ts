import { describe, expect, it } from 'vitest';
import { findNul } from './nul-characters';

describe('findNul', () => {
  it('names the first string or key that holds a NUL character', () => {
    expect(findNul({ exercise: 'dense-forward', code: 'export {}' })).toBeUndefined();
    expect(findNul({ exercise: 'dense-forward', code: 'a\u0000b' })).toBe('body.code');
    expect(findNul({ rows: ['ok', ['x\u0000']] })).toBe('body.rows[1][0]');
    expect(findNul({ ['k\u0000']: 1 })).toBe('body key');
  });

  it('walks bodies nested deeper than the call stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findNul(deep)).toMatch(/^body(\[0\])+$/);
  });
});
