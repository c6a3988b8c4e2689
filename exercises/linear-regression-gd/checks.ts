import {
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
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { linearRegressionByGradientDescent } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';
import { indexedCurvesPlot, lineOverDataPlot, withPlots } from '../src/regression-plots';

const CALL = 'trainLinearRegression(X, y, μ, epochs)';

interface Problem {
  X: number[][];
  y: number[];
  learningRate: number;
  epochs: number;
}

interface Sizes {
  samples: [number, number];
  features: [number, number];
  epochs: [number, number];
}

/**
 * Noisy targets from a random linear model (intercept at least 0.5 in size, so that an untrained b shows).
 * μ is a random fraction of 1/trace(H), H = (2/n)[X 1]ᵀ[X 1] the cost's Hessian: the trace bounds its
 * largest eigenvalue, so the descent converges and float64 rounding differences never grow.
 */
function randomProblem(rng: Rng, { samples, features, epochs }: Sizes, xRange = 1.5): Problem {
  const [n, d] = [randomInt(rng, ...samples), randomInt(rng, ...features)];
  const X = randomMatrix(rng, n, d, -xRange, xRange);
  const trueW = randomVector(rng, d, -2, 2);
  const trueB = (rng() < 0.5 ? -1 : 1) * randomUniform(rng, 0.5, 3);
  const y = X.map((row) => row.reduce((s, x, j) => s + x * trueW[j]!, trueB) + randomUniform(rng, -0.5, 0.5));
  const hessianTrace = (2 / n) * (X.flat().reduce((s, x) => s + x * x, 0) + n);
  return { X, y, learningRate: randomUniform(rng, 0.3, 1) / hessianTrace, epochs: randomInt(rng, ...epochs) };
}

/** A field of whatever the student returned (undefined when it is not an object). */
function field(result: unknown, name: string): unknown {
  return typeof result === 'object' && result !== null ? (result as Record<string, unknown>)[name] : undefined;
}

async function compare(student: StudentModule, { X, y, learningRate, epochs }: Problem, visible: boolean, plot = false): Promise<Outcome> {
  const got = await student.trainLinearRegression!(X, y, learningRate, epochs);
  const want = linearRegressionByGradientDescent(X, y, learningRate, epochs);
  const outcome = showInput(
    firstFailure(
      expectVectorClose(`${CALL}.losses`, field(got, 'losses'), want.losses),
      expectVectorClose(`${CALL}.w`, field(got, 'w'), want.w),
      expectNumberClose(`${CALL}.b`, field(got, 'b'), want.b),
    ),
    { X, y, μ: learningRate, epochs },
    visible,
  );
  if (!plot) return outcome;
  const plots = [
    indexedCurvesPlot(text('Coût J avant chaque époque', 'Cost J before each epoch'), 'epoch', 'J', {
      'attendu / expected': want.losses,
      'vos losses / your losses': field(got, 'losses'),
    }),
  ];
  if (X[0]!.length === 1) {
    const lines = [{ name: 'droite attendue / expected line', a: want.w[0]!, b: want.b }];
    const [w, b] = [field(got, 'w'), field(got, 'b')];
    if (Array.isArray(w) && typeof w[0] === 'number' && typeof b === 'number') lines.push({ name: 'votre droite / your line', a: w[0], b });
    plots.unshift(lineOverDataPlot(X.map((row) => row[0]!), y, lines, text('Les données et la droite apprise', 'The data and the learnt line')));
  }
  return withPlots(outcome, plots);
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    run: ({ student }) => compare(student, { X: [[1], [2]], y: [2, 4], learningRate: 0.1, epochs: 2 }, true, true),
  },
  'random-line': {
    title: { fr: 'Une variable : la droite apprise', en: 'One variable: the learnt line' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, () => compare(student, randomProblem(rng, { samples: [5, 20], features: [1, 1], epochs: [20, 60] }), true, true)),
  },
  'random-features': {
    title: { fr: 'Plusieurs variables', en: 'Several variables' },
    visible: true,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(2, () => compare(student, randomProblem(rng, { samples: [4, 15], features: [2, 5], epochs: [5, 40] }, 1), true)),
  },
  'single-epoch': {
    title: { fr: 'Une seule époque : le coût de départ et un pas', en: 'A single epoch: the starting cost and one step' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => compare(student, randomProblem(rng, { samples: [2, 10], features: [1, 4], epochs: [1, 1] }), false),
  },
  'larger-batch': {
    title: { fr: 'Jeu de données plus grand', en: 'Larger data set' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => compare(student, randomProblem(rng, { samples: [50, 200], features: [3, 6], epochs: [20, 60] }, 1), false),
  },
  'many-epochs': {
    title: { fr: 'Beaucoup d’époques', en: 'Many epochs' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => compare(student, randomProblem(rng, { samples: [5, 30], features: [1, 3], epochs: [200, 500] }), false),
  },
});
