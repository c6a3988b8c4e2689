import { defineChecks, expectNumberClose, randomInt, randomVector, redrawUntil, type Rng, type StudentModule } from '@dl/graders';
import { meanSquaredError } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';

/** Predictions and targets of length n with values in [−5, 5], not all equal (a zero MSE would hide a wrong factor). */
function randomPair(rng: Rng, n: number) {
  return redrawUntil(
    rng,
    (r) => ({ yPred: randomVector(r, n, -5, 5), yTrue: randomVector(r, n, -5, 5) }),
    ({ yPred, yTrue }) => yPred.some((p, i) => Math.abs(p - yTrue[i]!) > 0.1),
  );
}

async function compare(student: StudentModule, yPred: number[], yTrue: number[], visible: boolean) {
  const outcome = expectNumberClose('mse(yPred, yTrue)', await student.mse!(yPred, yTrue), meanSquaredError(yPred, yTrue));
  return showInput(outcome, { yPred, yTrue }, visible);
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    run: ({ student }) => compare(student, [2.5, 0, 2, 8], [3, -0.5, 2, 7], true),
  },
  'random-vectors': {
    title: { fr: 'Vecteurs aléatoires', en: 'Random vectors' },
    visible: true,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(3, () => {
        const { yPred, yTrue } = randomPair(rng, randomInt(rng, 3, 12));
        return compare(student, yPred, yTrue, true);
      }),
  },
  'small-sizes': {
    title: { fr: 'Un ou deux exemples', en: 'One or two samples' },
    visible: false,
    points: 1,
    // n = 1 and n = 2 expose a division by n − 1 (Infinity, then a factor 2).
    run: ({ student, rng }) => everyTrial(2, (trial) => {
      const { yPred, yTrue } = randomPair(rng, trial + 1);
      return compare(student, yPred, yTrue, false);
    }),
  },
  'perfect-prediction': {
    title: { fr: 'Prédiction parfaite : coût nul', en: 'Perfect prediction: zero cost' },
    visible: false,
    points: 1,
    async run({ student, rng }) {
      const y = randomVector(rng, randomInt(rng, 2, 10), -5, 5);
      return compare(student, y, [...y], false);
    },
  },
  'long-vectors': {
    title: { fr: 'Longs vecteurs', en: 'Long vectors' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, () => {
        const { yPred, yTrue } = randomPair(rng, randomInt(rng, 200, 1000));
        return compare(student, yPred, yTrue, false);
      }),
  },
});
