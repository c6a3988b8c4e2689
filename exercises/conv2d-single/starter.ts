/**
 * Convolution 2D (corrélation croisée, comme dans les bibliothèques d'apprentissage profond) d'une
 * image H×W par un noyau kh×kw, avec un pas (stride) et un bourrage de zéros (padding) de chaque côté.
 * Renvoie la carte de sortie H'×W'.
 */
export function conv2d(image: number[][], kernel: number[][], stride = 1, padding = 0): number[][] {
  throw new Error('À compléter');
}
