import { defineChecks, expectMatrixClose, randomInt, randomVector, sandboxFunction, text, type Outcome, type Plot, type StudentModule } from '@dl/graders';
import { gradientDescentTrajectory } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';
import { withPlots } from '../src/regression-plots';
import { randomLogCosh, randomQuadratic, type GradientProblem } from './test-problems';

const CALL = 'gradientDescent(grad, x0, μ, steps)';
/** Level-set grid resolution (GRID × GRID values). */
const GRID = 30;

/** The finite 2-D points of a trajectory, whatever the student returned. */
function points2d(trajectory: unknown): [number, number][] {
  if (!Array.isArray(trajectory)) return [];
  return trajectory.flatMap((point): [number, number][] =>
    Array.isArray(point) && Number.isFinite(point[0]) && Number.isFinite(point[1]) ? [[point[0] as number, point[1] as number]] : [],
  );
}

/** f over a grid around the expected trajectory, with the expected and the student's trajectories drawn over it. */
function trajectoryPlot(f: (x: number[]) => number, expected: number[][], got: unknown): Plot {
  const xs = expected.map((p) => p[0]!);
  const ys = expected.map((p) => p[1]!);
  const margin = 0.15 * Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 0.5);
  const extent = { xMin: Math.min(...xs) - margin, xMax: Math.max(...xs) + margin, yMin: Math.min(...ys) - margin, yMax: Math.max(...ys) + margin };
  const grid = Array.from({ length: GRID }, (_, row) => {
    const y = extent.yMax - ((extent.yMax - extent.yMin) * row) / (GRID - 1); // row 0 at the top
    return Array.from({ length: GRID }, (_, col) => f([extent.xMin + ((extent.xMax - extent.xMin) * col) / (GRID - 1), y]));
  });
  return {
    kind: 'heatmap',
    title: text('La fonction f et les trajectoires de la descente', 'The function f and the descent trajectories'),
    grid,
    extent,
    series: [
      { name: 'trajectoire attendue / expected trajectory', style: 'line', points: expected.map((p): [number, number] => [p[0]!, p[1]!]) },
      { name: 'votre trajectoire / your trajectory', style: 'points', points: points2d(got) },
    ],
    xLabel: 'x₀',
    yLabel: 'x₁',
  };
}

async function compare(student: StudentModule, problem: GradientProblem, x0: number[], steps: number, visible: boolean, plot = false): Promise<Outcome> {
  const got = await student.gradientDescent!(sandboxFunction(problem.source), x0, problem.learningRate, steps);
  const expected = gradientDescentTrajectory(problem.grad, x0, problem.learningRate, steps);
  const outcome = showInput(expectMatrixClose(CALL, got, expected), { grad: problem.source, x0, μ: problem.learningRate, steps }, visible);
  return plot ? withPlots(outcome, [trajectoryPlot(problem.f, expected, got)]) : outcome;
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    async run({ student }) {
      const source = '(x) => [2 * x[0], 6 * x[1]]';
      const problem: GradientProblem = { source, grad: (x) => [2 * x[0]!, 6 * x[1]!], f: ([u, v]) => u! * u! + 3 * v! * v!, learningRate: 0.1 };
      return compare(student, problem, [1, 1], 3, true, true);
    },
  },
  'random-quadratic': {
    title: { fr: 'Fonctions quadratiques aléatoires en 2D', en: 'Random quadratic functions in 2-D' },
    visible: true,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(2, () => compare(student, randomQuadratic(rng, 2), randomVector(rng, 2, -3, 3), randomInt(rng, 5, 25), true, true)),
  },
  'zero-and-one-step': {
    title: { fr: 'Zéro pas, puis un seul', en: 'Zero steps, then one' },
    visible: false,
    points: 1,
    // steps = 0 gives [x0] alone; steps = 1 gives [x0, x1].
    run: ({ student, rng }) =>
      everyTrial(2, (steps) => {
        const n = randomInt(rng, 1, 4);
        return compare(student, randomQuadratic(rng, n), randomVector(rng, n, -3, 3), steps, false);
      }),
  },
  'higher-dimensions': {
    title: { fr: 'Plus de dimensions', en: 'More dimensions' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, () => {
        const n = randomInt(rng, 3, 8);
        return compare(student, randomQuadratic(rng, n), randomVector(rng, n, -3, 3), randomInt(rng, 5, 40), false);
      }),
  },
  'non-quadratic': {
    title: { fr: 'Fonction non quadratique', en: 'Non-quadratic function' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => {
      const n = randomInt(rng, 1, 5);
      return compare(student, randomLogCosh(rng, n), randomVector(rng, n, -4, 4), randomInt(rng, 10, 40), false);
    },
  },
  'many-steps': {
    title: { fr: 'Beaucoup de pas', en: 'Many steps' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => compare(student, randomQuadratic(rng, 2), randomVector(rng, 2, -3, 3), randomInt(rng, 200, 500), false),
  },
});
