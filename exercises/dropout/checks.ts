import {
  defineChecks,
  expectBernoulliRate,
  expectExactEqual,
  expectMatrixClose,
  expectTensorStructure,
  firstFailure,
  randomInt,
  randomMatrix,
  randomUniform,
  sandboxRng,
  text,
  type Outcome,
  type Plot,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { applyDropoutMask, dropoutKeptScale } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';

const FORWARD = 'dropoutForward(x, p, rng)';

/** A dropping probability away from 0.5, so that reading p as the keeping probability is caught. */
function randomP(rng: Rng): number {
  const p = rng() < 0.5 ? randomUniform(rng, 0.1, 0.35) : randomUniform(rng, 0.65, 0.9);
  return Math.round(p * 100) / 100;
}

/** Inputs without zeros: a dropped unit must be told from a kept unit whose input is 0. */
function randomInput(rng: Rng, rows: number, cols: number): number[][] {
  return randomMatrix(rng, rows, cols, -2, 2).map((row) => row.map((v) => (Math.abs(v) < 0.05 ? v + 0.1 : v)));
}

interface Forward {
  out: number[][];
  mask: number[][];
}

/** Calls the student's forward; on success, `result` is known to hold two finite matrices of x's shape. */
async function forward(student: StudentModule, x: number[][], p: number, seed: number): Promise<{ result?: Forward; outcome: Outcome }> {
  const got = await student.dropoutForward!(x, p, sandboxRng(seed));
  const field = (name: string) => (typeof got === 'object' && got !== null ? (got as Record<string, unknown>)[name] : undefined);
  const outcome = firstFailure(
    expectTensorStructure(`${FORWARD}.mask`, field('mask'), x),
    expectTensorStructure(`${FORWARD}.out`, field('out'), x),
  );
  return outcome.passed ? { result: got as Forward, outcome } : { outcome };
}

/** True when a mask entry drops its unit (0, allowing for a float that is not quite 0). */
const isDropped = (m: number) => Math.abs(m) < 1e-12;

/** The mask and the output as heatmaps: dropped units show as 0. */
function maskPlots(x: number[][], result: Forward): Plot[] {
  return [
    { kind: 'heatmap', title: text('x', 'x'), series: [], grid: x },
    { kind: 'heatmap', title: text('Votre masque', 'Your mask'), series: [], grid: result.mask },
    { kind: 'heatmap', title: text('Votre sortie out', 'Your output out'), series: [], grid: result.out },
  ];
}

/** Each mask entry is 0 or 1/(1 − p), and out = x ⊙ mask. */
async function checkMaskValues(student: StudentModule, x: number[][], p: number, seed: number, visible: boolean): Promise<Outcome> {
  const { result, outcome } = await forward(student, x, p, seed);
  if (!result) return showInput(outcome, { x, p }, visible);
  const scale = dropoutKeptScale(p);
  // The nearest allowed value: a mask of 1 (no rescaling) or of 1 − p is then reported against 1/(1 − p) or 0.
  const allowed = result.mask.map((row) => row.map((m) => (Math.abs(m) < Math.abs(m - scale) ? 0 : scale)));
  const checked = firstFailure(
    expectMatrixClose(`${FORWARD}.mask`, result.mask, allowed),
    expectMatrixClose(`${FORWARD}.out`, result.out, applyDropoutMask(x, result.mask)),
  );
  const withPlots = visible ? { ...checked, details: { ...checked.details, plots: maskPlots(x, result) } } : checked;
  return showInput(withPlots, { x, p }, visible);
}

/** A random mask as the forward pass would make it (each unit dropped with probability p). */
function randomMask(rng: Rng, rows: number, cols: number, p: number): number[][] {
  const scale = dropoutKeptScale(p);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rng() < p ? 0 : scale)));
}

async function compareBackward(student: StudentModule, dOut: number[][], mask: number[][], visible: boolean) {
  const got = await student.dropoutBackward!(dOut, mask);
  return showInput(expectMatrixClose('dropoutBackward(dOut, mask)', got, applyDropoutMask(dOut, mask)), { dOut, mask }, visible);
}

/** 3,000 units: enough for the rate checks to tell p from 1 − p, or independent units from linked ones. */
const [RATE_ROWS, RATE_COLS] = [50, 60];

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    async run({ student }) {
      const dOut = [[0.5, -1, 2], [1, 1, -0.5]];
      const mask = [[1.25, 0, 1.25], [0, 1.25, 1.25]];
      return compareBackward(student, dOut, mask, true);
    },
  },
  'mask-values': {
    title: { fr: 'Masque à 0 ou 1/(1 − p), et out = x ⊙ mask', en: 'Mask of 0 or 1/(1 − p), and out = x ⊙ mask' },
    visible: true,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(3, () => {
        const x = randomInput(rng, randomInt(rng, 4, 8), randomInt(rng, 5, 10));
        return checkMaskValues(student, x, randomP(rng), randomInt(rng, 1, 2 ** 31), true);
      }),
  },
  'drop-rate': {
    title: { fr: 'Une proportion p d’unités éteintes', en: 'A share p of units dropped' },
    visible: true,
    points: 2,
    async run({ student, rng }) {
      const [x, p] = [randomInput(rng, RATE_ROWS, RATE_COLS), randomP(rng)];
      const { result, outcome } = await forward(student, x, p, randomInt(rng, 1, 2 ** 31));
      if (!result) return showInput(outcome, { x, p }, false);
      const dropped = result.mask.flat().filter(isDropped).length;
      return showInput(expectBernoulliRate(`${FORWARD} : unités éteintes / dropped units`, dropped, RATE_ROWS * RATE_COLS, p), { x, p }, false);
    },
  },
  'independent-units': {
    title: { fr: 'Chaque unité tirée indépendamment', en: 'Each unit drawn independently' },
    visible: false,
    points: 1,
    // Disjoint pairs of neighbours, along rows then along columns: both dropped with probability p².
    async run({ student, rng }) {
      const [x, p] = [randomInput(rng, RATE_ROWS, RATE_COLS), randomP(rng)];
      const { result, outcome } = await forward(student, x, p, randomInt(rng, 1, 2 ** 31));
      if (!result) return showInput(outcome, { x, p }, false);
      const dropped = result.mask.map((row) => row.map(isDropped));
      let [rowPairs, columnPairs] = [0, 0];
      for (let i = 0; i < RATE_ROWS; i += 2) {
        for (let j = 0; j < RATE_COLS; j += 2) {
          if (dropped[i]![j] && dropped[i]![j + 1]) rowPairs++;
          if (dropped[i]![j] && dropped[i + 1]![j]) columnPairs++;
        }
      }
      const pairs = (RATE_ROWS / 2) * (RATE_COLS / 2);
      return showInput(firstFailure(
        expectBernoulliRate(`${FORWARD} : voisins d’une même ligne éteints ensemble / row neighbours dropped together`, rowPairs, pairs, p * p),
        expectBernoulliRate(`${FORWARD} : voisins d’une même colonne éteints ensemble / column neighbours dropped together`, columnPairs, pairs, p * p),
      ), { x, p }, false);
    },
  },
  'p-zero': {
    title: { fr: 'p = 0 : tout est gardé', en: 'p = 0: everything is kept' },
    visible: false,
    points: 1,
    async run({ student, rng }) {
      const x = randomInput(rng, randomInt(rng, 1, 6), randomInt(rng, 1, 6));
      const { result, outcome } = await forward(student, x, 0, randomInt(rng, 1, 2 ** 31));
      if (!result) return showInput(outcome, { x, p: 0 }, false);
      return showInput(firstFailure(
        expectMatrixClose(`${FORWARD}.mask`, result.mask, x.map((row) => row.map(() => 1))),
        expectMatrixClose(`${FORWARD}.out`, result.out, x),
      ), { x, p: 0 }, false);
    },
  },
  'mask-values-shapes': {
    title: { fr: 'Masque et sortie pour des formes variées', en: 'Mask and output for varied shapes' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(3, (trial) => {
        const x = trial === 0 ? randomInput(rng, 1, 1) : randomInput(rng, randomInt(rng, 1, 20), randomInt(rng, 1, 20));
        return checkMaskValues(student, x, randomP(rng), randomInt(rng, 1, 2 ** 31), false);
      }),
  },
  'same-rng-same-mask': {
    title: { fr: 'Même générateur, même masque', en: 'Same generator, same mask' },
    visible: false,
    points: 1,
    // p = 0.5 on at least 64 units, three calls: masks drawn from anything but the given rng cannot
    // agree by chance (with p near 0 or 1 on a few units they often did).
    async run({ student, rng }) {
      const [x, p, seed] = [randomInput(rng, randomInt(rng, 8, 12), randomInt(rng, 8, 12)), 0.5, randomInt(rng, 1, 2 ** 31)];
      const first = await forward(student, x, p, seed);
      if (!first.result) return showInput(first.outcome, { x, p }, false);
      let outcome = first.outcome;
      for (let call = 2; call <= 3; call++) {
        const again = await forward(student, x, p, seed);
        if (!again.result) return showInput(again.outcome, { x, p }, false);
        outcome = expectExactEqual(`${FORWARD}.mask (call ${call}, same seed)`, again.result.mask, first.result.mask);
        if (!outcome.passed) break;
      }
      return showInput(outcome, { x, p }, false);
    },
  },
  backward: {
    title: { fr: 'Rétropropagation : dOut ⊙ mask', en: 'Backward pass: dOut ⊙ mask' },
    visible: true,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(3, (trial) => {
        const [rows, cols] = trial === 0 ? [1, 1] : [randomInt(rng, 2, 12), randomInt(rng, 2, 12)];
        // At least one kept unit, so that a mask read as 0/1 differs from the expected gradient.
        const mask = randomMask(rng, rows, cols, randomP(rng));
        mask[0]![0] = dropoutKeptScale(0.5);
        return compareBackward(student, randomMatrix(rng, rows, cols, -2, 2), mask, true);
      }),
  },
});
