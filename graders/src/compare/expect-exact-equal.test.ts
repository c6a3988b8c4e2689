import { describe, expect, it } from 'vitest';
import { expectExactEqual } from './expect-exact-equal';

const label = 'kmeans(points, C, 10)';
const expected = { centroids: [[0.5, 1]], assignments: [0, 0, 1], iterations: 2 };

describe('expectExactEqual', () => {
  it('passes equal plain data (0 and -0 are the same number here)', () => {
    expect(expectExactEqual(label, structuredClone(expected), expected).passed).toBe(true);
    expect(expectExactEqual('f()', [-0, 'a', null, true], [0, 'a', null, true]).passed).toBe(true);
  });

  it('names the first differing path', () => {
    const outcome = expectExactEqual(label, { ...expected, assignments: [0, 1, 1] }, expected);
    expect(outcome.code).toBe('value');
    expect(outcome.message).toMatchInlineSnapshot(`
      {
        "en": "kmeans(points, C, 10).assignments[1] = 1, expected 0",
        "fr": "kmeans(points, C, 10).assignments[1] vaut 1, attendu 0",
      }
    `);
  });

  it('tells a wrong type, a wrong length, a missing or an extra field apart', () => {
    const wrongType = expectExactEqual(label, { ...expected, iterations: '2' }, expected);
    expect([wrongType.code, wrongType.message.en]).toMatchInlineSnapshot(`
      [
        "type",
        "kmeans(points, C, 10).iterations should be a number, got string",
      ]
    `);
    const wrongLength = expectExactEqual(label, { ...expected, assignments: [0, 0] }, expected);
    expect([wrongLength.code, wrongLength.message.en]).toMatchInlineSnapshot(`
      [
        "shape",
        "kmeans(points, C, 10).assignments has 2 elements, expected 3",
      ]
    `);
    const { iterations: _, ...missing } = expected;
    expect(expectExactEqual(label, missing, expected).message).toMatchInlineSnapshot(`
      {
        "en": "kmeans(points, C, 10) has no field "iterations"",
        "fr": "kmeans(points, C, 10) n’a pas de champ « iterations »",
      }
    `);
    expect(expectExactEqual(label, { ...expected, extra: 1 }, expected).message.en).toMatchInlineSnapshot(`"kmeans(points, C, 10) has an unexpected field "extra""`);
  });

  it('reports NaN where a number was expected as not finite, and undefined as a missing return', () => {
    expect(expectExactEqual('predict(w, b, x)', NaN, 1).code).toBe('not-finite');
    expect(expectExactEqual('predict(w, b, x)', undefined, 1).message.en).toContain('return');
  });

  it('shows expected and got in details', () => {
    const outcome = expectExactEqual('f()', [1, 2], [1, 3]);
    expect(outcome.details).toEqual({ expected: [1, 3], got: [1, 2] });
  });
});
