import {
  defineChecks,
  expectTensorClose,
  randomInt,
  randomTensor3,
  randomTensor4,
  randomVector,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { conv2dMulti } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';
import { channelOf, featureMapPlots, withPlots } from '../src/feature-map-plots';

interface Problem {
  x: number[][][];
  kernels: number[][][][];
  bias: number[];
  stride: number;
  padding: number;
}

/** Compares with tf.conv2d plus the bias; visible checks also show output channel 0 as heatmaps. */
async function compareOn(student: StudentModule, problem: Problem, visible: boolean) {
  const { x, kernels, bias, stride, padding } = problem;
  const got = await student.conv2dMulti!(x, kernels, bias, stride, padding);
  const expected = conv2dMulti(x, kernels, bias, stride, padding);
  const label = `conv2dMulti(x, kernels, bias, ${stride}, ${padding})`;
  let outcome = expectTensorClose(label, got, expected);
  if (visible) {
    const name = { fr: `canal de sortie 0 de ${label}`, en: `output channel 0 of ${label}` };
    outcome = withPlots(outcome, featureMapPlots(name, channelOf(got), channelOf(expected)!));
  }
  return showInput(outcome, { ...problem }, visible);
}

interface Ranges {
  side: [number, number];
  kernel: [number, number];
  inChannels: [number, number];
  outChannels: [number, number];
  stride: [number, number];
  padding: [number, number];
}

/** A random layer and image; kernel sides are at most the padded image's. */
function randomProblem(rng: Rng, ranges: Ranges): Problem {
  const [stride, padding] = [randomInt(rng, ...ranges.stride), randomInt(rng, ...ranges.padding)];
  const [height, width] = [randomInt(rng, ...ranges.side), randomInt(rng, ...ranges.side)];
  const [cin, cout] = [randomInt(rng, ...ranges.inChannels), randomInt(rng, ...ranges.outChannels)];
  const kernelSide = (n: number) => randomInt(rng, ranges.kernel[0], Math.max(ranges.kernel[0], Math.min(ranges.kernel[1], n + 2 * padding)));
  const [kh, kw] = [kernelSide(height), kernelSide(width)];
  return {
    x: randomTensor3(rng, height, width, cin),
    kernels: randomTensor4(rng, kh, kw, cin, cout),
    bias: randomVector(rng, cout),
    stride,
    padding,
  };
}

const SMALL: Ranges = { side: [3, 6], kernel: [2, 3], inChannels: [1, 3], outChannels: [1, 3], stride: [1, 1], padding: [0, 1] };

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    run: ({ student }) => {
      // Channel 0 of the image is [[1, 2, 0], [0, 1, 3], [2, 1, 0]], channel 1 is all ones.
      const x = [[[1, 1], [2, 1], [0, 1]], [[0, 1], [1, 1], [3, 1]], [[2, 1], [1, 1], [0, 1]]];
      // Filter 0 is [[1, 0], [0, −1]] on channel 0 and 0 on channel 1; filter 1 adds up channel 1.
      const kernels = [[[[1, 0], [0, 1]], [[0, 0], [0, 1]]], [[[0, 0], [0, 1]], [[-1, 0], [0, 1]]]];
      return compareOn(student, { x, kernels, bias: [0.5, -1], stride: 1, padding: 0 }, true);
    },
  },
  'random-small': {
    title: { fr: 'Petites couches aléatoires', en: 'Small random layers' },
    visible: true,
    points: 2,
    run: ({ student, rng }) => everyTrial(3, () => compareOn(student, randomProblem(rng, SMALL), true)),
  },
  'channels-differ': {
    title: { fr: 'Nombres de canaux d’entrée et de sortie différents', en: 'Different numbers of input and output channels' },
    visible: true,
    points: 1,
    // More inputs than outputs, then more outputs than inputs: a swapped channel axis cannot be right on both.
    run: ({ student, rng }) =>
      everyTrial(2, (trial) => {
        const [cin, cout] = trial === 0 ? [3, 2] : [2, 4];
        return compareOn(student, randomProblem(rng, { ...SMALL, inChannels: [cin, cin], outChannels: [cout, cout] }), true);
      }),
  },
  'bias-per-output-channel': {
    title: { fr: 'Un biais par canal de sortie', en: 'One bias per output channel' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => {
      const problem = randomProblem(rng, { ...SMALL, inChannels: [2, 3], outChannels: [2, 4] });
      return compareOn(student, { ...problem, bias: randomVector(rng, problem.bias.length, 2, 5) }, false);
    },
  },
  'stride-and-padding': {
    title: { fr: 'Pas et bourrage', en: 'Stride and padding' },
    visible: false,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(4, () =>
        compareOn(student, randomProblem(rng, { side: [1, 9], kernel: [1, 4], inChannels: [1, 3], outChannels: [1, 3], stride: [1, 3], padding: [0, 2] }), false),
      ),
  },
  'one-by-one-kernel': {
    title: { fr: 'Noyau 1×1 (mélange des canaux)', en: '1×1 kernel (channel mixing)' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      compareOn(student, randomProblem(rng, { ...SMALL, kernel: [1, 1], inChannels: [2, 4], outChannels: [2, 4], padding: [0, 0] }), false),
  },
  'rgb-image': {
    title: { fr: 'Image 12×12 en couleurs, 8 filtres 3×3', en: '12×12 colour image, 8 filters of 3×3' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      compareOn(student, { x: randomTensor3(rng, 12, 12, 3, 0, 1), kernels: randomTensor4(rng, 3, 3, 3, 8), bias: randomVector(rng, 8), stride: 1, padding: 1 }, false),
  },
});
