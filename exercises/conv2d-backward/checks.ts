import {
  checkGradients,
  defineChecks,
  expectTensorClose,
  firstFailure,
  randomInt,
  randomTensor3,
  randomTensor4,
  type NestedNumbers,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { conv2dBackward, conv2dMultiFloat64 } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';
import { channelOf, featureMapPlots, withPlots } from '../src/feature-map-plots';

interface Problem {
  x: number[][][];
  kernels: number[][][][];
  dY: number[][][];
  stride: number;
  padding: number;
}

const callLabel = ({ stride, padding }: Problem) => `conv2dBackward(x, kernels, dY, ${stride}, ${padding})`;

/** A field of whatever the student returned (undefined when it is not an object). */
function field(result: unknown, name: string): unknown {
  return typeof result === 'object' && result !== null ? (result as Record<string, unknown>)[name] : undefined;
}

/** dX, dK and dBias against tf.grads of tf.conv2d; visible checks also show channel 0 of dX as heatmaps. */
async function compareAll(student: StudentModule, problem: Problem, visible: boolean) {
  const { x, kernels, dY, stride, padding } = problem;
  const got = await student.conv2dBackward!(x, kernels, dY, stride, padding);
  const want = await conv2dBackward(x, kernels, dY, stride, padding);
  const label = callLabel(problem);
  let outcome = firstFailure(
    expectTensorClose(`${label}.dBias`, field(got, 'dBias'), want.dBias),
    expectTensorClose(`${label}.dK`, field(got, 'dK'), want.dK),
    expectTensorClose(`${label}.dX`, field(got, 'dX'), want.dX),
  );
  if (visible) {
    const name = { fr: `canal 0 de ${label}.dX`, en: `channel 0 of ${label}.dX` };
    outcome = withPlots(outcome, featureMapPlots(name, channelOf(field(got, 'dX')), channelOf(want.dX)!));
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

/** A random layer, input and upstream gradient dY of the output's shape. */
function randomProblem(rng: Rng, ranges: Ranges): Problem {
  const [stride, padding] = [randomInt(rng, ...ranges.stride), randomInt(rng, ...ranges.padding)];
  const [height, width] = [randomInt(rng, ...ranges.side), randomInt(rng, ...ranges.side)];
  const [cin, cout] = [randomInt(rng, ...ranges.inChannels), randomInt(rng, ...ranges.outChannels)];
  const kernelSide = (n: number) => randomInt(rng, ranges.kernel[0], Math.max(ranges.kernel[0], Math.min(ranges.kernel[1], n + 2 * padding)));
  const [kh, kw] = [kernelSide(height), kernelSide(width)];
  const outSide = (n: number, k: number) => Math.floor((n - k + 2 * padding) / stride) + 1;
  return {
    x: randomTensor3(rng, height, width, cin),
    kernels: randomTensor4(rng, kh, kw, cin, cout),
    dY: randomTensor3(rng, outSide(height, kh), outSide(width, kw), cout),
    stride,
    padding,
  };
}

const SMALL: Ranges = { side: [3, 6], kernel: [2, 3], inChannels: [1, 3], outChannels: [1, 3], stride: [1, 1], padding: [0, 1] };

/** Σ dY ⊙ Y in float64: its gradient with respect to x, kernels or bias is exactly what conv2dBackward returns. */
function weightedOutput(x: NestedNumbers, kernels: NestedNumbers, bias: number[], { dY, stride, padding }: Problem): number {
  const y = conv2dMultiFloat64(x as number[][][], kernels as number[][][][], bias, stride, padding);
  let sum = 0;
  y.forEach((row, i) => row.forEach((pixel, j) => pixel.forEach((value, o) => (sum += value * dY[i]![j]![o]!))));
  return sum;
}

/**
 * Finite differences of L = Σ dY ⊙ conv(x, kernels, bias), computed in float64 (the exercise has no
 * forward export of its own), against the student's gradient for one argument, which is also compared
 * with the TensorFlow.js reference.
 */
function gradientCheck(argument: 'x' | 'kernels' | 'bias', title: { fr: string; en: string }) {
  const gradient = { x: 'dX', kernels: 'dK', bias: 'dBias' }[argument];
  return {
    title,
    visible: false,
    points: 1,
    run: ({ student, rng }: { student: StudentModule; rng: Rng }) =>
      everyTrial(2, async () => {
        const problem = randomProblem(rng, { ...SMALL, stride: [1, 2] });
        const { x, kernels, dY, stride, padding } = problem;
        const bias = kernels[0]![0]![0]!.map(() => 0);
        const point = { x, kernels, bias };
        const got = await student.conv2dBackward!(x, kernels, dY, stride, padding);
        const outcome = await checkGradients({
          label: callLabel(problem),
          parameters: { [argument]: point[argument] },
          loss: async (moved) => {
            const at = { ...point, ...moved };
            return weightedOutput(at.x, at.kernels, at.bias as number[], problem);
          },
          analytic: { [argument]: field(got, gradient) },
          reference: { [argument]: (await conv2dBackward(x, kernels, dY, stride, padding))[gradient as 'dX' | 'dK' | 'dBias'] },
          gradientNames: { [argument]: gradient },
          rng,
        });
        return showInput(outcome, { ...problem }, false);
      }),
  };
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    run: ({ student }) => {
      const x = [[[1], [2], [0]], [[0], [1], [3]], [[2], [1], [0]]];
      const kernels = [[[[1]], [[0]]], [[[0]], [[-1]]]];
      return compareAll(student, { x, kernels, dY: [[[1], [0]], [[0], [2]]], stride: 1, padding: 0 }, true);
    },
  },
  'random-small': {
    title: { fr: 'Petites couches aléatoires', en: 'Small random layers' },
    visible: true,
    points: 2,
    run: ({ student, rng }) => everyTrial(3, () => compareAll(student, randomProblem(rng, SMALL), true)),
  },
  'stride-and-padding': {
    title: { fr: 'Pas et bourrage', en: 'Stride and padding' },
    visible: true,
    points: 2,
    // Stride 2 with padding 1 first (both matter there), then anything, including strides that leave pixels out.
    run: ({ student, rng }) =>
      everyTrial(3, (trial) =>
        compareAll(student, randomProblem(rng, { ...SMALL, side: [4, 8], stride: trial === 0 ? [2, 2] : [1, 3], padding: trial === 0 ? [1, 1] : [0, 2] }), true),
      ),
  },
  'channels-differ': {
    title: { fr: 'Nombres de canaux d’entrée et de sortie différents', en: 'Different numbers of input and output channels' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, (trial) => {
        const [cin, cout] = trial === 0 ? [3, 2] : [2, 4];
        return compareAll(student, randomProblem(rng, { ...SMALL, inChannels: [cin, cin], outChannels: [cout, cout] }), false);
      }),
  },
  'larger-layer': {
    title: { fr: 'Couche plus grande', en: 'Larger layer' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      compareAll(student, randomProblem(rng, { side: [10, 14], kernel: [3, 5], inChannels: [3, 4], outChannels: [4, 6], stride: [1, 2], padding: [0, 2] }), false),
  },
  'gradient-check-dx': gradientCheck('x', { fr: 'Vérification de dX par différences finies', en: 'dX checked by finite differences' }),
  'gradient-check-dk': gradientCheck('kernels', { fr: 'Vérification de dK par différences finies', en: 'dK checked by finite differences' }),
  'gradient-check-dbias': gradientCheck('bias', { fr: 'Vérification de dBias par différences finies', en: 'dBias checked by finite differences' }),
});
