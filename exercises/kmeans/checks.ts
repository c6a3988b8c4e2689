import {
  defineChecks,
  expectExactEqual,
  expectMatrixClose,
  firstFailure,
  randomInt,
  randomNormal,
  randomUniform,
  redrawUntil,
  shuffled,
  text,
  type Outcome,
  type Plot,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { kmeans, kmeansTieGap } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';

interface Problem {
  points: number[][];
  initialCentroids: number[][];
  maxIterations: number;
}

/** Inputs whose nearest and second-nearest centroids ever come closer than this (squared distance) are redrawn. */
const MIN_TIE_GAP = 1e-6;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** k Gaussian blobs in `dims` dimensions, initial centroids drawn among the points (Forgy's initialisation). */
function randomBlobs(rng: Rng, dims: number, k: number, perCluster: [number, number], maxIterations = 100): Problem {
  const draw = (r: Rng): Problem => {
    const centres = Array.from({ length: k }, () => Array.from({ length: dims }, () => randomUniform(r, -8, 8)));
    const points = centres.flatMap((centre) =>
      Array.from({ length: randomInt(r, perCluster[0], perCluster[1]) }, () => centre.map((x) => round2(randomNormal(r, x, 1.5)))),
    );
    const mixed = shuffled(r, points);
    return { points: mixed, initialCentroids: mixed.slice(0, k).map((p) => [...p]), maxIterations };
  };
  return redrawUntil(rng, draw, (p) => kmeansTieGap(p.points, p.initialCentroids, p.maxIterations) > MIN_TIE_GAP);
}

/** A field of whatever the student returned (undefined when it is not an object). */
function field(result: unknown, name: string): unknown {
  return typeof result === 'object' && result !== null ? (result as Record<string, unknown>)[name] : undefined;
}

/** One scatter series per cluster of the student's assignments (first two coordinates), then both sets of centroids. */
function clusterPlot(points: number[][], got: unknown, expected: number[][]): Plot {
  const assignments = field(got, 'assignments');
  const centroids = field(got, 'centroids');
  const xy = (p: number[]): [number, number] => [p[0]!, p[1] ?? 0];
  const clusters = new Map<number, [number, number][]>();
  if (Array.isArray(assignments) && assignments.length === points.length) {
    points.forEach((p, i) => {
      const c = Number.isInteger(assignments[i]) ? (assignments[i] as number) : -1;
      clusters.set(c, [...(clusters.get(c) ?? []), xy(p)]);
    });
  } else {
    clusters.set(-1, points.map(xy));
  }
  const validCentroids = Array.isArray(centroids) && centroids.every((c) => Array.isArray(c) && c.every(Number.isFinite));
  return {
    kind: 'scatter',
    title: text('Vos groupes et vos centroïdes', 'Your clusters and centroids'),
    series: [
      ...[...clusters.entries()].sort(([a], [b]) => a - b).map(([c, pts]) => ({ name: c < 0 ? 'points' : `groupe / cluster ${c}`, points: pts })),
      ...(validCentroids ? [{ name: 'vos centroïdes / your centroids', points: (centroids as number[][]).map(xy) }] : []),
      { name: 'centroïdes attendus / expected centroids', points: expected.map(xy) },
    ],
    xLabel: 'x₀',
    yLabel: 'x₁',
  };
}

async function compareOn(student: StudentModule, { points, initialCentroids, maxIterations }: Problem, visible: boolean, plot = false): Promise<Outcome> {
  const label = `kmeans(points, initialCentroids, ${maxIterations})`;
  const got = await student.kmeans!(points, initialCentroids, maxIterations);
  const want = kmeans(points, initialCentroids, maxIterations);
  const outcome = firstFailure(
    expectExactEqual(`${label}.assignments`, field(got, 'assignments'), want.assignments),
    expectExactEqual(`${label}.iterations`, field(got, 'iterations'), want.iterations),
    expectMatrixClose(`${label}.centroids`, field(got, 'centroids'), want.centroids),
  );
  const withPlot = plot ? { ...outcome, details: { ...outcome.details, plots: [clusterPlot(points, got, want.centroids)] } } : outcome;
  return showInput(withPlot, { points, initialCentroids, maxIterations }, visible);
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    run: ({ student }) =>
      compareOn(student, { points: [[0, 0], [1, 0], [0, 1], [5, 5], [6, 5], [5, 6]], initialCentroids: [[0, 0], [1, 0]], maxIterations: 10 }, true, true),
  },
  'random-blobs': {
    title: { fr: 'Nuages de points aléatoires en 2D', en: 'Random 2D point clouds' },
    visible: true,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(3, (trial) => compareOn(student, randomBlobs(rng, 2, randomInt(rng, 2, 5), [5, 20]), true, trial === 0)),
  },
  convergence: {
    title: { fr: 'Nombre de passages jusqu’à la convergence', en: 'Number of passes until convergence' },
    visible: true,
    points: 1,
    run: ({ student, rng }) => everyTrial(2, () => compareOn(student, randomBlobs(rng, 2, randomInt(rng, 3, 5), [10, 30]), true)),
  },
  'max-iterations': {
    title: { fr: 'Arrêt après maxIterations passages', en: 'Stop after maxIterations passes' },
    visible: false,
    points: 1,
    // One, two or three passes on clouds that need more: the centroids move after the last pass too.
    run: ({ student, rng }) =>
      everyTrial(3, (trial) => {
        const problem = redrawUntil(rng, (r) => randomBlobs(r, 2, 4, [8, 20], trial + 1), (p) => kmeans(p.points, p.initialCentroids, 100).iterations > trial + 2);
        return compareOn(student, problem, false);
      }),
  },
  'empty-cluster': {
    title: { fr: 'Un groupe vide garde son centroïde', en: 'An empty cluster keeps its centroid' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => {
      const problem = randomBlobs(rng, 2, 3, [5, 15]);
      // A far-away extra centroid that no point ever chooses.
      return compareOn(student, { ...problem, initialCentroids: [...problem.initialCentroids.slice(0, 1), [100, 100], ...problem.initialCentroids.slice(1)] }, false);
    },
  },
  ties: {
    title: { fr: 'Égalité de distance : le plus petit indice', en: 'Equal distances: the lowest index' },
    visible: false,
    points: 1,
    // Integer coordinates, so distances are exact: (1, 0) is as far from (0, 0) as from (2, 0), and
    // (2, 1) as far from (2, 0) as from (2, 2).
    run: ({ student }) =>
      everyTrial(2, (trial) =>
        compareOn(student, trial === 0
          ? { points: [[1, 0], [0, 0], [2, 0]], initialCentroids: [[0, 0], [2, 0]], maxIterations: 1 }
          : { points: [[2, 1], [2, 0], [2, 2], [2, 3], [-4, 0]], initialCentroids: [[2, 0], [2, 2], [-4, 0]], maxIterations: 5 }, false)),
  },
  'higher-dimensions': {
    title: { fr: 'Points en 3 à 6 dimensions', en: 'Points in 3 to 6 dimensions' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => everyTrial(2, () => compareOn(student, randomBlobs(rng, randomInt(rng, 3, 6), randomInt(rng, 2, 5), [5, 15]), false)),
  },
  'single-cluster': {
    title: { fr: 'k = 1 : la moyenne de tous les points', en: 'k = 1: the mean of all points' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => compareOn(student, randomBlobs(rng, 2, 1, [3, 20]), false),
  },
});
