import {
  defineChecks,
  expectExactEqual,
  firstFailure,
  randomInt,
  randomUniform,
  text,
  type Outcome,
  type Plot,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { earlyStoppingEpoch } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';

/** Rounded to 3 decimals, as losses are usually printed; exact ties stay exact. */
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** A noisy validation curve: falls, then rises again (overfitting), with noise that makes false plateaus. */
function randomCurve(rng: Rng, length: number): number[] {
  const turn = randomInt(rng, 2, length - 2);
  const start = randomUniform(rng, 1, 2);
  const bottom = randomUniform(rng, 0.2, 0.5);
  return Array.from({ length }, (_, e) => {
    const trend = e <= turn ? start + ((bottom - start) * e) / turn : bottom + 0.02 * (e - turn);
    return round3(trend + randomUniform(rng, -0.06, 0.06));
  });
}

/** A strictly decreasing run of `length` losses from `from`, steps of 0.05 to 0.15. */
function falling(rng: Rng, from: number, length: number): number[] {
  const values: number[] = [];
  let value = from;
  for (let i = 0; i < length; i++) values.push(round3((value -= randomUniform(rng, 0.05, 0.15))));
  return values;
}

/** `length` losses all above `floor` (none improves on it). */
const worse = (rng: Rng, floor: number, length: number) => Array.from({ length }, () => round3(floor + randomUniform(rng, 0.01, 0.2)));

/** The curve with the expected epoch and, when it is a valid index, the student's. */
function curvePlot(valLosses: number[], got: unknown, expected: number): Plot {
  const valid = typeof got === 'number' && Number.isInteger(got) && got >= 0 && got < valLosses.length;
  return {
    kind: 'line',
    title: text('Perte de validation et époque gardée', 'Validation loss and the epoch kept'),
    series: [
      { name: 'perte de validation / validation loss', points: valLosses.map((loss, e): [number, number] => [e, loss]), style: 'line' },
      { name: 'époque attendue / expected epoch', points: [[expected, valLosses[expected]!]], style: 'points' },
      ...(valid ? [{ name: 'votre époque / your epoch', points: [[got, valLosses[got]!] as [number, number]], style: 'points' as const }] : []),
    ],
    xLabel: 'époque / epoch',
    yLabel: 'J',
  };
}

async function compareOn(student: StudentModule, valLosses: number[], patience: number, visible: boolean, plot = false): Promise<Outcome> {
  const got = await student.earlyStoppingEpoch!(valLosses, patience);
  const expected = earlyStoppingEpoch(valLosses, patience);
  const outcome = expectExactEqual(`earlyStoppingEpoch(valLosses, ${patience})`, got, expected);
  const withPlot = plot ? { ...outcome, details: { ...outcome.details, plots: [curvePlot(valLosses, got, expected)] } } : outcome;
  return showInput(withPlot, { valLosses, patience }, visible);
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    async run({ student }) {
      const curve = [1.0, 0.8, 0.7, 0.72, 0.71, 0.69, 0.75, 0.76, 0.77];
      return firstFailure(await compareOn(student, curve, 2, true, true), await compareOn(student, curve, 3, true, true));
    },
  },
  'random-curves': {
    title: { fr: 'Courbes de validation aléatoires', en: 'Random validation curves' },
    visible: true,
    points: 3,
    run: ({ student, rng }) =>
      everyTrial(6, (trial) => compareOn(student, randomCurve(rng, randomInt(rng, 10, 40)), randomInt(rng, 1, 5), true, trial === 0)),
  },
  'patience-boundary': {
    title: { fr: 'Exactement patience époques sans amélioration', en: 'Exactly patience epochs without improvement' },
    visible: false,
    points: 2,
    // One curve improves again after patience − 1 flat epochs (training must go on), one after exactly
    // patience flat epochs (training has already stopped), and one has two plateaus of patience − 1 epochs
    // (the count must restart at each improvement).
    run: ({ student, rng }) =>
      everyTrial(3, (trial) => {
        const patience = randomInt(rng, 2, 5);
        const head = falling(rng, 2, randomInt(rng, 2, 5));
        const best = head[head.length - 1]!;
        const gap = trial === 1 ? patience : patience - 1;
        const later = falling(rng, best, 1);
        const plateaus = [...head, ...worse(rng, best, gap), ...later];
        if (trial === 2) plateaus.push(...worse(rng, later[0]!, patience - 1), ...falling(rng, later[0]!, 1));
        const last = plateaus[plateaus.length - 1]!;
        return compareOn(student, [...plateaus, ...worse(rng, last, patience + 1)], patience, false);
      }),
  },
  'equal-is-not-better': {
    title: { fr: 'Une perte égale n’est pas une amélioration', en: 'An equal loss is not an improvement' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => {
      const patience = randomInt(rng, 2, 4);
      const head = falling(rng, 2, randomInt(rng, 2, 5));
      const best = head[head.length - 1]!;
      // The tie and patience − 1 worse epochs make patience epochs without improvement: training stops before
      // the lower loss that follows. Counting the tie as an improvement restarts the count and reaches it.
      const curve = [...head, best, ...worse(rng, best, patience - 1), round3(best - 0.05), ...worse(rng, best, patience)];
      return compareOn(student, curve, patience, false);
    },
  },
  'never-stops': {
    title: { fr: 'L’entraînement ne s’arrête jamais', en: 'Training never stops' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, (trial) => {
        const patience = randomInt(rng, 2, 5);
        const curve = trial === 0 ? [2, ...falling(rng, 2, randomInt(rng, 3, 10))] : randomCurve(rng, randomInt(rng, 5, 10)).map((v, e) => round3(v - 0.5 * e));
        return compareOn(student, curve, trial === 0 ? patience : 20, false);
      }),
  },
  'short-curves': {
    title: { fr: 'Une seule époque, première époque la meilleure', en: 'A single epoch, first epoch best' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, (trial) => {
        const first = round3(randomUniform(rng, 0.1, 1));
        const curve = trial === 0 ? [first] : [first, ...worse(rng, first, randomInt(rng, 2, 6))];
        return compareOn(student, curve, randomInt(rng, 1, 8), false);
      }),
  },
});
