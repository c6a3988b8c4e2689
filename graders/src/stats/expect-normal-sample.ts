import { formatNumber } from '../compare/format';
import { text } from '../localized';
import { fail, pass, type Outcome } from '../outcome';
import { sampleProblem } from './sample-values';
import { chiSquareLowerQuantile, chiSquareUpperQuantile, zQuantile } from './special-functions';

/** False-failure probability of each of the two tests (mean, variance) for a correct sampler. */
export const NORMAL_TEST_ALPHA = 1e-7;

/**
 * Acceptance bounds for n draws of N(μ, σ²), each test two-sided at level α = 1e-7:
 * - mean: x̄ ~ N(μ, σ²/n) exactly, so |x̄ − μ| ≤ z_{α/2} · σ/√n with z_{α/2} ≈ 5.45;
 * - variance: (n − 1)s²/σ² ~ χ²_{n−1} exactly (Cochran), so s/σ must lie in
 *   [√(χ²_{n−1}(α/2) / (n−1)), √(χ²_{n−1}(1 − α/2) / (n−1))], with the chi-square quantiles
 *   computed from the regularized incomplete gamma function (no approximation at any n).
 * x̄ and s² are independent for normal samples, so a correct sampler fails with probability
 * at most 2α = 2e-7 < 1e-6. Bounds depend on n only: computed once per n.
 */
const boundsByCount = new Map<number, { z: number; sdRatioLow: number; sdRatioHigh: number }>();

function normalBounds(n: number) {
  let bounds = boundsByCount.get(n);
  if (!bounds) {
    const k = n - 1;
    bounds = {
      z: zQuantile(NORMAL_TEST_ALPHA / 2),
      sdRatioLow: Math.sqrt(chiSquareLowerQuantile(k, NORMAL_TEST_ALPHA / 2) / k),
      sdRatioHigh: Math.sqrt(chiSquareUpperQuantile(k, NORMAL_TEST_ALPHA / 2) / k),
    };
    boundsByCount.set(n, bounds);
  }
  return bounds;
}

/**
 * Checks that samples look like independent draws of N(mean, sigma²): the sample mean, then the
 * sample standard deviation (code 'statistic'). A correct sampler fails with probability below
 * 1e-6; to catch σ wrong by 20 % every time, use about 1,000 samples or more.
 * @example expectNormalSample('initWeights(100, 50, rng)', W.flat(), 0, 1 / Math.sqrt(100))
 */
export function expectNormalSample(label: string, samples: number[], mean: number, sigma: number): Outcome {
  const n = samples.length;
  if (n < 2) throw new RangeError(`${label}: a normal-sample check needs at least 2 samples, got ${n}`);
  if (!(sigma > 0)) throw new RangeError(`${label}: sigma must be positive, got ${sigma}`);
  const problem = sampleProblem(label, samples);
  if (problem) return problem;

  const sampleMean = samples.reduce((s, x) => s + x, 0) / n;
  const sampleSd = Math.sqrt(samples.reduce((s, x) => s + (x - sampleMean) ** 2, 0) / (n - 1));
  const { z, sdRatioLow, sdRatioHigh } = normalBounds(n);
  const details = { expected: { mean, sigma }, got: { mean: sampleMean, sigma: sampleSd } };
  const f = (x: number) => formatNumber(x, 4);

  const meanBound = (z * sigma) / Math.sqrt(n);
  if (Math.abs(sampleMean - mean) > meanBound) {
    return fail('statistic', text(
      `${label} : la moyenne des ${n} valeurs vaut ${f(sampleMean)}, attendu ${f(mean)} (avec σ = ${f(sigma)}, un tirage correct reste à ±${f(meanBound)})`,
      `${label}: the mean of the ${n} values is ${f(sampleMean)}, expected ${f(mean)} (with σ = ${f(sigma)}, correct draws stay within ±${f(meanBound)})`,
    ), details);
  }
  const [low, high] = [sigma * sdRatioLow, sigma * sdRatioHigh];
  if (sampleSd < low || sampleSd > high) {
    return fail('statistic', text(
      `${label} : l’écart-type des ${n} valeurs vaut ${f(sampleSd)}, attendu σ = ${f(sigma)} (un tirage correct donne entre ${f(low)} et ${f(high)})`,
      `${label}: the standard deviation of the ${n} values is ${f(sampleSd)}, expected σ = ${f(sigma)} (correct draws give between ${f(low)} and ${f(high)})`,
    ), details);
  }
  return pass(text(
    `${label} : moyenne ${f(sampleMean)} et écart-type ${f(sampleSd)}, compatibles avec N(${f(mean)}, ${f(sigma)}²).`,
    `${label}: mean ${f(sampleMean)} and standard deviation ${f(sampleSd)}, consistent with N(${f(mean)}, ${f(sigma)}²).`,
  ), details);
}
