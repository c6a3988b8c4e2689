import {
  defineChecks,
  expectBernoulliRate,
  expectExactEqual,
  expectNormalSample,
  expectTensorStructure,
  firstFailure,
  randomInt,
  sandboxRng,
  text,
  type Outcome,
  type Plot,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { heSigma, NORMAL_BEYOND_TWO_SIGMA, NORMAL_WITHIN_ONE_SIGMA, xavierSigma } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';

type InitName = 'xavierInit' | 'heInit';
const SIGMA: Record<InitName, (nIn: number) => number> = { xavierInit: xavierSigma, heInit: heSigma };

/** Bins of the histogram plot, over [−4σ, 4σ]. */
const HISTOGRAM_BINS = 32;

/** The student's draws as a density histogram, with the density of N(0, σ²) over it. */
function histogramPlot(name: InitName, samples: number[], sigma: number): Plot {
  const [low, high] = [-4 * sigma, 4 * sigma];
  const width = (high - low) / HISTOGRAM_BINS;
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const x of samples) {
    const bin = Math.floor((x - low) / width);
    if (bin >= 0 && bin < HISTOGRAM_BINS) counts[bin]!++;
  }
  // Each bin drawn as a flat step, so the line reads as a histogram.
  const steps = counts.flatMap((count, bin): [number, number][] => {
    const density = count / (samples.length * width);
    return [[low + bin * width, density], [low + (bin + 1) * width, density]];
  });
  const curve = Array.from({ length: 81 }, (_, i): [number, number] => {
    const x = low + (i * (high - low)) / 80;
    return [x, Math.exp(-(x * x) / (2 * sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI))];
  });
  return {
    kind: 'line',
    title: text(`Histogramme de vos poids (${name})`, `Histogram of your weights (${name})`),
    series: [
      { name: 'vos poids / your weights', points: steps, style: 'line' },
      { name: `N(0, ${sigma.toPrecision(3)}²)`, points: curve, style: 'line' },
    ],
    xLabel: 'w',
    yLabel: 'densité / density',
  };
}

/** The student's matrix for nIn × nOut, checked for type, shape and finiteness before any statistic. */
async function draw(student: StudentModule, name: InitName, nIn: number, nOut: number, seed: number) {
  const got = await student[name]!(nIn, nOut, sandboxRng(seed));
  const zeros = Array.from({ length: nIn }, () => new Array<number>(nOut).fill(0));
  return { got, structure: expectTensorStructure(`${name}(${nIn}, ${nOut}, rng)`, got, zeros) };
}

/** Mean and standard deviation of the nIn × nOut draws against N(0, σ(nIn)²). */
async function checkDistribution(student: StudentModule, name: InitName, nIn: number, nOut: number, seed: number, visible: boolean): Promise<Outcome> {
  const { got, structure } = await draw(student, name, nIn, nOut, seed);
  if (!structure.passed) return showInput(structure, { nIn, nOut }, visible);
  const samples = (got as number[][]).flat();
  const sigma = SIGMA[name](nIn);
  const outcome = expectNormalSample(`${name}(${nIn}, ${nOut}, rng)`, samples, 0, sigma);
  const withPlot = visible ? { ...outcome, details: { ...outcome.details, plots: [histogramPlot(name, samples, sigma)] } } : outcome;
  return showInput(withPlot, { nIn, nOut }, visible);
}

/** Sizes with nIn far from nOut (so that σ from nOut, or from both, is caught) and 4,500 to 15,000 draws. */
function tallLayer(rng: Rng) {
  return { nIn: randomInt(rng, 150, 250), nOut: randomInt(rng, 30, 60), seed: randomInt(rng, 1, 2 ** 31) };
}

export default defineChecks({
  shape: {
    title: { fr: 'Forme nIn × nOut et valeurs finies', en: 'Shape nIn × nOut and finite values' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(4, async (trial) => {
        const name: InitName = trial % 2 === 0 ? 'xavierInit' : 'heInit';
        const [nIn, nOut] = trial < 2 ? [3, 5] : [1, 1];
        const { structure } = await draw(student, name, nIn, nOut, randomInt(rng, 1, 2 ** 31));
        return showInput(structure, { nIn, nOut }, true);
      }),
  },
  'xavier-distribution': {
    title: { fr: 'xavierInit : loi N(0, 1/nIn)', en: 'xavierInit: distribution N(0, 1/nIn)' },
    visible: true,
    points: 2,
    run: ({ student, rng }) => {
      const { nIn, nOut, seed } = tallLayer(rng);
      return checkDistribution(student, 'xavierInit', nIn, nOut, seed, true);
    },
  },
  'he-distribution': {
    title: { fr: 'heInit : loi N(0, 2/nIn)', en: 'heInit: distribution N(0, 2/nIn)' },
    visible: true,
    points: 2,
    run: ({ student, rng }) => {
      const { nIn, nOut, seed } = tallLayer(rng);
      return checkDistribution(student, 'heInit', nIn, nOut, seed, true);
    },
  },
  'wide-layer': {
    title: { fr: 'Peu d’entrées, beaucoup de sorties', en: 'Few inputs, many outputs' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, (trial) => {
        const [nIn, nOut] = [randomInt(rng, 4, 10), randomInt(rng, 600, 1000)];
        return checkDistribution(student, trial === 0 ? 'xavierInit' : 'heInit', nIn, nOut, randomInt(rng, 1, 2 ** 31), false);
      }),
  },
  'normal-shape': {
    title: { fr: 'Une vraie loi normale (queues comprises)', en: 'A true normal distribution (tails included)' },
    visible: false,
    points: 1,
    // Mean and variance do not tell a normal from a uniform of the same variance, nor from a normal
    // cut at 2σ: the shares of draws within 1σ and beyond 2σ do.
    async run({ student, rng }) {
      const [nIn, nOut] = [100, 100];
      const { got, structure } = await draw(student, 'xavierInit', nIn, nOut, randomInt(rng, 1, 2 ** 31));
      if (!structure.passed) return showInput(structure, { nIn, nOut }, false);
      const samples = (got as number[][]).flat();
      const sigma = xavierSigma(nIn);
      const label = `xavierInit(${nIn}, ${nOut}, rng)`;
      const outcome = firstFailure(
        expectBernoulliRate(`${label} : |w| ≤ σ`, samples.filter((w) => Math.abs(w) <= sigma).length, samples.length, NORMAL_WITHIN_ONE_SIGMA),
        expectBernoulliRate(`${label} : |w| > 2σ`, samples.filter((w) => Math.abs(w) > 2 * sigma).length, samples.length, NORMAL_BEYOND_TWO_SIGMA),
      );
      return showInput(outcome, { nIn, nOut }, false);
    },
  },
  'same-rng-same-matrix': {
    title: { fr: 'Même générateur, même matrice', en: 'Same generator, same matrix' },
    visible: false,
    points: 1,
    // Two generators with the same seed: a matrix drawn only from rng() is the same twice.
    run: ({ student, rng }) =>
      everyTrial(2, async (trial) => {
        const name: InitName = trial === 0 ? 'xavierInit' : 'heInit';
        const [nIn, nOut, seed] = [randomInt(rng, 2, 6), randomInt(rng, 2, 6), randomInt(rng, 1, 2 ** 31)];
        const first = await student[name]!(nIn, nOut, sandboxRng(seed));
        const second = await student[name]!(nIn, nOut, sandboxRng(seed));
        return showInput(expectExactEqual(`${name}(${nIn}, ${nOut}, rng) (second call, same seed)`, second, first), { nIn, nOut }, false);
      }),
  },
});
