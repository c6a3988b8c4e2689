// caught-by: statement-example
// Ignores the patience: returns the epoch of the lowest loss over the whole curve.
export function earlyStoppingEpoch(valLosses: number[], patience: number): number {
  let best = 0;
  for (let epoch = 1; epoch < valLosses.length; epoch++) if (valLosses[epoch] < valLosses[best]) best = epoch;
  return best;
}
