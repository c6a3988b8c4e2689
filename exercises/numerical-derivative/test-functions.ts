import { randomInt, randomUniform, type Rng } from '@dl/graders';

/**
 * A function handed to the student: its JavaScript source (built inside the sandbox with
 * sandboxFunction), the same function on the host, and its exact derivative.
 */
export interface ScalarTestFunction {
  source: string;
  f: (x: number) => number;
  exact: (x: number) => number;
}

export interface VectorTestFunction {
  source: string;
  f: (x: number[]) => number;
  exact: (x: number[]) => number[];
}

/** A literal that reads back to exactly the same float64. */
const literal = (value: number) => `(${String(value)})`;

/** The host's copy of a source: the very same expression, so that both sides compute bit-identical values. */
const compile = <T>(source: string): T => (0, eval)(`(${source}\n)`) as T;

/** Coefficients with magnitude in [min, max] and a random sign. */
const signed = (rng: Rng, min: number, max: number) => (rng() < 0.5 ? -1 : 1) * randomUniform(rng, min, max);

/**
 * One of three smooth families with random coefficients: a cubic, a sine plus a line, an exponential.
 * Their third derivatives are not small, so that a wrong step or a one-sided difference shows.
 */
export function randomScalarFunction(rng: Rng): ScalarTestFunction {
  const family = randomInt(rng, 0, 2);
  if (family === 0) {
    const [a, b, c, d] = [signed(rng, 0.5, 2), signed(rng, 0, 2), signed(rng, 0, 2), signed(rng, 0, 2)];
    const source = `(x) => ${literal(a)} * x * x * x + ${literal(b)} * x * x + ${literal(c)} * x + ${literal(d)}`;
    return { source, f: compile(source), exact: (x) => 3 * a * x * x + 2 * b * x + c };
  }
  if (family === 1) {
    const [a, k, c] = [signed(rng, 0.5, 3), signed(rng, 1, 3), signed(rng, 0, 1)];
    const source = `(x) => ${literal(a)} * Math.sin(${literal(k)} * x) + ${literal(c)} * x`;
    return { source, f: compile(source), exact: (x) => a * k * Math.cos(k * x) + c };
  }
  const [a, k] = [signed(rng, 0.5, 3), signed(rng, 0.5, 1.5)];
  const source = `(x) => ${literal(a)} * Math.exp(${literal(k)} * x)`;
  return { source, f: compile(source), exact: (x) => a * k * Math.exp(k * x) };
}

/** A parabola whose minimum is at x = center: the exact derivative there is 0. */
export function parabolaWithMinimumAt(center: number, height: number): ScalarTestFunction {
  const source = `(x) => (x - ${literal(center)}) * (x - ${literal(center)}) + ${literal(height)}`;
  return { source, f: compile(source), exact: (x) => 2 * (x - center) };
}

/**
 * f(x) = Σᵢ cᵢ xᵢ³ + (Σᵢ dᵢ xᵢ)²: the squared sum couples every coordinate to every other, so a gradient
 * that moves several coordinates at once, or forgets to put one back, gets the wrong partial derivatives.
 */
export function randomVectorFunction(rng: Rng, n: number): VectorTestFunction {
  const c = Array.from({ length: n }, () => signed(rng, 0.2, 1.5));
  const d = Array.from({ length: n }, () => signed(rng, 0.3, 1.5));
  const source =
    `(x) => { const c = [${c.map(String).join(', ')}], d = [${d.map(String).join(', ')}]; ` +
    'let s = 0, t = 0; for (let i = 0; i < x.length; i++) { s += c[i] * x[i] * x[i] * x[i]; t += d[i] * x[i]; } return s + t * t; }';
  const exact = (x: number[]) => {
    const t = x.reduce((sum, value, i) => sum + d[i]! * value, 0);
    return x.map((value, i) => 3 * c[i]! * value * value + 2 * d[i]! * t);
  };
  return { source, f: compile(source), exact };
}
