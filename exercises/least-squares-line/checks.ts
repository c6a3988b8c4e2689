import { defineChecks, expectNumberClose, firstFailure, randomInt, randomUniform, randomVector, text, type Outcome, type Rng, type StudentModule } from '@dl/graders';
import { leastSquaresLine } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';
import { lineOverDataPlot, withPlots } from '../src/regression-plots';

interface Data {
  xs: number[];
  ys: number[];
}

/**
 * n noisy points around a random line (slope at least 0.2 in size, so that a = 0 is never right),
 * xs spread over [offset − 5, offset + 5] and never all equal.
 */
function noisyLine(rng: Rng, n: number, offset = 0): Data {
  const slope = (rng() < 0.5 ? -1 : 1) * randomUniform(rng, 0.2, 3);
  const intercept = randomUniform(rng, -3, 3);
  let xs = randomVector(rng, n, -5, 5);
  while (xs.every((x) => x === xs[0])) xs = randomVector(rng, n, -5, 5);
  const noise = randomVector(rng, n, -1, 1);
  return { xs: xs.map((x) => x + offset), ys: xs.map((x, i) => slope * x + intercept + noise[i]!) };
}

/** A field of whatever the student returned (undefined when it is not an object). */
function field(result: unknown, name: string): unknown {
  return typeof result === 'object' && result !== null ? (result as Record<string, unknown>)[name] : undefined;
}

async function compare(student: StudentModule, { xs, ys }: Data, visible: boolean, plot = false): Promise<Outcome> {
  const got = await student.fitLine!(xs, ys);
  const want = leastSquaresLine(xs, ys);
  const outcome = showInput(
    firstFailure(expectNumberClose('fitLine(xs, ys).a', field(got, 'a'), want.a), expectNumberClose('fitLine(xs, ys).b', field(got, 'b'), want.b)),
    { xs, ys },
    visible,
  );
  if (!plot) return outcome;
  const [a, b] = [field(got, 'a'), field(got, 'b')];
  const lines = [{ name: 'droite attendue / expected line', ...want }];
  if (typeof a === 'number' && typeof b === 'number') lines.push({ name: 'votre droite / your line', a, b });
  return withPlots(outcome, [lineOverDataPlot(xs, ys, lines, text('Les données et la droite ajustée', 'The data and the fitted line'))]);
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    run: ({ student }) => compare(student, { xs: [0, 1, 2, 3], ys: [1, 3, 2, 5] }, true, true),
  },
  'random-data': {
    title: { fr: 'Nuages de points aléatoires', en: 'Random point clouds' },
    visible: true,
    points: 2,
    run: ({ student, rng }) => everyTrial(3, () => compare(student, noisyLine(rng, randomInt(rng, 3, 15)), true, true)),
  },
  'two-points': {
    title: { fr: 'Deux points : la droite qui les relie', en: 'Two points: the line through them' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => everyTrial(2, () => compare(student, noisyLine(rng, 2), false)),
  },
  'exact-line': {
    title: { fr: 'Points alignés : la droite exacte', en: 'Collinear points: the exact line' },
    visible: false,
    points: 1,
    async run({ student, rng }) {
      const { xs } = noisyLine(rng, randomInt(rng, 3, 10));
      const [a, b] = [randomUniform(rng, 0.5, 2) * (rng() < 0.5 ? -1 : 1), randomUniform(rng, -3, 3)];
      return compare(student, { xs, ys: xs.map((x) => a * x + b) }, false);
    },
  },
  'many-points': {
    title: { fr: 'Beaucoup de points', en: 'Many points' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => compare(student, noisyLine(rng, randomInt(rng, 200, 1000)), false),
  },
  'far-from-origin': {
    title: { fr: 'Abscisses loin de l’origine (x ≈ 10⁷)', en: 'Abscissas far from the origin (x ≈ 10⁷)' },
    visible: false,
    points: 1,
    // The raw-sums formula loses about 14 of float64's 16 digits here; the centred one keeps them.
    run: ({ student, rng }) => everyTrial(3, () => compare(student, noisyLine(rng, randomInt(rng, 10, 30), randomUniform(rng, 1e7, 5e7)), false)),
  },
});
