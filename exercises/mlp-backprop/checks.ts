import {
  checkGradients,
  defineChecks,
  expectMatrixClose,
  expectNumberClose,
  expectVectorClose,
  firstFailure,
  randomInt,
  randomLabels,
  randomMatrix,
  randomVector,
  redrawUntil,
  type Outcome,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { mlpLossAndGradients, type MlpParameters } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';

const CALL = 'mlpLossAndGradients(X, labels, p)';
/** Pre-activations closer than this to 0 are redrawn: finite differences across the ReLU kink are meaningless. */
const KINK_MARGIN = 1e-3;

interface Problem {
  X: number[][];
  labels: number[];
  p: MlpParameters;
}

interface Sizes {
  batch: [number, number];
  inputs: [number, number];
  hidden: [number, number];
  classes: [number, number];
}

const SMALL: Sizes = { batch: [2, 4], inputs: [2, 4], hidden: [2, 5], classes: [2, 4] };

/** XW1 + b1 in float64: only used to keep random inputs away from the ReLU kink. */
function preActivations({ X, p }: Problem): number[] {
  return X.flatMap((row) => p.b1.map((bias, j) => row.reduce((sum, x, k) => sum + x * p.W1[k]![j]!, bias)));
}

/** A random problem of the given sizes whose pre-activations are all at least KINK_MARGIN from 0. */
function randomProblem(rng: Rng, sizes: Sizes): Problem {
  const draw = (r: Rng): Problem => {
    const [n, m, hidden, classes] = [sizes.batch, sizes.inputs, sizes.hidden, sizes.classes].map(([lo, hi]) => randomInt(r, lo, hi));
    return {
      X: randomMatrix(r, n!, m!),
      labels: randomLabels(r, n!, classes!),
      p: { W1: randomMatrix(r, m!, hidden!), b1: randomVector(r, hidden!, -0.5, 0.5), W2: randomMatrix(r, hidden!, classes!), b2: randomVector(r, classes!, -0.5, 0.5) },
    };
  };
  return redrawUntil(rng, draw, (problem) => preActivations(problem).every((v) => Math.abs(v) > KINK_MARGIN));
}

/** A field of whatever the student returned (undefined when it is not an object). */
function field(result: unknown, name: string): unknown {
  return typeof result === 'object' && result !== null ? (result as Record<string, unknown>)[name] : undefined;
}

/** Loss and all four gradients against the TensorFlow.js reference. */
async function compareAll(student: StudentModule, { X, labels, p }: Problem, visible: boolean): Promise<Outcome> {
  const got = await student.mlpLossAndGradients!(X, labels, p);
  const want = mlpLossAndGradients(X, labels, p);
  const outcome = firstFailure(
    expectNumberClose(`${CALL}.loss`, field(got, 'loss'), want.loss),
    expectMatrixClose(`${CALL}.dW2`, field(got, 'dW2'), want.dW2),
    expectVectorClose(`${CALL}.db2`, field(got, 'db2'), want.db2),
    expectMatrixClose(`${CALL}.dW1`, field(got, 'dW1'), want.dW1),
    expectVectorClose(`${CALL}.db1`, field(got, 'db1'), want.db1),
  );
  return showInput(outcome, { X, labels, p }, visible);
}

/**
 * Finite differences of the student's own loss with respect to one parameter, against their analytic
 * gradient, which is also compared with the reference gradient.
 */
function gradientCheck(parameter: keyof MlpParameters, title: { fr: string; en: string }) {
  const gradient = `d${parameter}` as const;
  return {
    title,
    visible: false,
    points: 1,
    run: ({ student, rng }: { student: StudentModule; rng: Rng }) =>
      everyTrial(2, async () => {
        const problem = randomProblem(rng, { ...SMALL, batch: [2, 5], hidden: [3, 6] });
        const { X, labels, p } = problem;
        const got = await student.mlpLossAndGradients!(X, labels, p);
        const outcome = await checkGradients({
          label: CALL,
          parameters: { [parameter]: p[parameter] },
          loss: async (moved) => field(await student.mlpLossAndGradients!(X, labels, { ...p, ...moved }), 'loss') as number,
          analytic: { [parameter]: field(got, gradient) },
          reference: { [parameter]: mlpLossAndGradients(X, labels, p)[gradient] },
          gradientNames: { [parameter]: gradient },
          rng,
        });
        return showInput(outcome, { X, labels, p }, false);
      }),
  };
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    run: ({ student }) =>
      compareAll(student, { X: [[1, -1], [2, 1]], labels: [0, 1], p: { W1: [[1, -1], [0, 1]], b1: [0, 0], W2: [[1, 0], [0, 1]], b2: [0, 1] } }, true),
  },
  'loss-value': {
    title: { fr: 'Valeur de la perte', en: 'Loss value' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, async () => {
        const { X, labels, p } = randomProblem(rng, SMALL);
        const want = mlpLossAndGradients(X, labels, p).loss;
        const got = field(await student.mlpLossAndGradients!(X, labels, p), 'loss');
        return showInput(expectNumberClose(`${CALL}.loss`, got, want), { X, labels, p }, true);
      }),
  },
  'gradients-reference': {
    title: { fr: 'Gradients comparés à la référence', en: 'Gradients against the reference' },
    visible: true,
    points: 2,
    run: ({ student, rng }) => everyTrial(2, () => compareAll(student, randomProblem(rng, SMALL), true)),
  },
  'single-sample': {
    title: { fr: 'Batch d’un seul exemple', en: 'Batch of a single sample' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => compareAll(student, randomProblem(rng, { ...SMALL, batch: [1, 1] }), false),
  },
  'larger-batch': {
    title: { fr: 'Batch plus grand', en: 'Larger batch' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      compareAll(student, randomProblem(rng, { batch: [8, 16], inputs: [3, 6], hidden: [4, 8], classes: [3, 5] }), false),
  },
  'relu-at-zero': {
    title: { fr: 'Dérivée de ReLU nulle en 0', en: 'ReLU derivative is 0 at 0' },
    visible: false,
    points: 1,
    // Hidden unit 0 has W1[·][0] = 0 and b1[0] = 0: its pre-activation is exactly 0 for every sample,
    // so with relu'(0) = 0 nothing flows back to that column of W1 nor to b1[0].
    async run({ student, rng }) {
      const problem = randomProblem(rng, { ...SMALL, hidden: [3, 5] });
      const W1 = problem.p.W1.map((row) => [0, ...row.slice(1)]);
      const b1 = [0, ...problem.p.b1.slice(1)];
      return compareAll(student, { ...problem, p: { ...problem.p, W1, b1 } }, false);
    },
  },
  'gradient-check-w1': gradientCheck('W1', { fr: 'Vérification de dW1 par différences finies', en: 'dW1 checked by finite differences' }),
  'gradient-check-b1': gradientCheck('b1', { fr: 'Vérification de db1 par différences finies', en: 'db1 checked by finite differences' }),
  'gradient-check-w2': gradientCheck('W2', { fr: 'Vérification de dW2 par différences finies', en: 'dW2 checked by finite differences' }),
  'gradient-check-b2': gradientCheck('b2', { fr: 'Vérification de db2 par différences finies', en: 'db2 checked by finite differences' }),
});
