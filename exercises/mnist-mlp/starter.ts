/**
 * Entraîne un modèle sur `count` images MNIST.
 * images : count × 784 valeurs dans [0, 1] (image i aux indices i*784 … i*784+783, ligne par ligne).
 * labels : count chiffres (0 à 9).
 * report(epoch, loss) : appelez-la à chaque époque pour suivre la courbe de perte en direct.
 * Renvoie le modèle (n’importe quelle valeur : il reste dans le bac à sable et sera passé à predict).
 */
export function train(images: Float32Array, labels: Uint8Array, count: number, report: (epoch: number, loss: number) => void): unknown {
  throw new Error('À compléter');
}

/**
 * Prédit la classe (un entier de 0 à 9) de chacune des `count` images.
 * Renvoie un tableau (ou un tableau typé) de `count` entiers.
 */
export function predict(model: unknown, images: Float32Array, count: number): ArrayLike<number> {
  throw new Error('À compléter');
}
