import {
  defineChecks,
  expectMatrixClose,
  expectNumberClose,
  firstFailure,
  randomInt,
  randomMatrix,
  randomUniform,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { l2Penalty, regularizedStep } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';

/** A step's inputs. λ and μ are large enough that a missing or halved λW term is far outside the tolerance. */
interface StepInput {
  W: number[][];
  gradW: number[][];
  learningRate: number;
  lambda: number;
}

function randomStep(rng: Rng, rows: number, cols: number): StepInput {
  return {
    W: randomMatrix(rng, rows, cols, -2, 2),
    gradW: randomMatrix(rng, rows, cols),
    learningRate: Math.round(randomUniform(rng, 0.05, 0.5) * 100) / 100,
    lambda: Math.round(randomUniform(rng, 0.1, 1) * 100) / 100,
  };
}

async function comparePenalty(student: StudentModule, W: number[][], lambda: number, visible: boolean) {
  const outcome = expectNumberClose('l2Penalty(W, lambda)', await student.l2Penalty!(W, lambda), l2Penalty(W, lambda));
  return showInput(outcome, { W, lambda }, visible);
}

async function compareStep(student: StudentModule, { W, gradW, learningRate, lambda }: StepInput, visible: boolean) {
  const got = await student.regularizedStep!(W, gradW, learningRate, lambda);
  const outcome = expectMatrixClose('regularizedStep(W, gradW, learningRate, lambda)', got, regularizedStep(W, gradW, learningRate, lambda));
  return showInput(outcome, { W, gradW, learningRate, lambda }, visible);
}

/** Random sizes from 1×1 to 20×30, with the two sides often different. */
const randomSize = (rng: Rng): [number, number] => [randomInt(rng, 1, 20), randomInt(rng, 1, 30)];

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    async run({ student }) {
      const W = [[1, 2], [0, -2]];
      const step: StepInput = { W, gradW: [[0.5, -1], [0.2, 0]], learningRate: 0.1, lambda: 0.2 };
      return firstFailure(
        await comparePenalty(student, W, 0.1, true),
        await compareStep(student, step, true),
      );
    },
  },
  'penalty-random': {
    title: { fr: 'Pénalité sur des matrices aléatoires', en: 'Penalty on random matrices' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, () => {
        const W = randomMatrix(rng, randomInt(rng, 2, 5), randomInt(rng, 2, 5), -2, 2);
        return comparePenalty(student, W, Math.round(randomUniform(rng, 0.01, 1) * 100) / 100, true);
      }),
  },
  'step-random': {
    title: { fr: 'Pas régularisé sur des matrices aléatoires', en: 'Regularized step on random matrices' },
    visible: true,
    points: 2,
    run: ({ student, rng }) => everyTrial(3, () => compareStep(student, randomStep(rng, randomInt(rng, 2, 5), randomInt(rng, 2, 5)), true)),
  },
  'pure-decay': {
    title: { fr: 'Gradient nul : les poids rétrécissent de (1 − μλ)', en: 'Zero gradient: weights shrink by (1 − μλ)' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, () => {
        const [rows, cols] = randomSize(rng);
        const step = randomStep(rng, rows, cols);
        return compareStep(student, { ...step, gradW: step.W.map((row) => row.map(() => 0)) }, false);
      }),
  },
  'lambda-zero': {
    title: { fr: 'λ = 0 : pénalité nulle et pas de descente ordinaire', en: 'λ = 0: zero penalty and a plain step' },
    visible: false,
    points: 1,
    async run({ student, rng }) {
      const [rows, cols] = randomSize(rng);
      const step = { ...randomStep(rng, rows, cols), lambda: 0 };
      return firstFailure(await comparePenalty(student, step.W, 0, false), await compareStep(student, step, false));
    },
  },
  'random-shapes': {
    title: { fr: 'Formes variées (1×1, non carrées, grandes)', en: 'Varied shapes (1×1, non-square, large)' },
    visible: false,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(4, async (trial) => {
        const [rows, cols] = trial === 0 ? [1, 1] : randomSize(rng);
        const step = randomStep(rng, rows, cols);
        return firstFailure(await comparePenalty(student, step.W, step.lambda, false), await compareStep(student, step, false));
      }),
  },
});
