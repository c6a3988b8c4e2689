/**
 * k-moyennes par l'algorithme de Lloyd : affecter chaque point au centroïde le plus proche (égalité :
 * le plus petit indice), s'arrêter si rien n'a changé (à partir du 2e passage), sinon déplacer chaque
 * centroïde à la moyenne de son groupe (un groupe vide garde son centroïde).
 */
export function kmeans(
  points: number[][],
  initialCentroids: number[][],
  maxIterations: number,
): { centroids: number[][]; assignments: number[]; iterations: number } {
  return { centroids: initialCentroids, assignments: points.map(() => -1), iterations: 0 };
}
