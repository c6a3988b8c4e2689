import { beforeAll, describe, expect, it } from 'vitest';
import { activationDerivative, applyActivation } from './activations';
import { initReferenceBackend } from './backend';

beforeAll(async () => {
  await initReferenceBackend();
});

describe('applyActivation', () => {
  it('computes each activation on hand-checked values', () => {
    expect(applyActivation('relu', [-2, 0, 3])).toEqual([0, 0, 3]);
    expect(applyActivation('leakyRelu', [-2, 3], 0.5)).toEqual([-1, 3]);
    expect(applyActivation('sigmoid', [0])).toEqual([0.5]);
    expect(applyActivation('tanh', [1])[0]).toBeCloseTo(Math.tanh(1), 6);
  });

  it('stays finite at ±1e4', () => {
    expect(applyActivation('sigmoid', [-1e4, 1e4])).toEqual([0, 1]);
    expect(applyActivation('tanh', [-1e4, 1e4])).toEqual([-1, 1]);
  });
});

describe('activationDerivative', () => {
  it('gives σ(1 − σ), 1 − tanh² and the ReLU rules (0 at 0; α at 0 for leaky ReLU)', () => {
    expect(activationDerivative('sigmoid', [0])).toEqual([0.25]);
    expect(activationDerivative('tanh', [0])).toEqual([1]);
    expect(activationDerivative('relu', [-1, 0, 2])).toEqual([0, 0, 1]);
    const leaky = activationDerivative('leakyRelu', [-1, 0, 2], 0.25);
    expect(leaky).toEqual([0.25, 0.25, 1]);
  });

  it('stays finite at ±1e4', () => {
    expect(activationDerivative('sigmoid', [-1e4, 1e4])).toEqual([0, 0]);
    expect(activationDerivative('tanh', [-1e4, 1e4])).toEqual([0, 0]);
  });
});
