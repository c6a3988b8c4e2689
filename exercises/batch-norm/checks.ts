import {
  checkGradients,
  defineChecks,
  expectMatrixClose,
  expectVectorClose,
  firstFailure,
  randomInt,
  randomMatrix,
  randomUniform,
  randomVector,
  redrawUntil,
  text,
  type NestedNumbers,
  type Outcome,
  type Plot,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { batchNormBackward, batchNormForward } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';

const FORWARD = 'batchNormForward(X, gamma, beta, eps)';
const BACKWARD = 'batchNormBackward(X, gamma, dY, eps)';
/** Columns with a smaller batch variance are redrawn: the float32 reference would lose digits on them. */
const MIN_COLUMN_VARIANCE = 0.05;

interface Layer {
  X: number[][];
  gamma: number[];
  beta: number[];
  dY: number[][];
  eps: number;
}

const columnVariance = (X: number[][], j: number) => {
  const mean = X.reduce((s, row) => s + row[j]!, 0) / X.length;
  return X.reduce((s, row) => s + (row[j]! - mean) ** 2, 0) / X.length;
};

/** A random layer: n×d inputs with well-spread columns, γ away from 0 and 1, β, dY and ε. */
function randomLayer(rng: Rng, n: number, d: number, eps = Math.round(randomUniform(rng, 0.05, 0.5) * 100) / 100): Layer {
  const X = redrawUntil(rng, (r) => randomMatrix(r, n, d, -2, 2), (m) => m[0]!.every((_, j) => columnVariance(m, j) >= MIN_COLUMN_VARIANCE));
  const gamma = randomVector(rng, d, 0.2, 2).map((g, j) => (j % 2 === 0 ? g : -g));
  return { X, gamma, beta: randomVector(rng, d), dY: randomMatrix(rng, n, d), eps };
}

/** A field of whatever the student returned (undefined when it is not an object). */
function field(result: unknown, name: string): unknown {
  return typeof result === 'object' && result !== null ? (result as Record<string, unknown>)[name] : undefined;
}

/** Column 0 against column 1 of X, of the student's Y and of the expected Y. */
function scatterPlot(X: number[][], got: unknown, expected: number[][]): Plot[] {
  const pairs = (M: number[][]) => M.map((row): [number, number] => [row[0]!, row[1]!]);
  const gotIsMatrix = Array.isArray(got) && got.every((row) => Array.isArray(row) && row.length >= 2 && row.every(Number.isFinite));
  return [{
    kind: 'scatter',
    title: text('Colonnes 0 et 1 : avant et après normalisation', 'Columns 0 and 1: before and after normalisation'),
    series: [
      { name: 'X', points: pairs(X) },
      { name: 'Y attendu / expected Y', points: pairs(expected) },
      ...(gotIsMatrix ? [{ name: 'votre Y / your Y', points: pairs(got as number[][]) }] : []),
    ],
    xLabel: 'colonne 0 / column 0',
    yLabel: 'colonne 1 / column 1',
  }];
}

async function compareForward(student: StudentModule, { X, gamma, beta, eps }: Layer, visible: boolean, plot = false): Promise<Outcome> {
  const got = await student.batchNormForward!(X, gamma, beta, eps);
  const expected = batchNormForward(X, gamma, beta, eps);
  const outcome = expectMatrixClose(FORWARD, got, expected);
  const withPlot = plot ? { ...outcome, details: { ...outcome.details, plots: scatterPlot(X, got, expected) } } : outcome;
  return showInput(withPlot, { X, gamma, beta, eps }, visible);
}

async function compareBackward(student: StudentModule, { X, gamma, dY, eps }: Layer, visible: boolean): Promise<Outcome> {
  const got = await student.batchNormBackward!(X, gamma, dY, eps);
  const want = batchNormBackward(X, gamma, dY, eps);
  const outcome = firstFailure(
    expectVectorClose(`${BACKWARD}.dBeta`, field(got, 'dBeta'), want.dBeta),
    expectVectorClose(`${BACKWARD}.dGamma`, field(got, 'dGamma'), want.dGamma),
    expectMatrixClose(`${BACKWARD}.dX`, field(got, 'dX'), want.dX),
  );
  return showInput(outcome, { X, gamma, dY, eps }, visible);
}

const both = async (student: StudentModule, layer: Layer, visible: boolean) =>
  firstFailure(await compareForward(student, layer, visible), await compareBackward(student, layer, visible));

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    run: ({ student }) =>
      both(student, { X: [[1, 4], [2, 0], [3, 2]], gamma: [1, 0.5], beta: [0, 1], dY: [[1, 0], [0, 1], [0, 0]], eps: 1e-5 }, true),
  },
  'forward-random': {
    title: { fr: 'Propagation avant sur des batchs aléatoires', en: 'Forward pass on random batches' },
    visible: true,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(3, (trial) => compareForward(student, randomLayer(rng, randomInt(rng, 2, 8), randomInt(rng, 2, 5)), true, trial === 0)),
  },
  'backward-reference': {
    title: { fr: 'Gradients comparés à la référence', en: 'Gradients against the reference' },
    visible: true,
    points: 2,
    run: ({ student, rng }) => everyTrial(3, () => compareBackward(student, randomLayer(rng, randomInt(rng, 2, 8), randomInt(rng, 1, 5)), true)),
  },
  'small-eps': {
    title: { fr: 'ε = 1e-5', en: 'ε = 1e-5' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => both(student, randomLayer(rng, randomInt(rng, 3, 10), randomInt(rng, 1, 5), 1e-5), false),
  },
  'larger-batch': {
    title: { fr: 'Batch plus grand', en: 'Larger batch' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => both(student, randomLayer(rng, randomInt(rng, 16, 48), randomInt(rng, 4, 10)), false),
  },
  'two-samples': {
    title: { fr: 'Batch de deux exemples, une seule colonne', en: 'Batch of two samples, a single column' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => both(student, randomLayer(rng, 2, 1), false),
  },
  'constant-column': {
    title: { fr: 'Colonne constante (variance nulle)', en: 'Constant column (zero variance)' },
    visible: false,
    points: 1,
    // Variance 0: x̂ = 0 / √ε = 0, so y = β; without ε, 0/0 is NaN.
    async run({ student, rng }) {
      const layer = randomLayer(rng, randomInt(rng, 3, 8), randomInt(rng, 2, 4), 1e-3);
      const value = layer.X[0]![0]!;
      const X = layer.X.map((row) => [value, ...row.slice(1)]);
      return both(student, { ...layer, X }, false);
    },
  },
  'gradient-check': {
    title: { fr: 'Vérification des gradients par différences finies', en: 'Gradients checked by finite differences' },
    visible: false,
    points: 2,
    // J = Σ Y ⊙ dY with the student's own forward: its gradient is exactly the backward pass with upstream dY.
    run: ({ student, rng }) =>
      everyTrial(2, async () => {
        const layer = randomLayer(rng, randomInt(rng, 3, 6), randomInt(rng, 2, 4));
        const { X, gamma, beta, dY, eps } = layer;
        const got = await student.batchNormBackward!(X, gamma, dY, eps);
        const want = batchNormBackward(X, gamma, dY, eps);
        const loss = async (p: Record<string, NestedNumbers>) => {
          const Y = await student.batchNormForward!(p.X, p.gamma, p.beta, eps);
          if (!Array.isArray(Y)) return Y as number;
          return (Y as number[][]).reduce((s, row, i) => s + row.reduce((t, y, j) => t + y * dY[i]![j]!, 0), 0);
        };
        const outcome = await checkGradients({
          label: BACKWARD,
          parameters: { X, gamma, beta },
          loss,
          analytic: { X: field(got, 'dX'), gamma: field(got, 'dGamma'), beta: field(got, 'dBeta') },
          reference: { X: want.dX, gamma: want.dGamma, beta: want.dBeta },
          gradientNames: { X: 'dX', gamma: 'dGamma', beta: 'dBeta' },
          rng,
        });
        return showInput(outcome, { X, gamma, beta, dY, eps }, false);
      }),
  },
});
