import {
  defineChecks,
  expectVectorClose,
  randomInt,
  randomMatrix,
  randomTensor3,
  randomTensor4,
  randomVector,
  type Outcome,
  type Plot,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { cnnForward, type CnnParameters } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';
import { withPlots } from '../src/feature-map-plots';

interface Problem {
  image: number[][][];
  p: CnnParameters;
}

/** The expected class probabilities and the student's, as two series over the class index. */
function probabilityPlot(got: unknown, expected: number[]): Plot {
  const series = [{ name: 'attendu / expected', points: expected.map((v, k): [number, number] => [k, v]) }];
  if (Array.isArray(got) && got.length === expected.length && got.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    series.push({ name: 'obtenu / got', points: (got as number[]).map((v, k): [number, number] => [k, v]) });
  }
  return { kind: 'scatter', title: { fr: 'Probabilités des classes', en: 'Class probabilities' }, series, xLabel: 'classe / class', yLabel: 'p' };
}

/**
 * Calls the student and compares with the TensorFlow.js network. `referenceP` lets a check hand the
 * reference parameters that differ only by a common shift of the logits (softmax ignores it).
 */
async function compareOn(student: StudentModule, { image, p }: Problem, visible: boolean, referenceP: CnnParameters = p): Promise<Outcome> {
  const got = await student.cnnForward!(image, p);
  const expected = cnnForward(image, referenceP);
  let outcome = expectVectorClose('cnnForward(image, p)', got, expected);
  if (visible) outcome = withPlots(outcome, [probabilityPlot(got, expected)]);
  return showInput(outcome, { image, p }, visible);
}

interface Sizes {
  height: number;
  width: number;
  inChannels: number;
  filters: number;
  classes: number;
}

/** A random image (pixels in [0, 1]) and network; W has one row per value of the pooled maps. */
function randomProblem(rng: Rng, { height, width, inChannels, filters, classes }: Sizes, convBias?: [number, number]): Problem {
  const flat = Math.floor(height / 2) * Math.floor(width / 2) * filters;
  return {
    image: randomTensor3(rng, height, width, inChannels, 0, 1),
    p: {
      kernels: randomTensor4(rng, 3, 3, inChannels, filters, -0.5, 0.5),
      convBias: randomVector(rng, filters, ...(convBias ?? [-0.5, 0.5])),
      W: randomMatrix(rng, flat, classes, -0.5, 0.5),
      b: randomVector(rng, classes, -0.5, 0.5),
    },
  };
}

const even = (rng: Rng, min: number, max: number) => 2 * randomInt(rng, min / 2, max / 2);
const odd = (rng: Rng, min: number, max: number) => 2 * randomInt(rng, (min - 1) / 2, (max - 1) / 2) + 1;

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    run: ({ student }) => {
      const image = [[1, -2, 0, 3], [-1, 0.5, 2, -3], [0, 1, -1, -2], [2, -0.5, 1, 0]].map((row) => row.map((v) => [v]));
      // Filter 0 copies the image, filter 1 negates it (a 1 or −1 at the centre of the 3×3 kernel).
      const kernels = [0, 1, 2].map((u) => [0, 1, 2].map((v) => [u === 1 && v === 1 ? [1, -1] : [0, 0]]));
      const W = [[1, 0], [0, 1], [1, 0], [0, 1], [1, 0], [0, 1], [1, 0], [0, 1]];
      return compareOn(student, { image, p: { kernels, convBias: [0, 0], W, b: [0, 0.5] } }, true);
    },
  },
  'random-small': {
    title: { fr: 'Petits réseaux aléatoires', en: 'Small random networks' },
    visible: true,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(3, () => {
        const sizes = { height: even(rng, 2, 6), width: even(rng, 2, 6), inChannels: randomInt(rng, 1, 3), filters: randomInt(rng, 1, 3), classes: randomInt(rng, 2, 4) };
        return compareOn(student, randomProblem(rng, sizes), true);
      }),
  },
  'channels-last-flatten': {
    title: { fr: 'Aplatissement dans l’ordre [H][W][C]', en: 'Flattening in [H][W][C] order' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      compareOn(student, randomProblem(rng, { height: even(rng, 4, 6), width: even(rng, 4, 6), inChannels: 2, filters: randomInt(rng, 2, 4), classes: 3 }), false),
  },
  'odd-size': {
    title: { fr: 'Taille impaire : la dernière ligne et la dernière colonne sont ignorées par le pooling', en: 'Odd size: pooling drops the last row and column' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, () => compareOn(student, randomProblem(rng, { height: odd(rng, 3, 7), width: odd(rng, 3, 7), inChannels: randomInt(rng, 1, 2), filters: 2, classes: 3 }), false)),
  },
  'relu-applied': {
    title: { fr: 'ReLU entre convolution et pooling', en: 'ReLU between convolution and pooling' },
    visible: false,
    points: 1,
    // Strongly negative biases: most pre-activations are negative, so leaving out the ReLU changes everything.
    run: ({ student, rng }) =>
      compareOn(student, randomProblem(rng, { height: 4, width: 4, inChannels: 1, filters: 2, classes: 3 }, [-2, -1]), false),
  },
  'large-logits': {
    title: { fr: 'Softmax stable pour des logits de ±1000', en: 'Stable softmax for logits of ±1000' },
    visible: false,
    points: 1,
    // b is shifted by ±1000; the reference gets the unshifted b (same probabilities), which float32 holds exactly.
    run: ({ student, rng }) =>
      everyTrial(2, (trial) => {
        const problem = randomProblem(rng, { height: 4, width: 4, inChannels: 1, filters: 2, classes: 3 });
        const shift = trial === 0 ? 1000 : -1000;
        const shifted = { ...problem, p: { ...problem.p, b: problem.p.b.map((v) => v + shift) } };
        return compareOn(student, shifted, false, problem.p);
      }),
  },
  'rectangular-image': {
    title: { fr: 'Image rectangulaire', en: 'Rectangular image' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, (trial) => {
        const [long, short] = [even(rng, 6, 10), even(rng, 2, 4)];
        const [height, width] = trial === 0 ? [long, short] : [short, long];
        return compareOn(student, randomProblem(rng, { height, width, inChannels: randomInt(rng, 1, 3), filters: randomInt(rng, 1, 3), classes: 2 }), false);
      }),
  },
  'mnist-sized': {
    title: { fr: 'Image 28×28, 4 filtres, 10 classes', en: '28×28 image, 4 filters, 10 classes' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => compareOn(student, randomProblem(rng, { height: 28, width: 28, inChannels: 1, filters: 4, classes: 10 }), false),
  },
});
