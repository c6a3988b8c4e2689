import { defineChecks, expectExactEqual, randomInt, redrawUntil, type Rng, type StudentModule } from '@dl/graders';
import { convOutputSize } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';

/** inputSize, kernelSize, stride, padding. */
type Case = [number, number, number, number];

/** Calls the student on one case and compares with the shape TensorFlow.js gives conv2d. */
async function compareOn(student: StudentModule, [n, k, s, p]: Case, visible: boolean) {
  const got = await student.convOutputSize!(n, k, s, p);
  const outcome = expectExactEqual(`convOutputSize(${n}, ${k}, ${s}, ${p})`, got, convOutputSize(n, k, s, p));
  return showInput(outcome, { inputSize: n, kernelSize: k, stride: s, padding: p }, visible);
}

/** Any valid case: k ≤ n + 2p. */
function randomCase(rng: Rng): Case {
  const [n, p, s] = [randomInt(rng, 1, 500), randomInt(rng, 0, 5), randomInt(rng, 1, 6)];
  return [n, randomInt(rng, 1, Math.min(n + 2 * p, 11)), s, p];
}

/**
 * A case where the stride does not divide n + 2p − k, with a remainder of at least half the stride:
 * flooring, rounding and rounding up then give three different answers.
 */
function unevenCase(rng: Rng): Case {
  const draw = (r: Rng): Case => {
    const [s, k, p] = [randomInt(r, 2, 5), randomInt(r, 2, 7), randomInt(r, 0, 2)];
    const remainder = randomInt(r, Math.ceil(s / 2), s - 1);
    return [k - 2 * p + randomInt(r, 0, 20) * s + remainder, k, s, p];
  };
  return redrawUntil(rng, draw, ([n]) => n >= 1);
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemples de l’énoncé', en: 'Statement examples' },
    visible: true,
    points: 1,
    run: ({ student }) => {
      const cases: Case[] = [[5, 3, 1, 0], [7, 3, 2, 1], [28, 5, 1, 2], [6, 3, 2, 0]];
      return everyTrial(cases.length, (trial) => compareOn(student, cases[trial]!, true));
    },
  },
  'no-padding-stride-one': {
    title: { fr: 'Sans bourrage, pas de 1', en: 'No padding, stride 1' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(4, () => {
        const n = randomInt(rng, 3, 64);
        return compareOn(student, [n, randomInt(rng, 1, n), 1, 0], true);
      }),
  },
  'stride-not-dividing': {
    title: { fr: 'Pas qui ne tombe pas juste (arrondi vers le bas)', en: 'Stride that does not fit evenly (round down)' },
    visible: true,
    points: 2,
    run: ({ student, rng }) => everyTrial(4, () => compareOn(student, unevenCase(rng), true)),
  },
  'padding-both-sides': {
    title: { fr: 'Bourrage des deux côtés', en: 'Padding on both sides' },
    visible: false,
    points: 1,
    // Stride 1 first: there, forgetting one side of the padding is always off by p.
    run: ({ student, rng }) =>
      everyTrial(4, (trial) => {
        const [n, p] = [randomInt(rng, 4, 64), randomInt(rng, 1, 4)];
        return compareOn(student, [n, randomInt(rng, 1, Math.min(n, 7)), trial === 0 ? 1 : randomInt(rng, 1, 3), p], false);
      }),
  },
  'random-cases': {
    title: { fr: 'Cas aléatoires', en: 'Random cases' },
    visible: false,
    points: 2,
    run: ({ student, rng }) => everyTrial(10, () => compareOn(student, randomCase(rng), false)),
  },
  'kernel-fills-input': {
    title: { fr: 'Noyau aussi grand que l’entrée bourrée', en: 'Kernel as large as the padded input' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => {
      const [n, p] = [randomInt(rng, 1, 30), randomInt(rng, 0, 3)];
      const cases: Case[] = [[n, n + 2 * p, randomInt(rng, 1, 4), p], [1, 1, randomInt(rng, 2, 5), 0]];
      return everyTrial(cases.length, (trial) => compareOn(student, cases[trial]!, false));
    },
  },
  'large-input': {
    title: { fr: 'Grandes tailles', en: 'Large sizes' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, () => compareOn(student, [randomInt(rng, 10_000, 1_000_000), randomInt(rng, 1, 15), randomInt(rng, 1, 8), randomInt(rng, 0, 7)], false)),
  },
});
