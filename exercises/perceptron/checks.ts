import {
  defineChecks,
  expectExactEqual,
  expectNumberClose,
  expectVectorClose,
  firstFailure,
  randomInt,
  randomVector,
  redrawUntil,
  type Outcome,
  type Plot,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { perceptronPredict, trainPerceptron } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';

const TRAIN = 'trainPerceptron(X, y, learningRate, epochs)';

interface Problem {
  X: number[][];
  y: number[];
  learningRate: number;
  epochs: number;
}

/** The AND table of the statement. */
const AND: Problem = { X: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 0, 0, 1], learningRate: 0.5, epochs: 10 };

/** A multiple of 1/4 in [−2, 2]: with rates of 1/4, 1/2 or 1, every sum is exact in float64, so ties are real ties. */
const quarter = (rng: Rng) => randomInt(rng, -8, 8) / 4;
const RATES = [0.25, 0.5, 1];

/**
 * n points in `dimension` dimensions, labelled by a random hyperplane (separable, with a margin of 0.25)
 * or at random (not separable); exact arithmetic makes the reference's run the only right one.
 */
function randomProblem(rng: Rng, { n, dimension, separable, epochs }: { n: number; dimension: number; separable: boolean; epochs: number }): Problem {
  const trueW = Array.from({ length: dimension }, () => quarter(rng));
  const trueB = quarter(rng) / 2;
  const margin = (x: number[]) => x.reduce((z, v, k) => z + v * trueW[k]!, trueB);
  const X = Array.from({ length: n }, () =>
    redrawUntil(rng, (r) => Array.from({ length: dimension }, () => quarter(r)), (x) => !separable || Math.abs(margin(x)) >= 0.25),
  );
  const y = X.map((x) => (separable ? (margin(x) >= 0 ? 1 : 0) : randomInt(rng, 0, 1)));
  return { X, y, learningRate: RATES[randomInt(rng, 0, RATES.length - 1)]!, epochs };
}

function field(result: unknown, name: string): unknown {
  return typeof result === 'object' && result !== null ? (result as Record<string, unknown>)[name] : undefined;
}

/** Trains the student's perceptron and compares w and b with the reference run. */
async function compareTraining(student: StudentModule, problem: Problem, visible: boolean, plot = false): Promise<Outcome> {
  const { X, y, learningRate, epochs } = problem;
  const got = await student.trainPerceptron!(X, y, learningRate, epochs);
  const want = trainPerceptron(X, y, learningRate, epochs);
  const outcome = firstFailure(
    expectVectorClose(`${TRAIN}.w`, field(got, 'w'), want.w),
    expectNumberClose(`${TRAIN}.b`, field(got, 'b'), want.b),
  );
  const shown = showInput(outcome, { X, y, learningRate, epochs }, visible);
  return plot ? { ...shown, details: { ...shown.details, plots: [boundaryPlot(problem, field(got, 'w'), field(got, 'b'), want)] } } : shown;
}

/** Grid half-width of the decision plot: the data lie in [−2, 2]². */
const EXTENT = 2.25;
const GRID = 30;

/**
 * The student's decision regions (1 where their w·x + b ≥ 0) as a heatmap, the data points of each
 * class over it, and the expected boundary as a line.
 */
function boundaryPlot({ X, y }: Problem, w: unknown, b: unknown, want: { w: number[]; b: number }): Plot {
  const usable = Array.isArray(w) && w.length === 2 && w.every(Number.isFinite) && typeof b === 'number' && Number.isFinite(b);
  const coordinate = (i: number) => -EXTENT + ((i + 0.5) * 2 * EXTENT) / GRID;
  const grid = Array.from({ length: GRID }, (_, row) =>
    Array.from({ length: GRID }, (_, col) => (usable ? perceptronPredict(w as number[], b as number, [coordinate(col), coordinate(GRID - 1 - row)]) : 0)),
  );
  const points = (label: number) => X.filter((_, i) => y[i] === label).map((x): [number, number] => [x[0]!, x[1]!]);
  const series: Plot['series'] = [
    { name: 'y = 0', style: 'points', points: points(0) },
    { name: 'y = 1', style: 'points', points: points(1) },
  ];
  const [w0, w1] = want.w as [number, number];
  if (w1 !== 0) {
    const yAt = (x: number) => -(w0 * x + want.b) / w1;
    series.push({ name: 'frontière attendue / expected boundary', style: 'line', points: [[-EXTENT, yAt(-EXTENT)], [EXTENT, yAt(EXTENT)]] });
  }
  return {
    kind: 'heatmap',
    title: { fr: 'Vos régions de décision (1 en clair) et les données', en: 'Your decision regions (1 in light) and the data' },
    grid,
    extent: { xMin: -EXTENT, xMax: EXTENT, yMin: -EXTENT, yMax: EXTENT },
    series,
    xLabel: 'x₁',
    yLabel: 'x₂',
  };
}

async function comparePredict(student: StudentModule, w: number[], b: number, x: number[], visible: boolean): Promise<Outcome> {
  const outcome = expectExactEqual('predict(w, b, x)', await student.predict!(w, b, x), perceptronPredict(w, b, x));
  return showInput(outcome, { w, b, x }, visible);
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé : la fonction ET', en: 'Statement example: the AND function' },
    visible: true,
    points: 1,
    async run({ student }) {
      const first = await compareTraining(student, { ...AND, epochs: 1 }, true);
      return first.passed ? compareTraining(student, AND, true) : first;
    },
  },
  'predict-random': {
    title: { fr: 'predict sur des entrées aléatoires', en: 'predict on random inputs' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(6, (trial) => {
        // Half the trials on each side of the boundary; never within 1e-9 of it (rounding could decide).
        const { w, b, x } = redrawUntil(
          rng,
          (r) => {
            const d = randomInt(r, 1, 6);
            return { w: randomVector(r, d, -2, 2), b: randomVector(r, 1, -1, 1)[0]!, x: randomVector(r, d, -2, 2) };
          },
          ({ w, b, x }) => {
            const z = x.reduce((s, v, k) => s + v * w[k]!, b);
            return Math.abs(z) > 1e-9 && (z > 0) === (trial % 2 === 0);
          },
        );
        return comparePredict(student, w, b, x, true);
      }),
  },
  'predict-on-boundary': {
    title: { fr: 'predict vaut 1 quand w·x + b = 0 exactement', en: 'predict is 1 when w·x + b = 0 exactly' },
    visible: true,
    points: 1,
    run: ({ student }) =>
      everyTrial(3, (trial) => {
        const [w, b, x] = ([[[1, -1], 0, [2, 2]], [[2, 1], -4, [1, 2]], [[0.5, 0.25, -1], 1, [-2, 4, 0]]] as const)[trial]!;
        return comparePredict(student, [...w], b, [...x], true);
      }),
  },
  'train-separable': {
    title: { fr: 'Apprentissage sur des données séparables', en: 'Training on separable data' },
    visible: true,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(2, (trial) =>
        compareTraining(student, randomProblem(rng, { n: randomInt(rng, 8, 20), dimension: 2, separable: true, epochs: randomInt(rng, 3, 15) }), true, trial === 0),
      ),
  },
  'one-epoch': {
    title: { fr: 'Une seule époque, exemples dans l’ordre donné', en: 'A single epoch, samples in the given order' },
    visible: false,
    points: 1,
    async run({ student, rng }) {
      // The AND table reversed: after one pass over it, w and b depend on the order of the samples.
      const reversed: Problem = { X: [...AND.X].reverse(), y: [...AND.y].reverse(), learningRate: 1, epochs: 1 };
      const fixed = await compareTraining(student, reversed, false);
      if (!fixed.passed) return fixed;
      return everyTrial(2, () => compareTraining(student, randomProblem(rng, { n: randomInt(rng, 5, 12), dimension: 2, separable: true, epochs: 1 }), false));
    },
  },
  'not-separable': {
    title: { fr: 'Données non séparables (l’apprentissage ne converge pas)', en: 'Non-separable data (training does not converge)' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, () => compareTraining(student, randomProblem(rng, { n: randomInt(rng, 6, 16), dimension: 2, separable: false, epochs: randomInt(rng, 2, 10) }), false)),
  },
  'higher-dimension': {
    title: { fr: 'Entrées de dimension 1 à 6', en: 'Inputs of dimension 1 to 6' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, (trial) =>
        compareTraining(student, randomProblem(rng, { n: randomInt(rng, 5, 25), dimension: trial === 0 ? 1 : randomInt(rng, 3, 6), separable: trial !== 2, epochs: randomInt(rng, 2, 12) }), false),
      ),
  },
});
