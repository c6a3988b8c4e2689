import { describe, expect, it } from 'vitest';
import { describeValue, formatIndex, formatNumber, shapeOf, truncateForDisplay } from './format';

describe('formatNumber', () => {
  it('writes numbers compactly, without float noise', () => {
    expect([0.1 + 0.2, 2, -2.5, 1 / 3, 0.000214, 1234567.89, 1e-12, 0, -0].map((x) => formatNumber(x))).toEqual([
      '0.3', '2', '-2.5', '0.333333', '2.14e-4', '1.23457e6', '1e-12', '0', '0',
    ]);
    expect([NaN, Infinity, -Infinity].map((x) => formatNumber(x))).toEqual(['NaN', 'Infinity', '-Infinity']);
    expect(formatNumber(0.000474861, 2)).toBe('4.7e-4');
  });
});

describe('shapeOf and describeValue', () => {
  it('gives the shape of rectangular numeric arrays only', () => {
    expect(shapeOf(3)).toEqual([]);
    expect(shapeOf([])).toEqual([0]);
    expect(shapeOf([[1, 2], [3, 4], [5, 6]])).toEqual([3, 2]);
    expect(shapeOf([[[1], [2]], [[3], [4]]])).toEqual([2, 2, 1]);
    expect(shapeOf([[1], [2, 3]])).toBeNull();
    expect(shapeOf([[1], 2])).toBeNull();
    expect(shapeOf(['1'])).toBeNull();
    expect(shapeOf({ length: 1, 0: 1 })).toBeNull();
  });

  it('describes any value in a few words', () => {
    expect([
      [[1, 2], [3, 4], [5, 6]], 'x', undefined, null, true, { a: 1, b: 2 }, {}, [[1], [2, 3]], [1, 'a'], () => 1,
    ].map(describeValue)).toEqual([
      'number[3][2]', 'string', 'undefined', 'null', 'boolean', 'object with keys a, b', 'empty object',
      'array[2] with rows of different lengths', 'array[2] containing string', 'function',
    ]);
    expect(formatIndex([0, 1])).toBe('[0][1]');
  });
});

describe('truncateForDisplay', () => {
  it('keeps small values whole', () => {
    const value = { w: [1, 2, 3], b: 0.5, name: 'ok' };
    expect(truncateForDisplay(value)).toEqual(value);
  });

  it('keeps the nesting of big tensors and marks each cut', () => {
    expect(truncateForDisplay(Array.from({ length: 100 }, (_, i) => i), 4)).toEqual([0, 1, 2, 3, '…(+96)']);
    const matrix = Array.from({ length: 100 }, (_, i) => Array.from({ length: 50 }, (_, j) => i * 100 + j));
    const shown = truncateForDisplay(matrix, 64) as unknown[][];
    expect(shown).toHaveLength(9);
    expect(shown[0]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, '…(+42)']);
    expect(shown[8]).toBe('…(+92)');
  });

  it('cuts long strings and many keys, and never turns "__proto__" into a prototype', () => {
    expect((truncateForDisplay('x'.repeat(1000)) as string).length).toBe(201);
    const many = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i]));
    expect(Object.keys(truncateForDisplay(many, 3) as object)).toEqual(['k0', 'k1', 'k2', '…']);
    const hostile = JSON.parse('{"__proto__": {"polluted": 1}}') as unknown;
    const shown = truncateForDisplay(hostile) as Record<string, unknown>;
    expect(Object.getPrototypeOf(shown)).toBe(Object.prototype);
    expect(Object.keys(shown)).toEqual(['__proto__']);
  });
});
