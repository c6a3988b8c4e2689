import { defineChecks, expectMatrixClose, randomInt, randomMatrix, randomVector, type Rng, type StudentModule } from '@dl/graders';
import { dense } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';

/** Calls the student on one input and compares with the TensorFlow.js reference. */
async function compareOn(student: StudentModule, X: number[][], W: number[][], b: number[], visible: boolean) {
  const got = await student.denseForward!(X, W, b);
  return showInput(expectMatrixClose('denseForward(X, W, b)', got, dense(X, W, b)), { X, W, b }, visible);
}

/** A random layer: batch×in inputs, in×out weights, out biases, values in [−1, 1]. */
function randomLayer(rng: Rng, batch: number, inputs: number, outputs: number) {
  return { X: randomMatrix(rng, batch, inputs), W: randomMatrix(rng, inputs, outputs), b: randomVector(rng, outputs) };
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    run: ({ student }) => compareOn(student, [[1, 2, 3], [0, -1, 4]], [[1, 0], [0, 1], [1, 1]], [0.5, -0.5], true),
  },
  'random-small': {
    title: { fr: 'Petites formes aléatoires', en: 'Small random shapes' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, () => {
        const { X, W, b } = randomLayer(rng, randomInt(rng, 2, 4), randomInt(rng, 2, 4), randomInt(rng, 2, 4));
        return compareOn(student, X, W, b, true);
      }),
  },
  'random-shapes': {
    title: { fr: 'Formes aléatoires', en: 'Random shapes' },
    visible: false,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(5, () => {
        const { X, W, b } = randomLayer(rng, randomInt(rng, 1, 8), randomInt(rng, 1, 8), randomInt(rng, 1, 8));
        return compareOn(student, X, W, b, false);
      }),
  },
  'single-sample': {
    title: { fr: 'Un seul exemple (batch de 1)', en: 'A single sample (batch of 1)' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => {
      const { X, W, b } = randomLayer(rng, 1, randomInt(rng, 2, 6), randomInt(rng, 2, 6));
      return compareOn(student, X, W, b, false);
    },
  },
  'one-by-one': {
    title: { fr: 'Couche 1×1', en: '1×1 layer' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => {
      const { X, W, b } = randomLayer(rng, 1, 1, 1);
      return compareOn(student, X, W, b, false);
    },
  },
  'non-square': {
    title: { fr: 'W non carrée (in ≠ out)', en: 'Non-square W (in ≠ out)' },
    visible: false,
    points: 1,
    // Both orientations: with in ≠ out, reading W the wrong way round gives the wrong shape.
    run: ({ student, rng }) =>
      everyTrial(2, (trial) => {
        const [small, large] = [randomInt(rng, 1, 3), randomInt(rng, 5, 8)];
        const [inputs, outputs] = trial === 0 ? [large, small] : [small, large];
        const { X, W, b } = randomLayer(rng, randomInt(rng, 2, 5), inputs, outputs);
        return compareOn(student, X, W, b, false);
      }),
  },
});
