import {
  checkGradients,
  defineChecks,
  expectNumberClose,
  expectVectorClose,
  firstFailure,
  randomInt,
  randomMatrix,
  randomUniform,
  randomVector,
  text,
  type Outcome,
  type Plot,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { logisticGradient, logisticLoss, logisticSigmoid } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';
import { withPlots } from '../src/regression-plots';

const LOSS = 'logisticLoss(w, b, X, y)';
const GRADIENT = 'logisticGradient(w, b, X, y)';
/** Points of the sigmoid curve drawn and checked. */
const CURVE_POINTS = 33;

interface Problem {
  w: number[];
  b: number;
  X: number[][];
  y: number[];
}

/** Labels in {0, 1}, with both classes present. */
function randomBinaryLabels(rng: Rng, n: number): number[] {
  const y: number[] = Array.from({ length: n }, () => (rng() < 0.5 ? 0 : 1));
  y[randomInt(rng, 0, n - 1)] = 1 - y[0]!;
  return y;
}

/** A problem with scores z = Xw + b of size about `scale` (w scaled up for large margins). */
function randomProblem(rng: Rng, samples: [number, number], features: [number, number], scale = 1): Problem {
  const [n, d] = [randomInt(rng, ...samples), randomInt(rng, ...features)];
  return {
    w: randomVector(rng, d, -2, 2).map((v) => v * scale),
    b: randomUniform(rng, -1, 1) * scale,
    X: randomMatrix(rng, n, d),
    y: randomBinaryLabels(rng, n),
  };
}

/** A field of whatever the student returned (undefined when it is not an object). */
function field(result: unknown, name: string): unknown {
  return typeof result === 'object' && result !== null ? (result as Record<string, unknown>)[name] : undefined;
}

/**
 * The reference cost of a problem. With large weights, w·x + b is a sum of large terms that cancel, which
 * float32 cannot hold to better than about 1e-5: the scores go to the reference already computed in float64,
 * as a single feature with weight 1, so that float32 only rounds each score once, relatively.
 */
function referenceLoss({ w, b, X, y }: Problem): number {
  const scores = X.map((row) => [row.reduce((s, x, j) => s + x * w[j]!, b)]);
  return logisticLoss([1], 0, scores, y);
}

async function compareLoss(student: StudentModule, problem: Problem, visible: boolean): Promise<Outcome> {
  const { w, b, X, y } = problem;
  const got = await student.logisticLoss!(w, b, X, y);
  return showInput(expectNumberClose(LOSS, got, referenceLoss(problem)), { w, b, X, y }, visible);
}

async function compareGradient(student: StudentModule, { w, b, X, y }: Problem, visible: boolean): Promise<Outcome> {
  const got = await student.logisticGradient!(w, b, X, y);
  const want = logisticGradient(w, b, X, y);
  const outcome = firstFailure(expectVectorClose(`${GRADIENT}.dw`, field(got, 'dw'), want.dw), expectNumberClose(`${GRADIENT}.db`, field(got, 'db'), want.db));
  return showInput(outcome, { w, b, X, y }, visible);
}

function sigmoidPlot(zs: number[], expected: number[], got: unknown[]): Plot {
  return {
    kind: 'line',
    title: text('La sigmoïde : attendue et la vôtre', 'The sigmoid: expected and yours'),
    series: [
      { name: 'σ(z) attendue / expected', style: 'line', points: zs.map((z, i): [number, number] => [z, expected[i]!]) },
      {
        name: 'sigmoid(z)',
        style: 'points',
        points: zs.flatMap((z, i): [number, number][] => (typeof got[i] === 'number' && Number.isFinite(got[i]) ? [[z, got[i] as number]] : [])),
      },
    ],
    xLabel: 'z',
    yLabel: 'σ(z)',
  };
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    async run({ student }) {
      const problem: Problem = { w: [1], b: -1, X: [[0], [2]], y: [0, 1] };
      const outcome = firstFailure(
        expectNumberClose('sigmoid(0)', await student.sigmoid!(0), 0.5),
        await compareLoss(student, problem, true),
        await compareGradient(student, problem, true),
      );
      return showInput(outcome, { ...problem }, true);
    },
  },
  'sigmoid-values': {
    title: { fr: 'La sigmoïde entre −8 et 8', en: 'The sigmoid between −8 and 8' },
    visible: true,
    points: 1,
    async run({ student, rng }) {
      const zs = Array.from({ length: CURVE_POINTS }, (_, i) => -8 + (16 * i) / (CURVE_POINTS - 1) + randomUniform(rng, -0.1, 0.1));
      const got: unknown[] = [];
      for (const z of zs) got.push(await student.sigmoid!(z));
      const expected = zs.map(logisticSigmoid);
      return withPlots(showInput(expectVectorClose('[sigmoid(z) for z in zs]', got, expected), { zs }, true), [sigmoidPlot(zs, expected, got)]);
    },
  },
  'sigmoid-extreme': {
    title: { fr: 'La sigmoïde sans NaN pour z = ±1000 et ±1e4', en: 'The sigmoid without NaN at z = ±1000 and ±1e4' },
    visible: true,
    points: 1,
    run: ({ student }) =>
      everyTrial(4, async (trial) => {
        const z = [1000, -1000, 1e4, -1e4][trial]!;
        return showInput(expectNumberClose(`sigmoid(${z})`, await student.sigmoid!(z), logisticSigmoid(z)), { z }, true);
      }),
  },
  'loss-random': {
    title: { fr: 'Coût sur des données aléatoires', en: 'Cost on random data' },
    visible: true,
    points: 1,
    run: ({ student, rng }) => everyTrial(3, () => compareLoss(student, randomProblem(rng, [3, 10], [1, 4]), true)),
  },
  'loss-large-margins': {
    title: { fr: 'Coût fini et juste pour |z| jusqu’à 1e3', en: 'Finite, accurate cost for |z| up to 1e3' },
    visible: false,
    points: 2,
    // Scores of a few hundred: a confidently wrong sample costs about |z|, a confidently right one about 0.
    run: ({ student, rng }) => everyTrial(3, () => compareLoss(student, randomProblem(rng, [3, 10], [1, 3], randomUniform(rng, 100, 300)), false)),
  },
  'gradient-random': {
    title: { fr: 'Gradient comparé à la référence', en: 'Gradient against the reference' },
    visible: true,
    points: 2,
    run: ({ student, rng }) => everyTrial(3, () => compareGradient(student, randomProblem(rng, [3, 12], [1, 5]), true)),
  },
  'gradient-larger-batch': {
    title: { fr: 'Gradient sur un lot plus grand', en: 'Gradient on a larger batch' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => compareGradient(student, randomProblem(rng, [50, 200], [3, 8]), false),
  },
  'gradient-check': {
    title: { fr: 'Vérification du gradient par différences finies', en: 'Gradient check by finite differences' },
    visible: false,
    points: 2,
    // Finite differences of the student's own logisticLoss must match their logisticGradient,
    // which must also match the reference.
    run: ({ student, rng }) =>
      everyTrial(2, async () => {
        const { w, b, X, y } = randomProblem(rng, [3, 8], [1, 4]);
        const got = await student.logisticGradient!(w, b, X, y);
        const reference = logisticGradient(w, b, X, y);
        const outcome = await checkGradients({
          label: GRADIENT,
          parameters: { w, b },
          loss: async (moved) => (await student.logisticLoss!(moved.w, moved.b, X, y)) as number,
          analytic: { w: field(got, 'dw'), b: field(got, 'db') },
          reference: { w: reference.dw, b: reference.db },
          gradientNames: { w: 'dw', b: 'db' },
          rng,
        });
        return showInput(outcome, { w, b, X, y }, false);
      }),
  },
});
