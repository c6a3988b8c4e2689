import { defineChecks, expectMatrixClose, randomInt, randomMatrix, type Rng, type StudentModule } from '@dl/graders';
import { conv2d } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';
import { featureMapPlots, withPlots } from '../src/feature-map-plots';

interface Problem {
  image: number[][];
  kernel: number[][];
  /** Left out (undefined) to test the defaults stride 1 and padding 0. */
  stride?: number;
  padding?: number;
}

/**
 * Calls the student and compares with TensorFlow.js's conv2d; visible checks also get heatmaps of the
 * expected output and the student's.
 */
async function compareOn(student: StudentModule, { image, kernel, stride, padding }: Problem, visible: boolean) {
  const explicit = stride !== undefined && padding !== undefined;
  const got = explicit ? await student.conv2d!(image, kernel, stride, padding) : await student.conv2d!(image, kernel);
  const expected = conv2d(image, kernel, stride ?? 1, padding ?? 0);
  const label = explicit ? `conv2d(image, kernel, ${stride}, ${padding})` : 'conv2d(image, kernel)';
  let outcome = expectMatrixClose(label, got, expected);
  if (visible) outcome = withPlots(outcome, featureMapPlots({ fr: label, en: label }, got, expected));
  return showInput(outcome, explicit ? { image, kernel, stride, padding } : { image, kernel }, visible);
}

interface Ranges {
  side: [number, number];
  kernel: [number, number];
  stride: [number, number];
  padding: [number, number];
}

/** A random image and kernel, sizes drawn independently for height and width, with k ≤ n + 2p. */
function randomProblem(rng: Rng, ranges: Ranges): Problem {
  const [stride, padding] = [randomInt(rng, ...ranges.stride), randomInt(rng, ...ranges.padding)];
  const [height, width] = [randomInt(rng, ...ranges.side), randomInt(rng, ...ranges.side)];
  const kernelSide = (n: number) => randomInt(rng, ranges.kernel[0], Math.max(ranges.kernel[0], Math.min(ranges.kernel[1], n + 2 * padding)));
  const [kh, kw] = [kernelSide(height), kernelSide(width)];
  return { image: randomMatrix(rng, height, width), kernel: randomMatrix(rng, kh, kw), stride, padding };
}

const PLAIN: Ranges = { side: [3, 8], kernel: [2, 3], stride: [1, 1], padding: [0, 0] };

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemples de l’énoncé', en: 'Statement examples' },
    visible: true,
    points: 1,
    run: ({ student }) => {
      const image = [[1, 2, 0, 1], [0, 1, 3, 1], [2, 1, 0, 0], [1, 0, 1, 2]];
      const kernel = [[1, 0], [0, -1]];
      const problems: Problem[] = [{ image, kernel }, { image, kernel, stride: 2, padding: 1 }];
      return everyTrial(problems.length, (trial) => compareOn(student, problems[trial]!, true));
    },
  },
  'default-arguments': {
    title: { fr: 'Valeurs par défaut : pas 1, bourrage 0', en: 'Defaults: stride 1, padding 0' },
    visible: true,
    points: 1,
    run: ({ student, rng }) => {
      const { image, kernel } = randomProblem(rng, PLAIN);
      return compareOn(student, { image, kernel }, true);
    },
  },
  'random-no-padding': {
    title: { fr: 'Images et noyaux aléatoires (pas 1, sans bourrage)', en: 'Random images and kernels (stride 1, no padding)' },
    visible: true,
    points: 2,
    run: ({ student, rng }) => everyTrial(3, () => compareOn(student, randomProblem(rng, { ...PLAIN, kernel: [2, 4] }), true)),
  },
  stride: {
    title: { fr: 'Pas supérieur à 1', en: 'Stride above 1' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, () => compareOn(student, randomProblem(rng, { side: [5, 10], kernel: [2, 3], stride: [2, 3], padding: [0, 0] }), true)),
  },
  padding: {
    title: { fr: 'Bourrage de zéros', en: 'Zero padding' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, () => compareOn(student, randomProblem(rng, { side: [3, 7], kernel: [2, 3], stride: [1, 1], padding: [1, 2] }), true)),
  },
  'stride-and-padding': {
    title: { fr: 'Pas et bourrage ensemble', en: 'Stride and padding together' },
    visible: false,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(5, () => compareOn(student, randomProblem(rng, { side: [1, 10], kernel: [1, 4], stride: [1, 3], padding: [0, 2] }), false)),
  },
  'one-by-one-kernel': {
    title: { fr: 'Noyau 1×1', en: '1×1 kernel' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => compareOn(student, randomProblem(rng, { side: [2, 6], kernel: [1, 1], stride: [1, 2], padding: [0, 1] }), false),
  },
  'kernel-covers-image': {
    title: { fr: 'Noyau aussi grand que l’image (bourrée)', en: 'Kernel as large as the (padded) image' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, (trial) => {
        const [height, width, padding] = [randomInt(rng, 1, 5), randomInt(rng, 1, 5), trial];
        const kernel = randomMatrix(rng, height + 2 * padding, width + 2 * padding);
        return compareOn(student, { image: randomMatrix(rng, height, width), kernel, stride: randomInt(rng, 1, 3), padding }, false);
      }),
  },
  'large-image': {
    title: { fr: 'Image 28×28, noyau 5×5', en: '28×28 image, 5×5 kernel' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      compareOn(student, { image: randomMatrix(rng, 28, 28), kernel: randomMatrix(rng, 5, 5), stride: randomInt(rng, 1, 2), padding: 2 }, false),
  },
});
