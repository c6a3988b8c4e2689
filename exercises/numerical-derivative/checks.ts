import {
  defineChecks,
  expectNumberClose,
  expectVectorClose,
  firstFailure,
  randomInt,
  randomUniform,
  randomVector,
  sandboxFunction,
  text,
  type Outcome,
  type Plot,
} from '@dl/graders';
import { centralDifference, centralDifferenceGradient } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';
import { withPlots } from '../src/regression-plots';
import { parabolaWithMinimumAt, randomScalarFunction, randomVectorFunction } from './test-functions';

/** Steps large enough that a one-sided difference, or a step other than the one passed, is far off. */
const STEPS = [0.05, 0.1, 0.2, 0.5];
/** Where the derivative curve is sampled. */
const CURVE_POINTS = 25;

function derivativeCurvePlot(xs: number[], exact: number[], got: unknown[]): Plot {
  const finite = (values: unknown[]) =>
    xs.flatMap((x, i): [number, number][] => (typeof values[i] === 'number' && Number.isFinite(values[i]) ? [[x, values[i] as number]] : []));
  return {
    kind: 'line',
    title: text('Dérivée exacte et vos valeurs de derivative(f, x)', 'Exact derivative and your derivative(f, x) values'),
    series: [
      { name: "f' exacte / exact f'", style: 'line', points: finite(exact) },
      { name: 'derivative(f, x)', style: 'points', points: finite(got) },
    ],
    xLabel: 'x',
    yLabel: "f'(x)",
  };
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    async run({ student }) {
      const cube = '(x) => x ** 3';
      const product = '([u, v]) => u * u * v';
      const outcome = firstFailure(
        expectNumberClose('derivative(x => x ** 3, 2, 0.1)', await student.derivative!(sandboxFunction(cube), 2, 0.1), centralDifference((x) => x ** 3, 2, 0.1)),
        expectNumberClose('derivative(x => x ** 3, 2)', await student.derivative!(sandboxFunction(cube), 2), 12),
        expectVectorClose('gradient(([u, v]) => u * u * v, [2, 3], 0.5)', await student.gradient!(sandboxFunction(product), [2, 3], 0.5), [12, 4]),
      );
      return showInput(outcome, { f: cube, x: 2, h: 0.1, g: product }, true);
    },
  },
  'derivative-given-h': {
    title: { fr: 'Différence centrée au pas h donné', en: 'Central difference at the given step h' },
    visible: true,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(4, async (trial) => {
        const fn = randomScalarFunction(rng);
        const [x, h] = [randomUniform(rng, -2, 2), STEPS[trial]!];
        const got = await student.derivative!(sandboxFunction(fn.source), x, h);
        return showInput(expectNumberClose(`derivative(f, x, ${h})`, got, centralDifference(fn.f, x, h)), { f: fn.source, x, h }, true);
      }),
  },
  'derivative-curve': {
    title: { fr: 'Pas par défaut : proche de la dérivée exacte', en: 'Default step: close to the exact derivative' },
    visible: true,
    points: 1,
    async run({ student, rng }) {
      const fn = randomScalarFunction(rng);
      const xs = Array.from({ length: CURVE_POINTS }, (_, i) => -2 + (4 * i) / (CURVE_POINTS - 1) + randomUniform(rng, -0.01, 0.01));
      const got: unknown[] = [];
      for (const x of xs) got.push(await student.derivative!(sandboxFunction(fn.source), x));
      const exact = xs.map(fn.exact);
      const outcome: Outcome = showInput(expectVectorClose('[derivative(f, x) for x in xs]', got, exact), { f: fn.source, xs }, true);
      return withPlots(outcome, [derivativeCurvePlot(xs, exact, got)]);
    },
  },
  'derivative-default-h': {
    title: { fr: 'Pas par défaut sur des fonctions aléatoires', en: 'Default step on random functions' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(4, async () => {
        const fn = randomScalarFunction(rng);
        const x = randomUniform(rng, -2, 2);
        const got = await student.derivative!(sandboxFunction(fn.source), x);
        return showInput(expectNumberClose('derivative(f, x)', got, fn.exact(x)), { f: fn.source, x }, false);
      }),
  },
  'derivative-at-minimum': {
    title: { fr: 'Dérivée nulle au minimum d’une parabole', en: 'Zero derivative at the minimum of a parabola' },
    visible: false,
    points: 1,
    // A one-sided difference gives h there instead of 0: exactly the bias the central one cancels.
    async run({ student, rng }) {
      const center = Math.round(randomUniform(rng, -2, 2) * 4) / 4;
      const fn = parabolaWithMinimumAt(center, Math.round(randomUniform(rng, -2, 2) * 4) / 4);
      const got = await student.derivative!(sandboxFunction(fn.source), center);
      return showInput(expectNumberClose('derivative(f, x)', got, 0), { f: fn.source, x: center }, false);
    },
  },
  'gradient-given-h': {
    title: { fr: 'Gradient au pas h donné', en: 'Gradient at the given step h' },
    visible: true,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(3, async (trial) => {
        const n = randomInt(rng, 2, 6);
        const fn = randomVectorFunction(rng, n);
        const [x, h] = [randomVector(rng, n, -1.5, 1.5), STEPS[trial + 1]!];
        const got = await student.gradient!(sandboxFunction(fn.source), x, h);
        return showInput(expectVectorClose(`gradient(f, x, ${h})`, got, centralDifferenceGradient(fn.f, x, h)), { f: fn.source, x, h }, true);
      }),
  },
  'gradient-default-h': {
    title: { fr: 'Gradient au pas par défaut : proche du gradient exact', en: 'Gradient at the default step: close to the exact gradient' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, async (trial) => {
        // One coordinate first: a gradient of a single variable is still an array.
        const n = trial === 0 ? 1 : randomInt(rng, 2, 8);
        const fn = randomVectorFunction(rng, n);
        const x = randomVector(rng, n, -1.5, 1.5);
        const got = await student.gradient!(sandboxFunction(fn.source), x);
        return showInput(expectVectorClose('gradient(f, x)', got, fn.exact(x)), { f: fn.source, x }, false);
      }),
  },
});
