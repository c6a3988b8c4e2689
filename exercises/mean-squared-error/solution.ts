/** J = (1/n) Σᵢ (ŷᵢ − yᵢ)². */
export function mse(yPred: number[], yTrue: number[]): number {
  let sum = 0;
  for (let i = 0; i < yPred.length; i++) {
    const error = yPred[i] - yTrue[i];
    sum += error * error;
  }
  return sum / yPred.length;
}
