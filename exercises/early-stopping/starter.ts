/**
 * Indice de la meilleure époque gardée par l'arrêt précoce : l'entraînement s'arrête après `patience`
 * époques consécutives sans amélioration stricte de la perte de validation.
 */
export function earlyStoppingEpoch(valLosses: number[], patience: number): number {
  return -1;
}
