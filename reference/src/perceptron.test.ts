import { describe, expect, it } from 'vitest';
import { perceptronPredict, trainPerceptron } from './perceptron';

describe('perceptronPredict', () => {
  it('is 1 on the boundary and on its positive side, 0 strictly below', () => {
    expect(perceptronPredict([1, -1], 0, [2, 2])).toBe(1);
    expect(perceptronPredict([1, -1], 0, [2, 2.5])).toBe(0);
    expect(perceptronPredict([1, -1], 0.5, [2, 2.5])).toBe(1);
  });
});

describe('trainPerceptron', () => {
  it('follows the rule by hand on two points', () => {
    // Epoch 1: (0,0) predicted 1 (w·x + b = 0), label 0 → w = 0, b = −1; (1,1) predicted 0, label 1 → w = (1,1), b = 0.
    // Epoch 2: (0,0) predicted 1 → b = −1; (1,1): 1 + 1 − 1 = 1 ≥ 0, right. Epoch 3: nothing changes.
    expect(trainPerceptron([[0, 0], [1, 1]], [0, 1], 1, 1)).toEqual({ w: [1, 1], b: 0 });
    expect(trainPerceptron([[0, 0], [1, 1]], [0, 1], 1, 5)).toEqual({ w: [1, 1], b: -1 });
  });

  it('learns AND and then changes nothing more', () => {
    const X = [[0, 0], [0, 1], [1, 0], [1, 1]];
    const { w, b } = trainPerceptron(X, [0, 0, 0, 1], 1, 20);
    expect(X.map((x) => perceptronPredict(w, b, x))).toEqual([0, 0, 0, 1]);
    expect(trainPerceptron(X, [0, 0, 0, 1], 1, 40)).toEqual({ w, b });
  });
});
