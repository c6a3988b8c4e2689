// caught-by: statement-example
// Compares each loss with the previous epoch's instead of the best so far.
export function earlyStoppingEpoch(valLosses: number[], patience: number): number {
  let best = 0;
  let waited = 0;
  for (let epoch = 1; epoch < valLosses.length; epoch++) {
    if (valLosses[epoch] < valLosses[epoch - 1]) {
      best = epoch;
      waited = 0;
    } else {
      waited += 1;
      if (waited === patience) return best;
    }
  }
  return best;
}
