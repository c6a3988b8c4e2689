/**
 * The few special functions the statistical checks need, in float64: log Γ, the regularized
 * incomplete gamma functions, and from them normal and chi-square tail quantiles.
 */

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0: Stirling's series at x ≥ 15 (next term below 3e-14), shifted up by Γ(x + 1) = xΓ(x) below. */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
  let shift = 0;
  while (x < 15) {
    shift += Math.log(x);
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series - shift;
}

const EPSILON = 1e-16;
const MAX_ITERATIONS = 1_000_000;
const TINY = 1e-300;

/** e^{−x} x^a / Γ(a), in logs so that large a does not overflow. */
function gammaPrefactor(a: number, x: number): number {
  return Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** P(a, x) by its power series (converges fast for x < a + 1). */
function lowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (term < sum * EPSILON) break;
  }
  return sum * gammaPrefactor(a, x);
}

/** Q(a, x) by its continued fraction, evaluated with the modified Lentz method (x ≥ a + 1). */
function upperContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let fraction = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    fraction *= step;
    if (Math.abs(step - 1) < EPSILON) break;
  }
  return fraction * gammaPrefactor(a, x);
}

/** Regularized lower incomplete gamma P(a, x) = γ(a, x) / Γ(a). */
export function regularizedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  return x < a + 1 ? lowerSeries(a, x) : 1 - upperContinuedFraction(a, x);
}

/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), accurate in the far upper tail. */
export function regularizedGammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  return x < a + 1 ? 1 - lowerSeries(a, x) : upperContinuedFraction(a, x);
}

/** Solves decreasing(x) = target on [lo, hi] by bisection (the functions here are monotone). */
function bisect(decreasing: (x: number) => number, target: number, lo: number, hi: number): number {
  for (let i = 0; i < 200 && hi - lo > 1e-14 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (decreasing(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** P(Z > z) for a standard normal Z and z ≥ 0: P(Z² > z²) / 2 with Z² ~ χ²₁. */
export function normalUpperTail(z: number): number {
  return z <= 0 ? 1 - normalUpperTail(-z) : regularizedGammaQ(0.5, (z * z) / 2) / 2;
}

/**
 * The z with P(Z > z) = alpha for a standard normal Z (upper-tail quantile), 0 < alpha ≤ 0.5.
 * @example zQuantile(0.025) // ≈ 1.95996
 */
export function zQuantile(alpha: number): number {
  if (!(alpha > 0 && alpha <= 0.5)) throw new RangeError(`zQuantile needs 0 < alpha <= 0.5, got ${alpha}`);
  return bisect(normalUpperTail, alpha, 0, 40);
}

/** The x with P(χ²_k ≤ x) = p (lower-tail quantile). */
export function chiSquareLowerQuantile(k: number, p: number): number {
  // P(χ²_k ≤ x) = P(k/2, x/2) increases with x: bisect its complement, which decreases.
  return bisect((x) => -regularizedGammaP(k / 2, x / 2), -p, 0, k);
}

/** The x with P(χ²_k > x) = p (upper-tail quantile). */
export function chiSquareUpperQuantile(k: number, p: number): number {
  let hi = k + 10 * Math.sqrt(2 * k) + 50;
  while (regularizedGammaQ(k / 2, hi / 2) > p) hi *= 2;
  return bisect((x) => regularizedGammaQ(k / 2, x / 2), p, k, hi);
}
