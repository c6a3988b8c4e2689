import { describe, expect, it } from 'vitest';
import { kmeans, kmeansTieGap, nearestCentroid } from './kmeans';

describe('kmeans', () => {
  it('runs Lloyd passes until no assignment changes (worked by hand)', () => {
    // Pass 1: [0, 1, 1, 1] → centroids 0 and 20/3; pass 2: [0, 0, 1, 1] → 0.5 and 9.5; pass 3: no change.
    expect(kmeans([[0], [1], [9], [10]], [[0], [1]], 10)).toEqual({ centroids: [[0.5], [9.5]], assignments: [0, 0, 1, 1], iterations: 3 });
  });

  it('stops after maxIterations passes, having moved the centroids after the last one', () => {
    expect(kmeans([[0], [1], [9], [10]], [[0], [1]], 1)).toEqual({ centroids: [[0], [20 / 3]], assignments: [0, 1, 1, 1], iterations: 1 });
  });

  it('keeps the centroid of an empty cluster', () => {
    expect(kmeans([[0, 0], [1, 0]], [[0.5, 0], [100, 100]], 5).centroids).toEqual([[0.5, 0], [100, 100]]);
  });

  it('sends an exact tie to the lowest index', () => {
    expect(nearestCentroid([1, 1], [[0, 1], [2, 1]])).toEqual({ index: 0, gap: 0 });
    expect(kmeansTieGap([[1, 1]], [[0, 1], [2, 1]], 3)).toBe(0);
  });
});
