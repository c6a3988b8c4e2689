import {
  checkGradients,
  defineChecks,
  expectTensorClose,
  firstFailure,
  randomInt,
  randomTensor3,
  shuffled,
  type NestedNumbers,
  type Outcome,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { avgPool2d, globalAveragePool, maxPool2d, maxPool2dBackward } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';
import { channelOf, featureMapPlots, withPlots } from '../src/feature-map-plots';

interface Problem {
  x: number[][][];
  size: number;
  stride: number;
}

interface Ranges {
  side: [number, number];
  channels: [number, number];
  size: [number, number];
  stride: [number, number];
}

const SMALL: Ranges = { side: [2, 7], channels: [1, 3], size: [2, 3], stride: [1, 3] };

/**
 * An H×W×C tensor of distinct two-decimal values in [min, max] (so no pooling window has a tie, and
 * the maximum is at least 0.01 above the rest: a finite-difference step cannot change which one wins).
 */
function distinctTensor(rng: Rng, height: number, width: number, channels: number, min: number, max: number): number[][][] {
  const candidates: number[] = [];
  for (let k = Math.ceil(min * 100); k <= Math.floor(max * 100); k++) if (k % 100 !== 0) candidates.push(k / 100);
  const values = shuffled(rng, candidates).slice(0, height * width * channels);
  if (values.length < height * width * channels) throw new Error('distinctTensor: range too small for the tensor');
  return Array.from({ length: height }, (_, i) => Array.from({ length: width }, (_, j) => values.slice((i * width + j) * channels, (i * width + j + 1) * channels)));
}

/** Window size and stride, then an image with both sides at least the window size. */
function randomProblem(rng: Rng, ranges: Ranges, values: (h: number, w: number, c: number) => number[][][]): Problem {
  const [size, stride] = [randomInt(rng, ...ranges.size), randomInt(rng, ...ranges.stride)];
  const side = () => randomInt(rng, Math.max(size, ranges.side[0]), Math.max(size, ranges.side[1]));
  const [height, width] = [side(), side()];
  return { x: values(height, width, randomInt(rng, ...ranges.channels)), size, stride };
}

const spread = (rng: Rng) => (h: number, w: number, c: number) => distinctTensor(rng, h, w, c, -3, 3);

/** dY of the pooled output's shape. */
function upstreamGradient(rng: Rng, { x, size, stride }: Problem): number[][][] {
  const side = (n: number) => Math.floor((n - size) / stride) + 1;
  return randomTensor3(rng, side(x.length), side(x[0]!.length), x[0]![0]!.length);
}

/** Heatmaps of channel 0, for visible checks. */
function plotted(outcome: Outcome, label: string, got: unknown, expected: number[][][], visible: boolean): Outcome {
  if (!visible) return outcome;
  return withPlots(outcome, featureMapPlots({ fr: `canal 0 de ${label}`, en: `channel 0 of ${label}` }, channelOf(got), channelOf(expected)!));
}

async function compareMaxPool(student: StudentModule, { x, size, stride }: Problem, visible: boolean) {
  const label = `maxPool2d(x, ${size}, ${stride})`;
  const [got, expected] = [await student.maxPool2d!(x, size, stride), maxPool2d(x, size, stride)];
  return showInput(plotted(expectTensorClose(label, got, expected), label, got, expected, visible), { x, size, stride }, visible);
}

async function compareAvgPool(student: StudentModule, { x, size, stride }: Problem, visible: boolean) {
  const label = `avgPool2d(x, ${size}, ${stride})`;
  const [got, expected] = [await student.avgPool2d!(x, size, stride), avgPool2d(x, size, stride)];
  return showInput(plotted(expectTensorClose(label, got, expected), label, got, expected, visible), { x, size, stride }, visible);
}

async function compareBackward(student: StudentModule, { x, size, stride }: Problem, dY: number[][][], visible: boolean) {
  const label = `maxPool2dBackward(x, dY, ${size}, ${stride})`;
  const [got, expected] = [await student.maxPool2dBackward!(x, dY, size, stride), await maxPool2dBackward(x, dY, size, stride)];
  return showInput(plotted(expectTensorClose(label, got, expected), label, got, expected, visible), { x, dY, size, stride }, visible);
}

/** Σ dY ⊙ out, with out the student's own max pooling of x (a number, or NaN when out is malformed). */
async function weightedPool(student: StudentModule, x: number[][][], dY: number[][][], size: number, stride: number): Promise<number> {
  const out = (await student.maxPool2d!(x, size, stride)) as number[][][];
  let sum = 0;
  dY.forEach((row, i) => row.forEach((pixel, j) => pixel.forEach((g, c) => (sum += g * Number(out?.[i]?.[j]?.[c])))));
  return sum;
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    async run({ student }) {
      const x = [[1, 3, 2, 0], [3, 0, 1, 5], [-1, 2, 4, 4], [0, 1, 4, 2]].map((row) => row.map((v) => [v]));
      const dY = [[[10], [20]], [[30], [40]]];
      const outcome = firstFailure(
        expectTensorClose('maxPool2d(x, 2, 2)', await student.maxPool2d!(x, 2, 2), maxPool2d(x, 2, 2)),
        expectTensorClose('avgPool2d(x, 2, 2)', await student.avgPool2d!(x, 2, 2), avgPool2d(x, 2, 2)),
        expectTensorClose('globalAveragePool(x)', await student.globalAveragePool!(x), globalAveragePool(x)),
        expectTensorClose('maxPool2dBackward(x, dY, 2, 2)', await student.maxPool2dBackward!(x, dY, 2, 2), await maxPool2dBackward(x, dY, 2, 2)),
      );
      return showInput(outcome, { x, dY }, true);
    },
  },
  'max-pool-random': {
    title: { fr: 'Max pooling sur des images aléatoires', en: 'Max pooling on random images' },
    visible: true,
    points: 1,
    // Two channels or more first: each channel is pooled on its own.
    run: ({ student, rng }) =>
      everyTrial(3, (trial) => compareMaxPool(student, randomProblem(rng, { ...SMALL, channels: trial === 0 ? [2, 3] : [1, 3] }, spread(rng)), true)),
  },
  'avg-pool-random': {
    title: { fr: 'Pooling par moyenne sur des images aléatoires', en: 'Average pooling on random images' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, () => compareAvgPool(student, randomProblem(rng, SMALL, (h, w, c) => randomTensor3(rng, h, w, c)), true)),
  },
  'global-average': {
    title: { fr: 'Moyenne globale par canal', en: 'Global average per channel' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, async () => {
        const x = randomTensor3(rng, randomInt(rng, 1, 7), randomInt(rng, 2, 7), randomInt(rng, 1, 4));
        return showInput(expectTensorClose('globalAveragePool(x)', await student.globalAveragePool!(x), globalAveragePool(x)), { x }, true);
      }),
  },
  'max-pool-backward-random': {
    title: { fr: 'Gradient du max pooling (sans égalité)', en: 'Max-pooling gradient (no ties)' },
    visible: true,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(3, () => {
        const problem = randomProblem(rng, SMALL, spread(rng));
        return compareBackward(student, problem, upstreamGradient(rng, problem), true);
      }),
  },
  'odd-size-drops-edge': {
    title: { fr: 'Taille impaire : la fenêtre qui déborde est ignorée', en: 'Odd size: the window that runs past the edge is dropped' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, async () => {
        const odd = () => 2 * randomInt(rng, 1, 3) + 1;
        const problem = { x: distinctTensor(rng, odd(), odd(), randomInt(rng, 1, 2), -3, 3), size: 2, stride: 2 };
        return firstFailure(
          await compareMaxPool(student, problem, false),
          await compareAvgPool(student, problem, false),
          await compareBackward(student, problem, upstreamGradient(rng, problem), false),
        );
      }),
  },
  'all-negative': {
    title: { fr: 'Valeurs toutes négatives', en: 'All values negative' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => compareMaxPool(student, randomProblem(rng, SMALL, (h, w, c) => distinctTensor(rng, h, w, c, -5, -0.01)), false),
  },
  'overlapping-windows': {
    title: { fr: 'Fenêtres qui se chevauchent (pas < taille)', en: 'Overlapping windows (stride < size)' },
    visible: false,
    points: 1,
    // A single large maximum in the middle wins every window around it: its gradients must add up.
    run: ({ student, rng }) =>
      everyTrial(2, async (trial) => {
        const size = randomInt(rng, 2, 3);
        const stride: [number, number] = trial === 0 ? [1, 1] : [1, size - 1];
        const problem = randomProblem(rng, { side: [4, 7], channels: [1, 2], size: [size, size], stride }, spread(rng));
        problem.x[Math.floor(problem.x.length / 2)]![Math.floor(problem.x[0]!.length / 2)]![0] = 9.5;
        return firstFailure(
          await compareMaxPool(student, problem, false),
          await compareAvgPool(student, problem, false),
          await compareBackward(student, problem, upstreamGradient(rng, problem), false),
        );
      }),
  },
  'backward-ties': {
    title: { fr: 'Égalités : seul le premier maximum reçoit le gradient', en: 'Ties: only the first maximum gets the gradient' },
    visible: false,
    points: 2,
    // Small integers tie often; exact values, so the tie rule alone decides.
    run: ({ student, rng }) =>
      everyTrial(3, (trial) => {
        const ints = (h: number, w: number, c: number) => randomTensor3(rng, h, w, c).map((row) => row.map((pixel) => pixel.map(() => randomInt(rng, 0, 2))));
        const problem =
          trial === 0
            ? { x: [[[1], [1]], [[1], [1]]], size: 2, stride: 2 } // one window, four equal values
            : randomProblem(rng, { ...SMALL, side: [3, 6] }, ints);
        return compareBackward(student, problem, upstreamGradient(rng, problem), false);
      }),
  },
  'gradient-check': {
    title: { fr: 'Vérification du gradient par différences finies', en: 'Gradient check by finite differences' },
    visible: false,
    points: 1,
    // Finite differences of L(x) = Σ dY ⊙ maxPool2d(x) with your own maxPool2d, against your maxPool2dBackward.
    run: ({ student, rng }) =>
      everyTrial(2, async () => {
        const problem = randomProblem(rng, SMALL, spread(rng));
        const { x, size, stride } = problem;
        const dY = upstreamGradient(rng, problem);
        const outcome = await checkGradients({
          label: `maxPool2dBackward(x, dY, ${size}, ${stride})`,
          parameters: { x },
          loss: ({ x: moved }: Record<string, NestedNumbers>) => weightedPool(student, moved as number[][][], dY, size, stride),
          analytic: { x: await student.maxPool2dBackward!(x, dY, size, stride) },
          reference: { x: await maxPool2dBackward(x, dY, size, stride) },
          gradientNames: { x: 'dX' },
          rng,
        });
        return showInput(outcome, { x, dY, size, stride }, false);
      }),
  },
});
