/**
 * Paramètres d'un réseau 2-H-1 à unités sigmoïdes : h = σ(x W1 + b1), ŷ = σ(h W2 + b2),
 * avec W1 : 2×H, b1 : H, W2 : H×1, b2 : 1. Sur les quatre points du OU exclusif, il faut
 * ŷ > 0.5 pour (0,1) et (1,0), ŷ < 0.5 pour (0,0) et (1,1). À construire à la main ou à entraîner.
 */
export function xorNetwork(): { W1: number[][]; b1: number[]; W2: number[][]; b2: number[] } {
  throw new Error('À compléter');
}
