// caught-by: convergence
// Counts the passes that changed something, not the assignment passes made (the last, unchanged one is missed).
/** Index of the nearest centroid (squared Euclidean distance); a strict < keeps the lowest index on ties. */
function nearest(point: number[], centroids: number[][]): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let c = 0; c < centroids.length; c++) {
    let d = 0;
    for (let j = 0; j < point.length; j++) d += (point[j] - centroids[c][j]) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best;
}

/** Lloyd's algorithm: assign, stop when nothing changed (from the second pass on), else move the centroids. */
export function kmeans(
  points: number[][],
  initialCentroids: number[][],
  maxIterations: number,
): { centroids: number[][]; assignments: number[]; iterations: number } {
  let centroids = initialCentroids.map((c) => [...c]);
  let assignments: number[] = [];
  let iterations = 0;
  for (let it = 1; it <= maxIterations; it++) {
    iterations = it - 1;
    const next = points.map((p) => nearest(p, centroids));
    const changed = it === 1 || next.some((a, i) => a !== assignments[i]);
    assignments = next;
    if (!changed) break;
    centroids = centroids.map((centroid, c) => {
      const sum = new Array<number>(centroid.length).fill(0);
      let count = 0;
      points.forEach((p, i) => {
        if (assignments[i] !== c) return;
        count++;
        p.forEach((x, j) => (sum[j] += x));
      });
      return count === 0 ? centroid : sum.map((s) => s / count);
    });
  }
  return { centroids, assignments, iterations };
}
