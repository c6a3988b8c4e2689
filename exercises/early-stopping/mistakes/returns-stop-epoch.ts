// caught-by: statement-example
// Returns the epoch where training stopped instead of the best epoch, whose weights are kept.
/** Walks the validation curve, counting epochs since the last strict improvement; stops at `patience`. */
export function earlyStoppingEpoch(valLosses: number[], patience: number): number {
  let best = 0;
  let waited = 0;
  for (let epoch = 1; epoch < valLosses.length; epoch++) {
    if (valLosses[epoch] < valLosses[best]) {
      best = epoch;
      waited = 0;
    } else {
      waited += 1;
      if (waited === patience) return epoch;
    }
  }
  return best;
}
