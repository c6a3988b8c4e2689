import { describe, expect, it } from 'vitest';
import { formatIndex, formatNumber, formatValue, shapeOf } from './format-value';

describe('formatNumber', () => {
  it('keeps integers and trims float noise', () => {
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(-1.23456789)).toBe('-1.23457');
  });
  it('uses exponents for tiny and huge values and names non-finite ones', () => {
    expect(formatNumber(1.5e-7)).toBe('1.5e-7');
    expect(formatNumber(2.5e20)).toBe('2.5e+20');
    expect(formatNumber(1234567.891)).toBe('1234570');
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatNumber(-Infinity)).toBe('-Infinity');
  });
});

describe('formatValue', () => {
  it('prints a matrix one row per line', () => {
    expect(formatValue([[1, 2], [3, 4]])).toBe('[\n  [1, 2],\n  [3, 4]\n]');
  });
  it('cuts long vectors and says how much was left out', () => {
    expect(formatValue([1, 2, 3, 4, 5], { maxItems: 3, maxChars: 1000 })).toBe('[1, 2, 3, … 2 more]');
  });
  it('cuts long matrices by rows', () => {
    const text = formatValue([[1], [2], [3]], { maxItems: 2, maxChars: 1000 });
    expect(text).toBe('[\n  [1],\n  [2],\n  … 1 more rows\n]');
  });
  it('caps the total length', () => {
    const text = formatValue(Array.from({ length: 50 }, () => Array(50).fill(0.123456)), { maxItems: 50, maxChars: 100 });
    expect(text.length).toBe(101);
    expect(text.endsWith('…')).toBe(true);
  });
  it('prints objects and strings inline', () => {
    expect(formatValue({ lr: 0.5, name: 'x' })).toBe('{ lr: 0.5, name: "x" }');
  });
});

describe('shapeOf and formatIndex', () => {
  it('describes nested arrays', () => {
    expect(shapeOf([[1, 2, 3], [4, 5, 6]])).toBe('2×3');
    expect(shapeOf(4)).toBeNull();
    expect(formatIndex([2, 3])).toBe('[2][3]');
  });
});
