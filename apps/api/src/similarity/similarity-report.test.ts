import { describe, expect, it } from 'vitest';
import { rankSimilarPairs } from './similarity-report';

const ORIGINAL = `export function forward(x: number[][], w: number[][], b: number[]): number[][] {
  // one row per example
  return x.map((row) => {
    const out: number[] = [];
    for (let j = 0; j < b.length; j++) {
      let sum = b[j];
      for (let i = 0; i < row.length; i++) sum += row[i] * w[i][j];
      out.push(sum);
    }
    return out;
  });
}`;

const RENAMED = `export function forward(inputs: number[][], weights: number[][], bias: number[]): number[][] {
  return inputs.map((example) => {
    const result: number[] = [];   /* renamed everything */
    for (let k = 0; k < bias.length; k++) {
      let acc = bias[k];
      for (let m = 0; m < example.length; m++) acc += example[m] * weights[m][k];
      result.push(acc);
    }
    return result;
  });
}`;

const DIFFERENT = `export const forward = (x: number[][], w: number[][], b: number[]) =>
  x.map((r) => b.map((bj, j) => r.reduce((s, v, i) => s + v * w[i][j], bj)));`;

describe('rankSimilarPairs', () => {
  it('ranks renamed copies first, with fragments that point at the matching lines', () => {
    const pairs = rankSimilarPairs([
      { id: 'ann', code: ORIGINAL },
      { id: 'bob', code: DIFFERENT },
      { id: 'cat', code: RENAMED },
    ]);
    expect([pairs[0].leftId, pairs[0].rightId].sort()).toEqual(['ann', 'cat']);
    expect(pairs[0].similarity).toBeGreaterThan(0.8);
    for (const other of pairs.slice(1)) expect(other.similarity).toBeLessThan(0.3);
    expect(pairs[0].fragments.length).toBeGreaterThan(0);
    const ann = pairs[0].leftId === 'ann' ? 'left' : 'right';
    expect(pairs[0].fragments.some((fragment) => fragment[ann].text.includes('sum += row[i] * w[i][j]'))).toBe(true);
  });
});
