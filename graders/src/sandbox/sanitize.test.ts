import { describe, expect, it } from 'vitest';
import { sanitizeText } from './sanitize';

describe('sanitizeText', () => {
  it('removes control characters and bidirectional overrides but keeps newlines and tabs', () => {
    expect(sanitizeText('a\u0000b\u001b[31mc\u202ed\ne\tf')).toBe('ab[31mcd\ne\tf');
  });

  it('caps the length with an ellipsis', () => {
    expect(sanitizeText('x'.repeat(600))).toBe(`${'x'.repeat(500)}…`);
    expect(sanitizeText('short')).toBe('short');
  });
});
