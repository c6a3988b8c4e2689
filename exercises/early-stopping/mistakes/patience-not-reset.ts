// caught-by: patience-boundary
// Counts every non-improving epoch since the start: the counter is never reset by an improvement.
export function earlyStoppingEpoch(valLosses: number[], patience: number): number {
  let best = 0;
  let waited = 0;
  for (let epoch = 1; epoch < valLosses.length; epoch++) {
    if (valLosses[epoch] < valLosses[best]) {
      best = epoch;
    } else {
      waited += 1;
      if (waited === patience) return best;
    }
  }
  return best;
}
