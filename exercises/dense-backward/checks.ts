import {
  checkGradients,
  defineChecks,
  expectMatrixClose,
  expectVectorClose,
  firstFailure,
  randomInt,
  randomMatrix,
  type Outcome,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { denseGrad } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';

const CALL = 'denseBackward(X, W, dY)';

interface Problem {
  X: number[][];
  W: number[][];
  dY: number[][];
}

function field(result: unknown, name: string): unknown {
  return typeof result === 'object' && result !== null ? (result as Record<string, unknown>)[name] : undefined;
}

/** A random problem batch×in inputs, in×out weights and batch×out upstream gradients. */
function randomProblem(rng: Rng, batch: number, inputs: number, outputs: number): Problem {
  return { X: randomMatrix(rng, batch, inputs, -2, 2), W: randomMatrix(rng, inputs, outputs), dY: randomMatrix(rng, batch, outputs) };
}

/** Two different sizes in [2, 6], so that a transposed matrix has the wrong shape. */
function differentSizes(rng: Rng): [number, number] {
  const a = randomInt(rng, 2, 6);
  let b = randomInt(rng, 2, 5);
  if (b >= a) b++;
  return [a, b];
}

async function compareAll(student: StudentModule, { X, W, dY }: Problem, visible: boolean): Promise<Outcome> {
  const got = await student.denseBackward!(X, W, dY);
  const want = denseGrad(X, W, dY);
  const outcome = firstFailure(
    expectMatrixClose(`${CALL}.dX`, field(got, 'dX'), want.dX),
    expectMatrixClose(`${CALL}.dW`, field(got, 'dW'), want.dW),
    expectVectorClose(`${CALL}.db`, field(got, 'db'), want.db),
  );
  return showInput(outcome, { X, W, dY }, visible);
}

/** J = Σᵢⱼ dYᵢⱼ (XW + b)ᵢⱼ in float64: its gradients are exactly what denseBackward returns for this dY. */
function linkedCost(dY: number[][]) {
  return ({ X, W, b }: { X: number[][]; W: number[][]; b: number[] }) =>
    X.reduce((total, x, i) => total + b.reduce((sum, bias, j) => sum + dY[i]![j]! * x.reduce((z, v, k) => z + v * W[k]![j]!, bias), 0), 0);
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    run: ({ student }) => compareAll(student, { X: [[1, 2], [3, -1]], W: [[1, 2, 0], [0, 1, -1]], dY: [[1, 0, 2], [0.5, 1, -1]] }, true),
  },
  'random-small': {
    title: { fr: 'Petites formes aléatoires (in ≠ out)', en: 'Small random shapes (in ≠ out)' },
    visible: true,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(3, () => {
        const [inputs, outputs] = differentSizes(rng);
        return compareAll(student, randomProblem(rng, randomInt(rng, 2, 5), inputs, outputs), true);
      }),
  },
  'gradient-check': {
    title: { fr: 'Vérification par différences finies', en: 'Finite-difference check' },
    visible: true,
    points: 2,
    // For the cost J = Σ dY ⊙ (XW + b), ∂J/∂Y is exactly dY; its finite differences must match the student's gradients.
    async run({ student, rng }) {
      const [inputs, outputs] = differentSizes(rng);
      const { X, W, dY } = randomProblem(rng, randomInt(rng, 2, 4), inputs, outputs);
      const got = await student.denseBackward!(X, W, dY);
      const want = denseGrad(X, W, dY);
      const cost = linkedCost(dY);
      const b = new Array<number>(outputs).fill(0.1);
      const outcome = await checkGradients({
        label: CALL,
        parameters: { X, W, b },
        loss: async (p) => cost(p as { X: number[][]; W: number[][]; b: number[] }),
        analytic: { X: field(got, 'dX'), W: field(got, 'dW'), b: field(got, 'db') },
        reference: { X: want.dX, W: want.dW, b: want.db },
        gradientNames: { X: 'dX', W: 'dW', b: 'db' },
        rng,
      });
      return showInput(outcome, { X, W, dY }, true);
    },
  },
  'square-w': {
    title: { fr: 'W carrée (in = out)', en: 'Square W (in = out)' },
    visible: false,
    points: 1,
    // With in = out every shape matches even when W is used without its transpose: only the values tell.
    run: ({ student, rng }) =>
      everyTrial(2, () => {
        const size = randomInt(rng, 2, 6);
        return compareAll(student, randomProblem(rng, randomInt(rng, 2, 5), size, size), false);
      }),
  },
  'single-sample': {
    title: { fr: 'Un seul exemple (batch de 1)', en: 'A single sample (batch of 1)' },
    visible: false,
    points: 1,
    async run({ student, rng }) {
      const [inputs, outputs] = differentSizes(rng);
      return compareAll(student, randomProblem(rng, 1, inputs, outputs), false);
    },
  },
  'larger-batch': {
    title: { fr: 'Batch plus grand', en: 'Larger batch' },
    visible: false,
    points: 1,
    async run({ student, rng }) {
      return compareAll(student, randomProblem(rng, randomInt(rng, 10, 30), randomInt(rng, 1, 8), randomInt(rng, 1, 8)), false);
    },
  },
});
