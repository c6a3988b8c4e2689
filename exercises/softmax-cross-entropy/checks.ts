import {
  checkGradients,
  defineChecks,
  expectNumberClose,
  expectVectorClose,
  firstFailure,
  randomInt,
  randomUniform,
  randomVector,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { crossEntropy, softmax, softmaxCrossEntropyGrad } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';

/** Logits of random length with values in [−5, 5], and a label among them. */
function randomLogits(rng: Rng, minLength = 2, maxLength = 10) {
  const logits = randomVector(rng, randomInt(rng, minLength, maxLength), -5, 5);
  return { logits, label: randomInt(rng, 0, logits.length - 1) };
}

/** Logits within 4 of ±offset (so up to ±1e4 for an offset of 9996), and a label among them. */
function farLogits(rng: Rng, offset: number) {
  const logits = randomVector(rng, randomInt(rng, 2, 8), -4, 4).map((z) => z + offset);
  return { logits, label: randomInt(rng, 0, logits.length - 1) };
}

/**
 * z − max z, computed in float64. Softmax ignores a common shift, and the reference computes in float32,
 * which cannot hold 1e4 + 0.37 to better than 1e-3: large logits go to the reference shifted, where the
 * differences that matter are exact, so that a correct float64 answer is compared with the exact result.
 */
function shiftedByMax(logits: number[]): number[] {
  const max = Math.max(...logits);
  return logits.map((z) => z - max);
}

async function compareSoftmax(student: StudentModule, logits: number[], expected: number[], visible: boolean) {
  const outcome = expectVectorClose('softmax(z)', await student.softmax!(logits), expected);
  return showInput(outcome, { z: logits }, visible);
}

async function compareGradient(student: StudentModule, logits: number[], label: number, expected: number[], visible: boolean) {
  const got = await student.softmaxCrossEntropyGrad!(logits, label);
  return showInput(expectVectorClose('softmaxCrossEntropyGrad(z, label)', got, expected), { z: logits, label }, visible);
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    async run({ student }) {
      const z = [1, 2, 3];
      const p = softmax(z);
      const outcome = firstFailure(
        expectVectorClose('softmax([1, 2, 3])', await student.softmax!(z), p),
        expectNumberClose('crossEntropy(p, 2)', await student.crossEntropy!(p, 2), crossEntropy(p, 2)),
        expectVectorClose('softmaxCrossEntropyGrad([1, 2, 3], 2)', await student.softmaxCrossEntropyGrad!(z, 2), softmaxCrossEntropyGrad(z, 2)),
      );
      return showInput(outcome, { z, label: 2 }, true);
    },
  },
  'softmax-random': {
    title: { fr: 'Softmax sur des logits aléatoires', en: 'Softmax on random logits' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, () => {
        const { logits } = randomLogits(rng);
        return compareSoftmax(student, logits, softmax(logits), true);
      }),
  },
  'softmax-stable': {
    title: { fr: 'Softmax stable pour des logits de ±1000', en: 'Softmax stable for logits of ±1000' },
    visible: true,
    points: 1,
    run: ({ student }) =>
      everyTrial(3, async (trial) => {
        const logits = [[1000, 999, 998], [-1000, -1001, -999], [1000, -1000, 0]][trial]!;
        return compareSoftmax(student, logits, softmax(logits), true);
      }),
  },
  'softmax-extreme': {
    title: { fr: 'Softmax pour des logits jusqu’à ±1e4', en: 'Softmax for logits up to ±1e4' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(4, (trial) => {
        // Close to +1e4, close to −1e4 (all negative), then spread over the whole range.
        const { logits } =
          trial < 2
            ? farLogits(rng, (trial === 0 ? 1 : -1) * randomUniform(rng, 9e3, 9996))
            : { logits: randomVector(rng, randomInt(rng, 2, 8), -1e4, 1e4) };
        return compareSoftmax(student, logits, softmax(shiftedByMax(logits)), false);
      }),
  },
  'sums-to-one': {
    title: { fr: 'Les probabilités somment à 1', en: 'Probabilities sum to 1' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, async () => {
        const { logits } = randomLogits(rng, 20, 60);
        const probs = await student.softmax!(logits);
        const sum = Array.isArray(probs) ? probs.reduce((s: number, p) => s + Number(p), 0) : probs;
        return showInput(expectNumberClose('Σᵢ softmax(z)ᵢ', sum, 1), { z: logits }, false);
      }),
  },
  'cross-entropy-value': {
    title: { fr: 'Entropie croisée', en: 'Cross-entropy' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, async () => {
        const { logits, label } = randomLogits(rng);
        const probs = softmax(logits);
        const got = await student.crossEntropy!(probs, label);
        return showInput(expectNumberClose('crossEntropy(p, label)', got, crossEntropy(probs, label)), { p: probs, label }, true);
      }),
  },
  'cross-entropy-small-probability': {
    title: { fr: 'Entropie croisée d’une très petite probabilité (sans epsilon)', en: 'Cross-entropy of a tiny probability (no epsilon)' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, async () => {
        // p[label] between 1e-30 and 1e-8: an added epsilon of 1e-7 or more changes −log p by over 2.
        const tiny = 10 ** -randomUniform(rng, 8, 30);
        const classes = randomInt(rng, 2, 5);
        const label = randomInt(rng, 0, classes - 1);
        const probs = Array.from({ length: classes }, (_, i) => (i === label ? tiny : (1 - tiny) / (classes - 1)));
        const got = await student.crossEntropy!(probs, label);
        return showInput(expectNumberClose('crossEntropy(p, label)', got, crossEntropy(probs, label)), { p: probs, label }, false);
      }),
  },
  'gradient-value': {
    title: { fr: 'Gradient : softmax − one-hot', en: 'Gradient: softmax − one-hot' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, () => {
        const { logits, label } = randomLogits(rng);
        return compareGradient(student, logits, label, softmaxCrossEntropyGrad(logits, label), true);
      }),
  },
  'gradient-stable': {
    title: { fr: 'Gradient stable pour des logits jusqu’à ±1e4', en: 'Gradient stable for logits up to ±1e4' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, (trial) => {
        const { logits, label } = farLogits(rng, trial === 0 ? 9996 : -9996);
        return compareGradient(student, logits, label, softmaxCrossEntropyGrad(shiftedByMax(logits), label), false);
      }),
  },
  'gradient-check': {
    title: { fr: 'Vérification du gradient par différences finies', en: 'Gradient check by finite differences' },
    visible: false,
    points: 2,
    // The student's own J(z) = crossEntropy(softmax(z), label), differentiated numerically, must match
    // their analytic gradient, which must also match the reference.
    run: ({ student, rng }) =>
      everyTrial(2, async () => {
        const { logits, label } = randomLogits(rng, 2, 6);
        const outcome = await checkGradients({
          label: `softmaxCrossEntropyGrad(z, ${label})`,
          parameters: { z: logits },
          loss: async ({ z }) => (await student.crossEntropy!(await student.softmax!(z), label)) as number,
          analytic: { z: await student.softmaxCrossEntropyGrad!(logits, label) },
          reference: { z: softmaxCrossEntropyGrad(logits, label) },
          rng,
        });
        return showInput(outcome, { z: logits, label }, false);
      }),
  },
});
