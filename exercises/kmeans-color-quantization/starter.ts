/**
 * Réduit une image à au plus k couleurs : pixels est n × 3 (RGB entre 0 et 255). Renvoie une palette
 * d'au plus k couleurs et, pour chaque pixel, l'indice de sa couleur dans la palette.
 * Tout l'aléatoire vient de rng(), uniforme dans [0, 1).
 */
export function quantize(pixels: number[][], k: number, rng: () => number): { palette: number[][]; indices: number[] } {
  throw new Error('À compléter');
}
