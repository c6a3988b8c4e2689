import { randomUniform, randomVector, type Rng } from '@dl/graders';

/** A gradient handed to the student: its source (built in the sandbox), the same function on the host. */
export interface GradientProblem {
  source: string;
  grad: (x: number[]) => number[];
  /** The function whose gradient it is, for drawing level sets (2-D problems). */
  f: (x: number[]) => number;
  /** A learning rate that makes the descent converge without oscillating wildly. */
  learningRate: number;
}

/** The host's copy of a source: the same expression, so both sides compute bit-identical values. */
const compile = <T>(source: string): T => (0, eval)(`(${source}\n)`) as T;
const list = (values: number[]) => `[${values.map(String).join(', ')}]`;

/**
 * f(x) = ½ xᵀAx − cᵀx with A symmetric positive definite (A = BᵀB/n + I/2), so ∇f(x) = Ax − c.
 * The learning rate is a random fraction of 1/‖A‖∞ (a bound on the largest eigenvalue): the
 * descent converges, so float64 rounding differences never grow along the trajectory.
 */
export function randomQuadratic(rng: Rng, n: number): GradientProblem {
  const B = Array.from({ length: n }, () => randomVector(rng, n, -1.5, 1.5));
  const A = B.map((_, i) => B.map((_, j) => B.reduce((s, row) => s + row[i]! * row[j]!, 0) / n + (i === j ? 0.5 : 0)));
  const c = randomVector(rng, n, -2, 2);
  const source = `(x) => { const A = [${A.map(list).join(', ')}], c = ${list(c)}; return A.map((row, i) => row.reduce((s, a, j) => s + a * x[j], 0) - c[i]); }`;
  const norm = Math.max(...A.map((row) => row.reduce((s, a) => s + Math.abs(a), 0)));
  const f = (x: number[]) => A.reduce((s, row, i) => s + 0.5 * x[i]! * row.reduce((t, a, j) => t + a * x[j]!, 0) - c[i]! * x[i]!, 0);
  return { source, grad: compile(source), f, learningRate: randomUniform(rng, 0.2, 0.9) / norm };
}

/** f(x) = Σᵢ kᵢ log cosh(xᵢ − mᵢ), ∇f = kᵢ tanh(xᵢ − mᵢ): a smooth non-quadratic bowl. */
export function randomLogCosh(rng: Rng, n: number): GradientProblem {
  const k = randomVector(rng, n, 0.5, 2);
  const m = randomVector(rng, n, -2, 2);
  const source = `(x) => { const k = ${list(k)}, m = ${list(m)}; return x.map((v, i) => k[i] * Math.tanh(v - m[i])); }`;
  const f = (x: number[]) => x.reduce((s, v, i) => s + k[i]! * Math.log(Math.cosh(v - m[i]!)), 0);
  return { source, grad: compile(source), f, learningRate: randomUniform(rng, 0.1, 0.9) / Math.max(...k) };
}
