// Instructor's solution of the MNIST MLP challenge: 784 → 256 (ReLU) → 10 (softmax),
// mini-batch SGD with classical momentum and a cosine learning-rate schedule.
// Everything lives in flat typed arrays (row-major, W[i][j] at i * columns + j): one block of memory
// per matrix, no garbage collector work inside the training loop, and loops that walk memory in order.
// Weights are Float64Arrays: JavaScript computes in float64 anyway, and float32 storage would add a
// conversion on every load and store (it measured about 10 % slower here); the whole model is only 1.6 MB.

const INPUTS = 784;
const HIDDEN = 256; // wider than 128: a few tenths of a percent more accuracy for a cost we can afford
const CLASSES = 10;
const EPOCHS = 6;
const BATCH_SIZE = 64; // small batches: many updates per epoch, yet the update cost stays small beside the sums
const PEAK_LEARNING_RATE = 0.05;
const MOMENTUM = 0.9; // averages about ten batches of gradients: smoother steps than plain SGD
const WEIGHT_DECAY = 1e-4; // a light L2 penalty: keeps the weights small, so the test accuracy holds up

/** Everything `predict` needs; it stays inside the sandbox. */
interface MlpModel {
  W1: Float64Array; // INPUTS × HIDDEN
  b1: Float64Array;
  W2: Float64Array; // HIDDEN × CLASSES
  b2: Float64Array;
}

/** A standard normal draw (Box–Muller) from Math.random, which the sandbox seeds. */
function gaussian(): number {
  const u = 1 - Math.random(); // in (0, 1]: log(0) would be -Infinity
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * Math.random());
}

/** He initialisation, σ = √(2 / fanIn): it keeps the variance of ReLU activations steady from layer to layer. */
function heInit(fanIn: number, fanOut: number): Float64Array {
  const weights = new Float64Array(fanIn * fanOut);
  const sigma = Math.sqrt(2 / fanIn);
  for (let i = 0; i < weights.length; i++) weights[i] = sigma * gaussian();
  return weights;
}

/**
 * Working buffers for one sample, allocated once. MNIST images are about 80 % black pixels, so we keep the
 * list of non-zero pixels: the first layer then costs ~150 rows of W1 instead of 784 (five times fewer sums),
 * in the forward pass and in the gradient of W1 alike.
 */
interface Scratch {
  nonZero: Int32Array; // indices of the non-zero pixels of the current image
  hidden: Float64Array; // ReLU(x W1 + b1)
  logits: Float64Array; // then overwritten by the probabilities
  dHidden: Float64Array;
}

function newScratch(): Scratch {
  return {
    nonZero: new Int32Array(INPUTS),
    hidden: new Float64Array(HIDDEN),
    logits: new Float64Array(CLASSES),
    dHidden: new Float64Array(HIDDEN),
  };
}

/** Forward pass of image `n`; leaves the softmax probabilities in scratch.logits and returns the non-zero count. */
function forward(model: MlpModel, images: Float32Array, n: number, s: Scratch): number {
  const { W1, b1, W2, b2 } = model;
  const base = n * INPUTS;
  let count = 0;
  for (let i = 0; i < INPUTS; i++) if (images[base + i] !== 0) s.nonZero[count++] = i;

  const h = s.hidden;
  h.set(b1);
  // x W1 as a sum of the rows of W1 weighted by the pixels: the inner loop reads one row contiguously.
  for (let t = 0; t < count; t++) {
    const i = s.nonZero[t];
    const x = images[base + i];
    const row = i * HIDDEN;
    for (let j = 0; j < HIDDEN; j++) h[j] += x * W1[row + j];
  }
  for (let j = 0; j < HIDDEN; j++) if (h[j] < 0) h[j] = 0;

  const z = s.logits;
  z.set(b2);
  for (let j = 0; j < HIDDEN; j++) {
    const a = h[j];
    if (a === 0) continue; // about half the ReLU units are off: their row of W2 adds nothing
    const row = j * CLASSES;
    for (let k = 0; k < CLASSES; k++) z[k] += a * W2[row + k];
  }
  // Softmax with the largest logit subtracted first, so that exp never overflows.
  let max = z[0];
  for (let k = 1; k < CLASSES; k++) if (z[k] > max) max = z[k];
  let sum = 0;
  for (let k = 0; k < CLASSES; k++) {
    z[k] = Math.exp(z[k] - max);
    sum += z[k];
  }
  for (let k = 0; k < CLASSES; k++) z[k] /= sum;
  return count;
}

/** Trains the network and returns it; calls `report(epoch, mean loss)` after each epoch. */
export function train(images: Float32Array, labels: Uint8Array, count: number, report: (epoch: number, loss: number) => void): unknown {
  const model: MlpModel = {
    W1: heInit(INPUTS, HIDDEN),
    b1: new Float64Array(HIDDEN), // zero biases: the random weights already break the symmetry
    W2: heInit(HIDDEN, CLASSES),
    b2: new Float64Array(CLASSES),
  };
  const params = [model.W1, model.b1, model.W2, model.b2];
  const grads = params.map((p) => new Float64Array(p.length));
  const velocities = params.map((p) => new Float64Array(p.length));
  const [gW1, gb1, gW2, gb2] = grads;
  const s = newScratch();

  const order = new Int32Array(count);
  for (let n = 0; n < count; n++) order[n] = n;
  const batchesPerEpoch = Math.ceil(count / BATCH_SIZE);
  const totalSteps = EPOCHS * batchesPerEpoch;
  let step = 0;

  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    // A fresh shuffle each epoch (Fisher–Yates): batches of consecutive images would repeat the same bias.
    for (let n = count - 1; n > 0; n--) {
      const m = Math.floor(Math.random() * (n + 1));
      const swap = order[n];
      order[n] = order[m];
      order[m] = swap;
    }
    let lossSum = 0;
    for (let start = 0; start < count; start += BATCH_SIZE) {
      const end = Math.min(start + BATCH_SIZE, count);
      const scale = 1 / (end - start); // the loss is the batch mean: each sample's gradient counts 1/B
      for (const g of grads) g.fill(0);

      for (let b = start; b < end; b++) {
        const n = order[b];
        const nonZeroCount = forward(model, images, n, s);
        const label = labels[n];
        const p = s.logits;
        lossSum -= Math.log(Math.max(p[label], 1e-30));
        // ∂J/∂z = softmax − one-hot: the neat cancellation of softmax with cross-entropy.
        p[label] -= 1;
        for (let k = 0; k < CLASSES; k++) {
          p[k] *= scale;
          gb2[k] += p[k];
        }
        const h = s.hidden;
        const dh = s.dHidden;
        for (let j = 0; j < HIDDEN; j++) {
          const a = h[j];
          if (a === 0) {
            dh[j] = 0; // ReLU's derivative is 0 where the unit is off
            continue;
          }
          const row = j * CLASSES;
          let back = 0;
          for (let k = 0; k < CLASSES; k++) {
            gW2[row + k] += a * p[k];
            back += model.W2[row + k] * p[k];
          }
          dh[j] = back;
          gb1[j] += back;
        }
        // ∂J/∂W1 = xᵀ δ: only the rows of the non-zero pixels receive anything.
        const base = n * INPUTS;
        for (let t = 0; t < nonZeroCount; t++) {
          const i = s.nonZero[t];
          const x = images[base + i];
          const row = i * HIDDEN;
          for (let j = 0; j < HIDDEN; j++) gW1[row + j] += x * dh[j];
        }
      }

      // Cosine decay from the peak to zero: big steps early, fine steps at the end, no schedule to tune.
      const learningRate = 0.5 * PEAK_LEARNING_RATE * (1 + Math.cos((Math.PI * step) / totalSteps));
      step++;
      for (let q = 0; q < params.length; q++) {
        const w = params[q];
        const g = grads[q];
        const v = velocities[q];
        const decay = q % 2 === 0 ? WEIGHT_DECAY : 0; // weights only: decaying biases only hurts
        for (let i = 0; i < w.length; i++) {
          v[i] = MOMENTUM * v[i] - learningRate * (g[i] + decay * w[i]);
          w[i] += v[i];
        }
      }
    }
    report(epoch, lossSum / count);
  }
  return model;
}

/** The predicted digit of each image: the class with the largest probability. */
export function predict(model: unknown, images: Float32Array, count: number): ArrayLike<number> {
  const m = model as MlpModel;
  const s = newScratch();
  const predictions = new Uint8Array(count);
  for (let n = 0; n < count; n++) {
    forward(m, images, n, s);
    let best = 0;
    for (let k = 1; k < CLASSES; k++) if (s.logits[k] > s.logits[best]) best = k;
    predictions[n] = best;
  }
  return predictions;
}
