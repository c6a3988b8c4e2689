import { formatNumber } from '../compare/format';
import { text } from '../localized';
import { fail, pass, type Outcome } from '../outcome';

/** False-failure probability of the rate check for a correct implementation. */
export const BERNOULLI_TEST_ALPHA = 1e-7;

/** Kullback–Leibler divergence KL(q ‖ p) between Bernoulli(q) and Bernoulli(p), with 0 · ln 0 = 0. */
function bernoulliDivergence(q: number, p: number): number {
  const term = (a: number, b: number) => (a === 0 ? 0 : b === 0 ? Infinity : a * Math.log(a / b));
  return term(q, p) + term(1 - q, 1 - p);
}

/**
 * Chernoff bound: for X ~ Binomial(n, p) and q ≥ p, P(X/n ≥ q) ≤ exp(−n·KL(q ‖ p)), and the
 * same below p. Rejecting when n·KL(x/n ‖ p) > ln(2/α) therefore fails a correct
 * implementation with probability at most α = 1e-7 (both tails together), at any n and p,
 * with no normal approximation. The accepted rates form an interval around p, found by bisection.
 */
function acceptedRange(trials: number, p: number): [number, number] {
  const limit = Math.log(2 / BERNOULLI_TEST_ALPHA) / trials;
  const edge = (lo: number, hi: number, insideIsLow: boolean) => {
    for (let i = 0; i < 100; i++) {
      const mid = (lo + hi) / 2;
      const inside = bernoulliDivergence(mid, p) <= limit;
      if (inside === insideIsLow) lo = mid;
      else hi = mid;
    }
    return insideIsLow ? lo : hi;
  };
  return [edge(0, p, false), edge(p, 1, true)];
}

/**
 * Checks that `successes` out of `trials` independent events is consistent with probability p
 * (dropout keeping a unit with probability 1 − p, …): code 'statistic' when it is not.
 * @example expectBernoulliRate('dropout(x, 0.3, rng): kept units', kept, total, 0.7)
 */
export function expectBernoulliRate(label: string, successes: number, trials: number, p: number): Outcome {
  if (!Number.isInteger(trials) || trials < 1) throw new RangeError(`${label}: trials must be a positive integer, got ${trials}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new RangeError(`${label}: successes must be an integer in [0, ${trials}], got ${successes}`);
  }
  if (!(p >= 0 && p <= 1)) throw new RangeError(`${label}: p must be in [0, 1], got ${p}`);

  const rate = successes / trials;
  const [low, high] = acceptedRange(trials, p);
  const f = (x: number) => formatNumber(x, 4);
  const details = { expected: { rate: p }, got: { successes, trials, rate } };
  if (trials * bernoulliDivergence(rate, p) > Math.log(2 / BERNOULLI_TEST_ALPHA)) {
    return fail('statistic', text(
      `${label} : ${successes} sur ${trials} (taux ${f(rate)}), attendu un taux de ${f(p)} (une implémentation correcte donne entre ${f(low)} et ${f(high)})`,
      `${label}: ${successes} out of ${trials} (rate ${f(rate)}), expected a rate of ${f(p)} (a correct implementation gives between ${f(low)} and ${f(high)})`,
    ), details);
  }
  return pass(text(
    `${label} : taux ${f(rate)} sur ${trials}, compatible avec ${f(p)}.`,
    `${label}: rate ${f(rate)} over ${trials}, consistent with ${f(p)}.`,
  ), details);
}
