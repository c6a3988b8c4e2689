/**
 * Early stopping on a validation curve: an epoch improves when its loss is strictly below the best so
 * far; training stops after `patience` consecutive epochs without improvement, and the weights of the
 * best epoch are kept. Returns that epoch's index (the whole curve is used when training never stops).
 * @example
 *   earlyStoppingEpoch([1, 0.8, 0.7, 0.72, 0.71, 0.69], 2); // 2: epochs 3 and 4 do not improve, stop
 */
export function earlyStoppingEpoch(valLosses: number[], patience: number): number {
  let best = 0;
  let epochsWithoutImprovement = 0;
  for (let epoch = 1; epoch < valLosses.length; epoch++) {
    if (valLosses[epoch]! < valLosses[best]!) {
      best = epoch;
      epochsWithoutImprovement = 0;
    } else {
      epochsWithoutImprovement++;
      if (epochsWithoutImprovement === patience) break;
    }
  }
  return best;
}
