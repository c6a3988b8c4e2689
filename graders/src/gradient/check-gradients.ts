import { expectTensorClose } from '../compare/expect-close';
import { formatIndex, formatNumber } from '../compare/format';
import { flattenNumbers, unravelIndex, withElement, type NestedNumbers } from '../compare/nested-numbers';
import { expectedShapeOf, expectTensorStructure } from '../compare/tensor-structure';
import { text } from '../localized';
import { fail, pass, type GradientRow, type Outcome, type WorstElement } from '../outcome';
import type { Tolerance } from '../compare/tolerance';
import { randomInt } from '../random/generators';
import type { Rng } from '../random/rng';

/**
 * Gradient tolerance of CURRICULUM.md: an entry passes when |a − n| ≤ rtol · max(|a|, |n|) + atol
 * (a analytic, n numeric). One rule, no grey band: float64 central differences with h = 1e-5
 * are accurate to about 1e-10 on the smooth functions of the catalogue.
 */
export const GRADIENT_TOLERANCE: Tolerance = Object.freeze({ rtol: 1e-4, atol: 1e-7 });

/** Largest allowed |analytic − numeric| for one entry. */
export function allowedGradientError(analytic: number, numeric: number, tol: Tolerance = GRADIENT_TOLERANCE): number {
  return tol.rtol * Math.max(Math.abs(analytic), Math.abs(numeric)) + tol.atol;
}

export interface GradientCheckOptions {
  /** The call being checked, as messages name it, e.g. 'mlpLossAndGradients(X, labels, p)'. */
  label: string;
  /** The point where gradients are checked: every tensor the loss depends on, by name. */
  parameters: Record<string, NestedNumbers>;
  /** The student's own forward pass: the loss at the given parameters (it calls into the sandbox). */
  loss: (parameters: Record<string, NestedNumbers>) => Promise<number>;
  /** The student's analytic gradient for each parameter, keyed like `parameters`. */
  analytic: Record<string, unknown>;
  /** Reference gradients (TensorFlow.js), keyed like `parameters`, compared under the value tolerance. */
  reference?: Record<string, NestedNumbers>;
  /** Chooses which entries get finite differences. */
  rng: Rng;
  /** Entries checked per parameter (default 12); the first and the last are always among them. */
  maxEntriesPerParameter?: number;
  /** Finite-difference step (default 1e-5). */
  h?: number;
  /** How the student's result names each gradient, for messages and the table: { W1: 'dW1' }; default the parameter's name. */
  gradientNames?: Record<string, string>;
}

/** Flat indices to check: all of them when few, else the first, the last and a random sample. */
function sampleEntries(rng: Rng, count: number, max: number): number[] {
  if (count <= max) return Array.from({ length: count }, (_, i) => i);
  const chosen = new Set([0, count - 1]);
  while (chosen.size < max) chosen.add(randomInt(rng, 1, count - 2));
  return [...chosen].sort((a, b) => a - b);
}

/** Why a loss value cannot be used, or null when it is a finite number. */
function lossProblem(label: string, value: unknown, where: { fr: string; en: string }): Outcome | null {
  if (typeof value !== 'number') {
    return fail('type', text(
      `${label} : la perte ${where.fr} devrait être un nombre, reçu ${typeof value}`,
      `${label}: the loss ${where.en} should be a number, got ${typeof value}`,
    ));
  }
  if (!Number.isFinite(value)) {
    return fail('not-finite', text(
      `${label} : la perte ${where.fr} vaut ${value} ; elle doit être un nombre fini`,
      `${label}: the loss ${where.en} is ${value}; it must be a finite number`,
    ));
  }
  return null;
}

/**
 * Checks the student's analytic gradients, in order: type, shape and finiteness of each
 * gradient; then central finite differences (float64) of the student's own loss on a sample of
 * entries of every parameter (code 'gradient' on a mismatch); then, when given, the reference
 * gradients under the value tolerance. details.gradientTable lists every sampled entry of every
 * parameter, on success too.
 * @example await checkGradients({ label: 'denseBackward(X, W, dY)', parameters: { W }, loss, analytic: { W: out.dW }, rng })
 */
export async function checkGradients(options: GradientCheckOptions): Promise<Outcome> {
  const { label, parameters, loss, analytic, reference, rng } = options;
  const h = options.h ?? 1e-5;
  const maxEntries = options.maxEntriesPerParameter ?? 12;
  const names = Object.keys(parameters);
  const gradientLabel = (name: string) => `${label}.${options.gradientNames?.[name] ?? name}`;

  for (const name of names) {
    const structure = expectTensorStructure(gradientLabel(name), analytic[name], parameters[name]!);
    if (!structure.passed) return structure;
  }

  const baseLoss: unknown = await loss(parameters);
  const baseProblem = lossProblem(label, baseLoss, { fr: 'aux paramètres donnés', en: 'at the given parameters' });
  if (baseProblem) return baseProblem;

  const rows: GradientRow[] = [];
  let worst: WorstElement & { parameter: string; excess: number } | null = null;
  for (const name of names) {
    const value = parameters[name]!;
    const shape = expectedShapeOf(name, value);
    const values = flattenNumbers(value);
    const analyticValues = flattenNumbers(analytic[name] as NestedNumbers);
    const referenceValues = reference?.[name] === undefined ? undefined : flattenNumbers(reference[name]);
    for (const flat of sampleEntries(rng, values.length, maxEntries)) {
      const index = unravelIndex(flat, shape);
      const [plus, minus] = [values[flat]! + h, values[flat]! - h];
      const lossPlus: unknown = await loss({ ...parameters, [name]: withElement(value, shape, flat, plus) });
      const lossMinus: unknown = await loss({ ...parameters, [name]: withElement(value, shape, flat, minus) });
      const moved = { fr: `quand ${name}${formatIndex(index)} varie de ±${formatNumber(h)}`, en: `when ${name}${formatIndex(index)} moves by ±${formatNumber(h)}` };
      const problem = lossProblem(label, lossPlus, moved) ?? lossProblem(label, lossMinus, moved);
      if (problem) return problem;

      const numeric = ((lossPlus as number) - (lossMinus as number)) / (plus - minus);
      const analyticValue = analyticValues[flat]!;
      const error = Math.abs(analyticValue - numeric);
      const allowed = allowedGradientError(analyticValue, numeric);
      const passed = error <= allowed;
      rows.push({
        parameter: options.gradientNames?.[name] ?? name,
        index,
        analytic: analyticValue,
        numeric,
        ...(referenceValues ? { reference: referenceValues[flat]! } : {}),
        passed,
      });
      if (!passed && (worst === null || error - allowed > worst.excess)) {
        worst = { parameter: name, index, got: analyticValue, expected: numeric, error, allowed, excess: error - allowed };
      }
    }
  }

  if (worst !== null) {
    const { parameter, excess: _excess, ...element } = worst;
    const where = `${gradientLabel(parameter)}${formatIndex(element.index)}`;
    const [a, n, err, tol] = [formatNumber(element.got), formatNumber(element.expected), formatNumber(element.error, 3), formatNumber(element.allowed, 2)];
    return fail('gradient', text(
      `${where} vaut ${a} (votre gradient analytique), mais les différences finies de votre propre propagation avant donnent ${n} (écart ${err}, tolérance ${tol})`,
      `${where} = ${a} (your analytic gradient), but finite differences of your own forward pass give ${n} (error ${err}, tolerance ${tol})`,
    ), { worst: element, gradientTable: rows });
  }

  if (reference) {
    for (const name of names) {
      if (reference[name] === undefined) continue;
      const outcome = expectTensorClose(gradientLabel(name), analytic[name], reference[name]);
      if (!outcome.passed) return { ...outcome, details: { ...outcome.details, gradientTable: rows } };
    }
  }

  return pass(text(
    `${label} : les gradients concordent avec les différences finies${reference ? ' et avec la référence' : ''}.`,
    `${label}: the gradients agree with finite differences${reference ? ' and with the reference' : ''}.`,
  ), { gradientTable: rows });
}
