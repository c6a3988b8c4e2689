/** What Lloyd's algorithm returns: the centroids, each point's cluster, and the number of assignment passes. */
export interface KMeansResult {
  centroids: number[][];
  assignments: number[];
  iterations: number;
}

const squaredDistance = (a: number[], b: number[]) => a.reduce((s, x, d) => s + (x - b[d]!) ** 2, 0);

/** Nearest centroid of a point (ties to the lowest index), and the gap to the second nearest (squared distances). */
export function nearestCentroid(point: number[], centroids: number[][]): { index: number; gap: number } {
  let [index, best, second] = [0, Infinity, Infinity];
  centroids.forEach((centroid, c) => {
    const d = squaredDistance(point, centroid);
    // Strictly smaller only: an exact tie keeps the lower index.
    if (d < best) [index, best, second] = [c, d, best];
    else if (d < second) second = d;
  });
  return { index, gap: second - best };
}

/** Lloyd's algorithm, also reporting the smallest nearest/second-nearest gap met in any assignment pass. */
function lloyd(points: number[][], initialCentroids: number[][], maxIterations: number): KMeansResult & { tieGap: number } {
  let centroids = initialCentroids.map((c) => [...c]);
  let assignments: number[] = [];
  let tieGap = Infinity;
  let iterations = 0;
  for (let it = 1; it <= maxIterations; it++) {
    iterations = it;
    const next = points.map((p) => {
      const { index, gap } = nearestCentroid(p, centroids);
      tieGap = Math.min(tieGap, gap);
      return index;
    });
    const changed = it === 1 || next.some((a, i) => a !== assignments[i]);
    assignments = next;
    if (!changed) break;
    centroids = centroids.map((centroid, c) => {
      const members = points.filter((_, i) => assignments[i] === c);
      // An empty cluster keeps its centroid (a mean of nothing would be 0/0 = NaN).
      if (members.length === 0) return centroid;
      return centroid.map((_, d) => members.reduce((s, p) => s + p[d]!, 0) / members.length);
    });
  }
  return { centroids, assignments, iterations, tieGap };
}

/**
 * k-means by Lloyd's algorithm, in float64. For it = 1..maxIterations: assign every point to its nearest
 * centroid (squared Euclidean distance, ties to the lowest index); if it > 1 and no assignment changed,
 * stop; otherwise move each centroid to the mean of its cluster (an empty cluster keeps its centroid).
 * `iterations` counts the assignment passes made.
 * @example
 *   kmeans([[0], [1], [9], [10]], [[0], [1]], 10); // centroids [[0.5], [9.5]], assignments [0, 0, 1, 1], iterations 3
 */
export function kmeans(points: number[][], initialCentroids: number[][], maxIterations: number): KMeansResult {
  const { centroids, assignments, iterations } = lloyd(points, initialCentroids, maxIterations);
  return { centroids, assignments, iterations };
}

/**
 * The smallest gap, over every assignment pass of `kmeans`, between a point's nearest and second-nearest
 * squared distance: random inputs with a tiny gap are redrawn, since rounding could then decide a tie.
 */
export function kmeansTieGap(points: number[][], initialCentroids: number[][], maxIterations: number): number {
  return lloyd(points, initialCentroids, maxIterations).tieGap;
}
