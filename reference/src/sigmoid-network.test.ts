import { describe, expect, it } from 'vitest';
import { sigmoidNetworkOutput } from './sigmoid-network';

describe('sigmoidNetworkOutput', () => {
  it('is 0.5 for a network of zeros', () => {
    expect(sigmoidNetworkOutput({ W1: [[0, 0], [0, 0]], b1: [0, 0], W2: [[0], [0]], b2: [0] }, [1, 1])).toBe(0.5);
  });

  it('chains both layers (worked by hand)', () => {
    // h = σ(1·2 − 2) = σ(0) = 0.5; ŷ = σ(0.5·4 − 2) = σ(0) = 0.5, then a bias of ln 3 gives 0.75.
    const network = { W1: [[2], [0]], b1: [-2], W2: [[4]], b2: [-2 + Math.log(3)] };
    expect(sigmoidNetworkOutput(network, [1, 5])).toBeCloseTo(0.75, 12);
  });

  it('stays finite for huge pre-activations', () => {
    expect(sigmoidNetworkOutput({ W1: [[1e4], [1e4]], b1: [0], W2: [[-1e4]], b2: [0] }, [1, 1])).toBe(0);
  });
});
