import { describe, expect, it } from 'vitest';
import { OutcomeSchema } from '../outcome';
import { createRng } from '../random/rng';
import { randomMatrix, randomVector, shuffled } from '../random/generators';
import { expectMatrixClose, expectNumberClose, expectTensorClose, expectVectorClose } from './expect-close';
import { TOLERANCE } from './tolerance';

const label = 'denseForward(X, W, b)';

/** Y = XW + b in float64. */
function dense(X: number[][], W: number[][], b: number[]): number[][] {
  return X.map((row) => b.map((bj, j) => row.reduce((s, x, k) => s + x * W[k]![j]!, bj)));
}

describe('expectTensorClose: one question at a time', () => {
  it('asks about presence first', () => {
    const outcome = expectMatrixClose(label, undefined, [[1, 2]]);
    expect(outcome.code).toBe('type');
    expect(outcome.message).toMatchInlineSnapshot(`
      {
        "en": "denseForward(X, W, b) returned undefined (is a return statement missing?)",
        "fr": "denseForward(X, W, b) a renvoyé undefined (manque-t-il une instruction return ?)",
      }
    `);
  });

  it('names the expected type, specific to the rank', () => {
    expect(expectMatrixClose(label, 'oops', [[1, 2]]).message).toMatchInlineSnapshot(`
      {
        "en": "denseForward(X, W, b) should return number[][], got string",
        "fr": "denseForward(X, W, b) devrait renvoyer number[][], reçu string",
      }
    `);
    expect(expectMatrixClose(label, [1, 2], [[1, 2]]).message).toMatchInlineSnapshot(`
      {
        "en": "denseForward(X, W, b) should return number[][], got number[2]",
        "fr": "denseForward(X, W, b) devrait renvoyer number[][], reçu number[2]",
      }
    `);
    expect(expectMatrixClose(label, [[1, '2']], [[1, 2]]).message).toMatchInlineSnapshot(`
      {
        "en": "denseForward(X, W, b) should return number[][], but denseForward(X, W, b)[0][1] is string",
        "fr": "denseForward(X, W, b) devrait renvoyer number[][], mais denseForward(X, W, b)[0][1] est string",
      }
    `);
    expect(expectNumberClose('mse(yPred, yTrue)', [0.5], 0.5).message).toMatchInlineSnapshot(`
      {
        "en": "mse(yPred, yTrue) should return a number, got number[1]",
        "fr": "mse(yPred, yTrue) devrait renvoyer un nombre, reçu number[1]",
      }
    `);
    expect(expectVectorClose('softmax(logits)', { 0: 1 }, [1]).code).toBe('type');
  });

  it('then the shape, whole or the first ragged row', () => {
    const wrongShape = expectMatrixClose(label, [[1], [2]], [[1, 2, 3], [4, 5, 6]]);
    expect(wrongShape.code).toBe('shape');
    expect(wrongShape.message).toMatchInlineSnapshot(`
      {
        "en": "denseForward(X, W, b) has shape [2, 1], expected [2, 3]",
        "fr": "denseForward(X, W, b) a la forme [2, 1], attendu [2, 3]",
      }
    `);
    const ragged = expectMatrixClose(label, [[1, 2, 3], [4, 5]], [[1, 2, 3], [4, 5, 6]]);
    expect(ragged.code).toBe('shape');
    expect(ragged.message).toMatchInlineSnapshot(`
      {
        "en": "denseForward(X, W, b)[1] has 2 elements, expected 3 (shape [2, 3])",
        "fr": "denseForward(X, W, b)[1] a 2 éléments, attendu 3 (forme [2, 3])",
      }
    `);
  });

  it('then finiteness, naming the first NaN or Infinity', () => {
    const outcome = expectMatrixClose(label, [[1, 2], [Infinity, NaN]], [[1, 2], [3, 4]]);
    expect(outcome.code).toBe('not-finite');
    expect(outcome.message).toMatchInlineSnapshot(`
      {
        "en": "denseForward(X, W, b)[1][0] is Infinity: every value must be a finite number",
        "fr": "denseForward(X, W, b)[1][0] vaut Infinity : toutes les valeurs doivent être des nombres finis",
      }
    `);
  });

  it('then closeness, reporting the worst element with its tolerance', () => {
    const outcome = expectMatrixClose(label, [[1, 2.5], [3, 4.1]], [[1, 2], [3, 4]]);
    expect(outcome.code).toBe('value');
    expect(outcome.message).toMatchInlineSnapshot(`
      {
        "en": "denseForward(X, W, b)[0][1] = 2.5, expected 2 (error 0.5, tolerance 4.7e-4)",
        "fr": "denseForward(X, W, b)[0][1] vaut 2.5, attendu 2 (écart 0.5, tolérance 4.7e-4)",
      }
    `);
    expect(outcome.details?.worst).toMatchObject({ index: [0, 1], got: 2.5, expected: 2, error: 0.5 });
    expect(OutcomeSchema.parse(outcome)).toEqual(outcome);
  });

  it('passes a matching answer, scalar included', () => {
    expect(expectMatrixClose(label, [[1, 2]], [[1, 2]]).passed).toBe(true);
    expect(expectNumberClose('mse(yPred, yTrue)', 0.25 + 1e-9, 0.25).passed).toBe(true);
    expect(expectTensorClose('f(x)', [[[0.5]]], [[[0.5]]]).passed).toBe(true);
    expect(expectVectorClose('f(x)', [], []).passed).toBe(true);
  });

  it('refuses a broken expected value loudly (a platform bug, not the student)', () => {
    expect(() => expectVectorClose('f(x)', [1], [NaN])).toThrow('non-finite element at [0]');
    expect(() => expectTensorClose('f(x)', [1], [[1], [2, 3]])).toThrow('not a rectangular tensor');
  });

  it('truncates big values in details but keeps the whole worst element', () => {
    const big = Array.from({ length: 100 }, (_, i) => Array.from({ length: 100 }, (_, j) => i + j / 100));
    const got = big.map((row) => [...row]);
    got[99]![98] = 0;
    const outcome = expectMatrixClose('f(X)', got, big);
    expect(outcome.details?.worst?.index).toEqual([99, 98]);
    expect(JSON.stringify(outcome.details?.expected).length).toBeLessThan(1000);
  });
});

describe('the value tolerance', () => {
  it('never fails a correct float64 answer against a float32-rounded reference', () => {
    // A sum of large cancelling terms: float32 keeps about 7 digits of each term, so the
    // small result is far off in relative terms; the rms scaling must absorb it.
    const rng = createRng(11);
    for (let trial = 0; trial < 200; trial++) {
      const X = randomMatrix(rng, 4, 64, -100, 100);
      const W = randomMatrix(rng, 64, 5, -100, 100);
      const b = randomVector(rng, 5);
      const exact = dense(X, W, b);
      const float32 = X.map((row) =>
        b.map((bj, j) => row.reduce((s, x, k) => Math.fround(s + Math.fround(Math.fround(x) * Math.fround(W[k]![j]!))), Math.fround(bj))),
      );
      expect(expectMatrixClose(label, exact, float32).passed).toBe(true);
    }
    expect(TOLERANCE).toEqual({ rtol: 1e-4, atol: 1e-6 });
  });

  it('absorbs the float32 error of a cancelling sum thanks to the rms of the whole tensor', () => {
    const rng = createRng(13);
    const terms = randomVector(rng, 256, -100, 100);
    const cancelling = shuffled(rng, [...terms, ...terms.map((t) => -t), 0.001]);
    const float32Sum = (xs: number[]) => xs.reduce((s, x) => Math.fround(s + Math.fround(x)), 0);
    const magnitudes = terms.map(Math.abs);
    const exact = [0.001, magnitudes.reduce((s, x) => s + x, 0)];
    const reference = [float32Sum(cancelling), float32Sum(magnitudes)];
    // Element by element alone, the float32 rounding of element 0 would be far out of tolerance…
    expect(Math.abs(exact[0]! - reference[0]!)).toBeGreaterThan(100 * (1e-4 * Math.abs(reference[0]!) + 1e-6));
    // …but scaled by the size of the whole tensor, the correct answer passes.
    expect(expectVectorClose('f(x)', exact, reference).passed).toBe(true);
  });

  it('fails typical wrong answers: transposed, twice too large, one element wrong, bias forgotten', () => {
    const rng = createRng(12);
    for (let trial = 0; trial < 50; trial++) {
      const X = randomMatrix(rng, 3, 4);
      const W = randomMatrix(rng, 4, 3);
      const b = randomVector(rng, 3);
      const Y = dense(X, W, b);
      const transposed = Y[0]!.map((_, j) => Y.map((row) => row[j]!));
      const oneWrong = Y.map((row) => [...row]);
      oneWrong[1]![2]! += 0.01;
      expect(expectMatrixClose(label, transposed, Y).code).toBe('value');
      expect(expectMatrixClose(label, Y.map((row) => row.map((v) => 2 * v)), Y).code).toBe('value');
      expect(expectMatrixClose(label, oneWrong, Y).details?.worst?.index).toEqual([1, 2]);
      expect(expectMatrixClose(label, dense(X, W, [0, 0, 0]), Y).passed).toBe(false);
    }
  });
});
