import {
  defineChecks,
  expectMatrixClose,
  expectVectorClose,
  firstFailure,
  randomInt,
  randomUniform,
  randomVector,
  type Outcome,
  type Plot,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { momentumUpdate, sgdUpdate } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';

const MOMENTUM = 'momentumStep(params, grads, velocity, learningRate, rho)';

function field(result: unknown, name: string): unknown {
  return typeof result === 'object' && result !== null ? (result as Record<string, unknown>)[name] : undefined;
}

async function compareSgd(student: StudentModule, params: number[], grads: number[], learningRate: number, visible: boolean): Promise<Outcome> {
  const got = await student.sgdStep!(params, grads, learningRate);
  return showInput(expectVectorClose('sgdStep(params, grads, learningRate)', got, sgdUpdate(params, grads, learningRate)), { params, grads, learningRate }, visible);
}

async function compareMomentum(
  student: StudentModule,
  input: { params: number[]; grads: number[]; velocity: number[]; learningRate: number; rho: number },
  visible: boolean,
): Promise<Outcome> {
  const { params, grads, velocity, learningRate, rho } = input;
  const got = await student.momentumStep!(params, grads, velocity, learningRate, rho);
  const want = momentumUpdate(params, grads, velocity, learningRate, rho);
  const outcome = firstFailure(
    expectVectorClose(`${MOMENTUM}.velocity`, field(got, 'velocity'), want.velocity),
    expectVectorClose(`${MOMENTUM}.params`, field(got, 'params'), want.params),
  );
  return showInput(outcome, input, visible);
}

/** Random parameters, gradients and velocity of one length, a learning rate in [0.01, 0.5] and ρ in [0.5, 0.99]. */
function randomMomentumInput(rng: Rng, length: number) {
  return {
    params: randomVector(rng, length, -3, 3),
    grads: randomVector(rng, length, -2, 2),
    velocity: randomVector(rng, length, -2, 2),
    learningRate: Math.round(randomUniform(rng, 0.01, 0.5) * 1000) / 1000,
    rho: Math.round(randomUniform(rng, 0.5, 0.99) * 100) / 100,
  };
}

/** The bowl J(w) = ½(w₁² + 8·w₂²): a valley ten times steeper across than along, where momentum pays. */
const bowlGradient = (w: number[]) => [w[0]!, 8 * w[1]!];
const BOWL = { start: [-2.5, 1], learningRate: 0.05, rho: 0.8, steps: 25 };

/** The reference trajectory [w₀, …, w_steps] of momentum (or of plain descent, for contrast) on the bowl. */
function referenceTrajectory(withMomentum: boolean): number[][] {
  let w = BOWL.start;
  let v = [0, 0];
  const points = [w];
  for (let step = 0; step < BOWL.steps; step++) {
    if (withMomentum) ({ params: w, velocity: v } = momentumUpdate(w, bowlGradient(w), v, BOWL.learningRate, BOWL.rho));
    else w = sgdUpdate(w, bowlGradient(w), BOWL.learningRate);
    points.push(w);
  }
  return points;
}

/** The student's trajectory: their own params and velocity fed back into momentumStep, step after step. */
async function studentTrajectory(student: StudentModule): Promise<unknown[]> {
  let w: unknown = BOWL.start;
  let v: unknown = [0, 0];
  const points: unknown[] = [w];
  for (let step = 0; step < BOWL.steps; step++) {
    const usable = Array.isArray(w) && w.length === 2 && w.every((x) => typeof x === 'number' && Number.isFinite(x));
    if (!usable) break;
    const got = await student.momentumStep!(w, bowlGradient(w as number[]), v, BOWL.learningRate, BOWL.rho);
    [w, v] = [field(got, 'params'), field(got, 'velocity')];
    points.push(w);
  }
  return points;
}

function trajectoryPlot(got: unknown[], expected: number[][], plain: number[][]): Plot {
  const asPoints = (points: unknown[]) =>
    points.filter((p): p is number[] => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'number' && Number.isFinite(x))).map((p): [number, number] => [p[0]!, p[1]!]);
  return {
    kind: 'line',
    title: { fr: 'Trajectoires sur J(w) = ½(w₁² + 8w₂²), minimum en (0, 0)', en: 'Trajectories on J(w) = ½(w₁² + 8w₂²), minimum at (0, 0)' },
    series: [
      { name: 'votre momentum / your momentum', style: 'line', points: asPoints(got) },
      { name: 'momentum attendu / expected momentum', style: 'points', points: asPoints(expected) },
      { name: 'descente simple / plain descent', style: 'line', points: asPoints(plain) },
    ],
    xLabel: 'w₁',
    yLabel: 'w₂',
  };
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    async run({ student }) {
      const sgd = await compareSgd(student, [1, -2], [0.5, 1], 0.1, true);
      if (!sgd.passed) return sgd;
      return compareMomentum(student, { params: [1, -2], grads: [0.5, 1], velocity: [0.2, -0.4], learningRate: 0.1, rho: 0.9 }, true);
    },
  },
  'sgd-random': {
    title: { fr: 'sgdStep sur des entrées aléatoires', en: 'sgdStep on random inputs' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, () => {
        const { params, grads, learningRate } = randomMomentumInput(rng, randomInt(rng, 1, 8));
        return compareSgd(student, params, grads, learningRate, true);
      }),
  },
  'momentum-random': {
    title: { fr: 'momentumStep sur des entrées aléatoires', en: 'momentumStep on random inputs' },
    visible: true,
    points: 2,
    run: ({ student, rng }) => everyTrial(3, () => compareMomentum(student, randomMomentumInput(rng, randomInt(rng, 1, 8)), true)),
  },
  'momentum-trajectory': {
    title: { fr: 'Vingt-cinq pas de momentum sur une vallée', en: 'Twenty-five momentum steps down a valley' },
    visible: true,
    points: 2,
    async run({ student }) {
      const got = await studentTrajectory(student);
      const expected = referenceTrajectory(true);
      const outcome = expectMatrixClose('trajectory [w₀, …, w₂₅]', got, expected);
      const shown = showInput(outcome, { ...BOWL, gradient: 'grad J(w) = [w₁, 8·w₂]', velocity0: [0, 0] }, true);
      return { ...shown, details: { ...shown.details, plots: [trajectoryPlot(got, expected, referenceTrajectory(false))] } };
    },
  },
  'zero-velocity-and-rho': {
    title: { fr: 'Vitesse nulle au départ, ρ = 0', en: 'Zero starting velocity, ρ = 0' },
    visible: false,
    points: 1,
    // From v = 0 the first step is a plain gradient step, and so is every step with ρ = 0.
    run: ({ student, rng }) =>
      everyTrial(2, (trial) => {
        const input = randomMomentumInput(rng, randomInt(rng, 2, 6));
        return compareMomentum(student, trial === 0 ? { ...input, velocity: input.velocity.map(() => 0) } : { ...input, rho: 0 }, false);
      }),
  },
  'long-vectors': {
    title: { fr: 'Vecteurs longs', en: 'Long vectors' },
    visible: false,
    points: 1,
    async run({ student, rng }) {
      const input = randomMomentumInput(rng, randomInt(rng, 100, 300));
      const sgd = await compareSgd(student, input.params, input.grads, input.learningRate, false);
      return sgd.passed ? compareMomentum(student, input, false) : sgd;
    },
  },
});
