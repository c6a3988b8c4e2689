import {
  checkGradients,
  defineChecks,
  expectVectorClose,
  firstFailure,
  randomInt,
  randomUniform,
  randomVector,
  redrawUntil,
  type Outcome,
  type Plot,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { activationDerivative, applyActivation, type ActivationName } from '@dl/reference';
import { everyTrial, rememberedOnFixedInputs, showInput } from '../src/check-helpers';

const ACTIVATIONS: ActivationName[] = ['sigmoid', 'tanh', 'relu', 'leakyRelu'];
const GRADIENT_EXPORT: Record<ActivationName, string> = {
  sigmoid: 'sigmoidGrad',
  tanh: 'tanhGrad',
  relu: 'reluGrad',
  leakyRelu: 'leakyReluGrad',
};
/** Inputs closer than this to 0 are redrawn for ReLU derivatives and finite differences. */
const KINK_MARGIN = 1e-3;

/** One function of the exercise on one input: the student's answer and the reference's. */
interface Evaluation {
  exported: string;
  got: unknown;
  expected: number[];
}

/** The reference's activations and derivatives. */
interface Reference {
  apply: typeof applyActivation;
  derivative: typeof activationDerivative;
}
const LIVE: Reference = { apply: applyActivation, derivative: activationDerivative };
/** For the inputs written in this file: the same for every submission, computed once per worker. */
const FIXED: Reference = { apply: rememberedOnFixedInputs(applyActivation), derivative: rememberedOnFixedInputs(activationDerivative) };

/** Every activation (or every derivative) on one input, each student function called once. */
async function evaluateAll(student: StudentModule, x: number[], derivatives: boolean, reference = LIVE): Promise<Evaluation[]> {
  const evaluations: Evaluation[] = [];
  for (const name of ACTIVATIONS) {
    const exported = derivatives ? GRADIENT_EXPORT[name] : name;
    const expected = derivatives ? reference.derivative(name, x) : reference.apply(name, x);
    evaluations.push({ exported, got: await student[exported]!(x), expected });
  }
  return evaluations;
}

const compareEach = (evaluations: Evaluation[]): Outcome[] =>
  evaluations.map(({ exported, got, expected }) => expectVectorClose(`${exported}(x)`, got, expected));

/** Every activation (or every derivative) on one input, against the reference; the first failure stands. */
async function compareAll(student: StudentModule, x: number[], derivatives: boolean, reference = LIVE): Promise<Outcome[]> {
  return compareEach(await evaluateAll(student, x, derivatives, reference));
}

/** A vector of random length whose entries are all at least KINK_MARGIN away from 0. */
function awayFromZero(rng: Rng, minLength: number, maxLength: number, range = 5): number[] {
  return redrawUntil(
    rng,
    (r) => randomVector(r, randomInt(r, minLength, maxLength), -range, range),
    (x) => x.every((v) => Math.abs(v) > KINK_MARGIN),
  );
}

/** Random magnitudes in [700, 1e4] with random signs: e^|x| overflows for every one of them. */
function extremeInputs(rng: Rng, length: number): number[] {
  return Array.from({ length }, () => (rng() < 0.5 ? -1 : 1) * randomUniform(rng, 700, 1e4));
}

/** The student's curves (lines) over the expected ones (points), from answers already evaluated. */
function curvePlot(x: number[], evaluations: Evaluation[], derivatives: boolean): Plot {
  const series = [];
  for (const { exported, got, expected } of evaluations) {
    series.push({ name: `${exported} (attendu / expected)`, style: 'points' as const, points: x.map((v, i): [number, number] => [v, expected[i]!]) });
    if (Array.isArray(got) && got.length === x.length && got.every((v) => Number.isFinite(v))) {
      series.push({ name: exported, style: 'line' as const, points: x.map((v, i): [number, number] => [v, got[i] as number]) });
    }
  }
  return derivatives
    ? { kind: 'line', title: { fr: 'Vos dérivées (lignes) et les attendues (points)', en: 'Your derivatives (lines) and the expected ones (points)' }, series, xLabel: 'x', yLabel: "f'(x)" }
    : { kind: 'line', title: { fr: 'Vos activations (lignes) et les attendues (points)', en: 'Your activations (lines) and the expected ones (points)' }, series, xLabel: 'x', yLabel: 'f(x)' };
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    async run({ student }) {
      const x = [-2, -0.5, 0.5, 2];
      const outcome = firstFailure(...(await compareAll(student, x, false, FIXED)), ...(await compareAll(student, x, true, FIXED)));
      return showInput(outcome, { x }, true);
    },
  },
  'curves': {
    title: { fr: 'Courbes sur [−4, 4]', en: 'Curves over [−4, 4]' },
    visible: true,
    points: 1,
    // 80 points that step over 0 (±0.05, ±0.15, …): the kink rules have their own check.
    async run({ student }) {
      const x = Array.from({ length: 80 }, (_, i) => Math.round((-3.95 + 0.1 * i) * 100) / 100);
      const values = await evaluateAll(student, x, false, FIXED);
      const derivatives = await evaluateAll(student, x, true, FIXED);
      const outcome = firstFailure(...compareEach(values), ...compareEach(derivatives));
      return { ...outcome, details: { ...outcome.details, plots: [curvePlot(x, values, false), curvePlot(x, derivatives, true)] } };
    },
  },
  'random-values': {
    title: { fr: 'Activations sur des entrées aléatoires', en: 'Activations on random inputs' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, async () => {
        const x = randomVector(rng, randomInt(rng, 1, 10), -5, 5);
        return showInput(firstFailure(...(await compareAll(student, x, false))), { x }, true);
      }),
  },
  'random-derivatives': {
    title: { fr: 'Dérivées sur des entrées aléatoires', en: 'Derivatives on random inputs' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, async () => {
        const x = awayFromZero(rng, 1, 10);
        return showInput(firstFailure(...(await compareAll(student, x, true))), { x }, true);
      }),
  },
  'kink-at-zero': {
    title: { fr: 'Règles en x = 0 : reluGrad(0) = 0, leakyReluGrad(0) = alpha', en: 'Rules at x = 0: reluGrad(0) = 0, leakyReluGrad(0) = alpha' },
    visible: true,
    points: 1,
    async run({ student }) {
      const x = [-1.5, 0, 2.5, 0];
      const outcome = firstFailure(
        expectVectorClose('relu(x)', await student.relu!(x), FIXED.apply('relu', x)),
        expectVectorClose('leakyRelu(x)', await student.leakyRelu!(x), FIXED.apply('leakyRelu', x)),
        expectVectorClose('reluGrad(x)', await student.reluGrad!(x), FIXED.derivative('relu', x)),
        expectVectorClose('leakyReluGrad(x)', await student.leakyReluGrad!(x), FIXED.derivative('leakyRelu', x)),
        expectVectorClose('leakyReluGrad(x, 0.25)', await student.leakyReluGrad!(x, 0.25), FIXED.derivative('leakyRelu', x, 0.25)),
      );
      return showInput(outcome, { x }, true);
    },
  },
  'extreme-values': {
    title: { fr: 'Pas de débordement pour |x| = 1000 et 1e4', en: 'No overflow for |x| = 1000 and 1e4' },
    visible: true,
    points: 1,
    async run({ student }) {
      const x = [-1e4, -1000, 1000, 1e4];
      const outcome = firstFailure(...(await compareAll(student, x, false, FIXED)), ...(await compareAll(student, x, true, FIXED)));
      return showInput(outcome, { x }, true);
    },
  },
  'extreme-random': {
    title: { fr: 'Pas de débordement pour des |x| aléatoires entre 700 et 1e4', en: 'No overflow for random |x| between 700 and 1e4' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, async () => {
        const x = extremeInputs(rng, randomInt(rng, 4, 10));
        const outcome = firstFailure(...(await compareAll(student, x, false)), ...(await compareAll(student, x, true)));
        return showInput(outcome, { x }, false);
      }),
  },
  'leaky-alpha': {
    title: { fr: 'Leaky ReLU avec un alpha donné', en: 'Leaky ReLU with a given alpha' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, async () => {
        const x = awayFromZero(rng, 3, 10);
        const alpha = randomVector(rng, 1, 0.05, 0.5)[0]!;
        const outcome = firstFailure(
          expectVectorClose(`leakyRelu(x, ${alpha})`, await student.leakyRelu!(x, alpha), applyActivation('leakyRelu', x, alpha)),
          expectVectorClose(`leakyReluGrad(x, ${alpha})`, await student.leakyReluGrad!(x, alpha), activationDerivative('leakyRelu', x, alpha)),
        );
        return showInput(outcome, { x, alpha }, false);
      }),
  },
  'long-vectors': {
    title: { fr: 'Vecteurs longs', en: 'Long vectors' },
    visible: false,
    points: 1,
    async run({ student, rng }) {
      const x = awayFromZero(rng, 200, 500, 8);
      const outcome = firstFailure(...(await compareAll(student, x, false)), ...(await compareAll(student, x, true)));
      return showInput(outcome, { x }, false);
    },
  },
  'gradient-check': {
    title: { fr: 'Dérivées vérifiées par différences finies', en: 'Derivatives checked by finite differences' },
    visible: false,
    points: 2,
    // J(x) = Σᵢ f(xᵢ) has ∂J/∂xᵢ = f'(xᵢ): finite differences of the student's own f against their f'.
    async run({ student, rng }) {
      const x = awayFromZero(rng, 3, 6, 3);
      const outcomes: Outcome[] = [];
      for (const name of ACTIVATIONS) {
        const exported = GRADIENT_EXPORT[name];
        outcomes.push(
          await checkGradients({
            label: `${exported}(x)`,
            parameters: { x },
            loss: async ({ x: moved }) => {
              const values = await student[name]!(moved);
              return Array.isArray(values) ? values.reduce((sum: number, v) => sum + (v as number), 0) : (values as number);
            },
            analytic: { x: await student[exported]!(x) },
            reference: { x: activationDerivative(name, x) },
            rng,
          }),
        );
      }
      return showInput(firstFailure(...outcomes), { x }, false);
    },
  },
});
