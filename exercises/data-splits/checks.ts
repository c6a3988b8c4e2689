import {
  defineChecks,
  expectBernoulliRate,
  expectExactEqual,
  firstFailure,
  randomInt,
  sandboxRng,
  text,
  type Outcome,
  type Plot,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { kFold, splitSizes } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';

type Fractions = [number, number, number];
type Split = { train: number[]; val: number[]; test: number[] };
const SETS = ['train', 'val', 'test'] as const;

/** Fractions of two-decimal values summing to 1, validation and test between 5 % and 30 %. */
function randomFractions(rng: Rng): Fractions {
  const val = randomInt(rng, 5, 30) / 100;
  const test = randomInt(rng, 5, 30) / 100;
  return [Math.round((1 - val - test) * 100) / 100, val, test];
}

const isIndexList = (value: unknown): value is number[] => Array.isArray(value) && value.every((v) => Number.isInteger(v));
const ascending = (values: number[]) => [...values].sort((a, b) => a - b);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Each set as a row of points (index, row number): where the split put every index. */
function splitPlot(split: Split): Plot {
  return {
    kind: 'scatter',
    title: text('Votre découpage : un point par indice', 'Your split: one point per index'),
    series: SETS.map((name, row) => ({ name, points: split[name].map((index): [number, number] => [index, row]) })),
    xLabel: 'indice / index',
    yLabel: 'train = 0, val = 1, test = 2',
  };
}

/** Calls the split; on success the result has three integer lists of the right sizes that partition 0..n−1. */
async function checkedSplit(student: StudentModule, n: number, fractions: Fractions, seed: number): Promise<{ split?: Split; outcome: Outcome }> {
  const label = `trainValTestSplit(${n}, [${fractions.join(', ')}], rng)`;
  const got = await student.trainValTestSplit!(n, fractions, sandboxRng(seed));
  if (typeof got !== 'object' || got === null || !SETS.every((name) => isIndexList((got as Record<string, unknown>)[name]))) {
    return { outcome: expectExactEqual(label, got, { train: [0], val: [0], test: [0] }) };
  }
  const split = got as Split;
  const sizes = splitSizes(n, fractions);
  const outcome = firstFailure(
    expectExactEqual(`${label} : tailles / sizes`, { train: split.train.length, val: split.val.length, test: split.test.length }, sizes),
    expectExactEqual(`${label} : train ∪ val ∪ test, triés / sorted`, ascending([...split.train, ...split.val, ...split.test]), range(n)),
  );
  return outcome.passed ? { split, outcome } : { outcome };
}

/** Every fold against the reference, test and train compared as sets (their order is not graded). */
async function compareFolds(student: StudentModule, n: number, k: number, visible: boolean): Promise<Outcome> {
  const label = `kFold(${n}, ${k})`;
  const got = await student.kFold!(n, k);
  const want = kFold(n, k);
  const gotFolds = Array.isArray(got) ? got : [];
  let outcome = expectExactEqual(`${label}.length`, Array.isArray(got) ? got.length : got, want.length);
  for (let i = 0; outcome.passed && i < want.length; i++) {
    const fold = gotFolds[i] as Record<string, unknown> | null;
    const sortedField = (name: string) => {
      const value = typeof fold === 'object' && fold !== null ? fold[name] : fold;
      return isIndexList(value) ? ascending(value) : value;
    };
    outcome = firstFailure(
      expectExactEqual(`${label}[${i}].test`, sortedField('test'), want[i]!.test),
      expectExactEqual(`${label}[${i}].train`, sortedField('train'), want[i]!.train),
    );
  }
  if (visible && outcome.passed) {
    const grid = want.map((fold) => range(n).map((index) => (fold.test.includes(index) ? 1 : 0)));
    outcome = { ...outcome, details: { ...outcome.details, plots: [{ kind: 'heatmap', title: text('Plis : 1 = test', 'Folds: 1 = test'), series: [], grid, xLabel: 'indice / index', yLabel: 'pli / fold' }] } };
  }
  return showInput(outcome, { n, k }, visible);
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    async run({ student, rng }) {
      const { outcome } = await checkedSplit(student, 10, [0.6, 0.2, 0.2], randomInt(rng, 1, 2 ** 31));
      if (!outcome.passed) return showInput(outcome, { n: 10, fractions: [0.6, 0.2, 0.2] }, true);
      return compareFolds(student, 10, 3, true);
    },
  },
  'split-partition': {
    title: { fr: 'Trois ensembles disjoints qui couvrent 0..n−1', en: 'Three disjoint sets covering 0..n−1' },
    visible: true,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(3, async (trial) => {
        const [n, fractions] = [randomInt(rng, 20, 60), randomFractions(rng)];
        const { split, outcome } = await checkedSplit(student, n, fractions, randomInt(rng, 1, 2 ** 31));
        const withPlot = split && trial === 0 ? { ...outcome, details: { ...outcome.details, plots: [splitPlot(split)] } } : outcome;
        return showInput(withPlot, { n, fractions }, true);
      }),
  },
  'floor-sizes': {
    title: { fr: 'Tailles arrondies à l’entier inférieur', en: 'Sizes rounded down' },
    visible: false,
    points: 1,
    // Fractions whose products with n are not integers, and round up: Math.round and "train first" both fail.
    run: ({ student, rng }) =>
      everyTrial(3, async (trial) => {
        const [n, fractions] = ([[7, [0.5, 0.25, 0.25]], [9, [0.34, 0.33, 0.33]], [randomInt(rng, 11, 99), [0.4, 0.3, 0.3]]] as const)[trial]!;
        const { outcome } = await checkedSplit(student, n, [...fractions], randomInt(rng, 1, 2 ** 31));
        return showInput(outcome, { n, fractions }, false);
      }),
  },
  shuffled: {
    title: { fr: 'Indices mélangés', en: 'Indices shuffled' },
    visible: false,
    points: 1,
    // After a fair shuffle each index of the validation or test set falls in the first half of 0..n−1 with
    // probability 1/2 (without replacement, which Chernoff's bound still covers): an unshuffled split fails.
    async run({ student, rng }) {
      const [n, fractions] = [1000, [0.6, 0.2, 0.2] as Fractions];
      const { split, outcome } = await checkedSplit(student, n, fractions, randomInt(rng, 1, 2 ** 31));
      if (!split) return showInput(outcome, { n, fractions }, false);
      const firstHalf = (indices: number[]) => indices.filter((i) => i < n / 2).length;
      return showInput(firstFailure(
        expectBernoulliRate('val : indices < n/2', firstHalf(split.val), split.val.length, 0.5),
        expectBernoulliRate('test : indices < n/2', firstHalf(split.test), split.test.length, 0.5),
      ), { n, fractions }, false);
    },
  },
  'same-rng-same-split': {
    title: { fr: 'Même générateur, même découpage', en: 'Same generator, same split' },
    visible: false,
    points: 1,
    // Enough samples, and three calls, that a split drawn from anything but the given rng cannot
    // come out the same every time by chance (a handful of samples often did).
    async run({ student, rng }) {
      const [n, fractions, seed] = [randomInt(rng, 60, 120), randomFractions(rng), randomInt(rng, 1, 2 ** 31)];
      const sets = (split: Split) => ({ train: ascending(split.train), val: ascending(split.val), test: ascending(split.test) });
      const first = await checkedSplit(student, n, fractions, seed);
      if (!first.split) return showInput(first.outcome, { n, fractions }, false);
      let outcome = first.outcome;
      for (let call = 2; call <= 3; call++) {
        const again = await checkedSplit(student, n, fractions, seed);
        if (!again.split) return showInput(again.outcome, { n, fractions }, false);
        outcome = expectExactEqual(`trainValTestSplit(${n}, …, rng) (call ${call}, same seed)`, sets(again.split), sets(first.split));
        if (!outcome.passed) break;
      }
      return showInput(outcome, { n, fractions }, false);
    },
  },
  'kfold-exact': {
    title: { fr: 'k-fold : plis contigus dans l’ordre', en: 'k-fold: contiguous folds in order' },
    visible: true,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(3, (trial) => {
        const k = randomInt(rng, 2, 5);
        return compareFolds(student, k * randomInt(rng, 2, 6) + (trial === 0 ? 0 : randomInt(rng, 1, k - 1)), k, true);
      }),
  },
  'kfold-remainder': {
    title: { fr: 'k-fold quand k ne divise pas n', en: 'k-fold when k does not divide n' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, () => {
        const k = randomInt(rng, 3, 10);
        return compareFolds(student, k * randomInt(rng, 1, 10) + randomInt(rng, 2, k - 1), k, false);
      }),
  },
  'kfold-edge': {
    title: { fr: 'k-fold : k = n (leave-one-out) et k = 2', en: 'k-fold: k = n (leave-one-out) and k = 2' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, (trial) => {
        const n = randomInt(rng, 2, 12);
        return compareFolds(student, trial === 0 ? n : n + 1, trial === 0 ? n : 2, false);
      }),
  },
});
