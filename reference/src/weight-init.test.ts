import { describe, expect, it } from 'vitest';
import { heSigma, NORMAL_BEYOND_TWO_SIGMA, NORMAL_WITHIN_ONE_SIGMA, xavierSigma } from './weight-init';

describe('initialisation standard deviations', () => {
  it('gives 1/√nIn for Xavier and √(2/nIn) for He (worked by hand)', () => {
    expect(xavierSigma(100)).toBeCloseTo(0.1, 12);
    expect(heSigma(50)).toBeCloseTo(0.2, 12);
    expect(heSigma(8) / xavierSigma(8)).toBeCloseTo(Math.SQRT2, 12);
  });
});

describe('normal probabilities', () => {
  it('agree with erf(1/√2) and 1 − erf(√2) (classical tables: 0.682689…, 0.045500…)', () => {
    expect(NORMAL_WITHIN_ONE_SIGMA).toBeCloseTo(0.682689492, 9);
    expect(NORMAL_BEYOND_TWO_SIGMA).toBeCloseTo(0.045500264, 9);
  });
});
