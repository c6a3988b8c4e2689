// Instructor's solution of the MNIST CNN challenge:
//   28×28×1 → conv 5×5, 32 filters, stride 1, no padding → 24×24×32 → ReLU → max-pool 2×2 → 12×12×32
//           → flatten [H][W][C] → dense 4608 → 10 → softmax,
// trained by mini-batch SGD with momentum and a cosine learning-rate schedule.
// One convolution layer is enough for 98.5 %: thirty-two 5×5 stroke detectors, made tolerant to small shifts
// by the pooling, feed a linear classifier. A second convolution would add accuracy but triple the cost.
// Measured here (same seed): 32 filters and 7 epochs give 98.9 % in 190 to 205 s of CPU on a busy shared
// machine; 24 filters, 98.6 to 98.7 %; 16 filters and 6 epochs, 98.6 %: too close to the threshold.
// Layout: flat typed arrays, channels last (index (row * width + column) * channels + channel), so that
// the innermost loops run over the 32 channels of one position, contiguous in memory.

const SIDE = 28;
const PIXELS = SIDE * SIDE;
const KERNEL = 5;
const FILTERS = 32;
const CONV_SIDE = SIDE - KERNEL + 1; // 24: no padding, the kernel stays inside the image
const POOL_SIDE = CONV_SIDE / 2; // 12
const FEATURES = POOL_SIDE * POOL_SIDE * FILTERS; // 4608
const CLASSES = 10;
const EPOCHS = 7;
const BATCH_SIZE = 64;
const PEAK_LEARNING_RATE = 0.05;
const MOMENTUM = 0.9;
const WEIGHT_DECAY = 1e-4; // weights only; a light L2 penalty for a model with more weights than needed
// Offsets in `conv` of the other three cells of a pooling window, in row-major order (ties go to the first).
const POOL_OFFSETS = [FILTERS, CONV_SIDE * FILTERS, (CONV_SIDE + 1) * FILTERS];

/** Everything `predict` needs; it stays inside the sandbox. Float64: JavaScript computes in float64 anyway. */
interface CnnModel {
  kernels: Float64Array; // [KERNEL][KERNEL][FILTERS] (one input channel)
  convBias: Float64Array; // [FILTERS]
  W: Float64Array; // [FEATURES][CLASSES]
  b: Float64Array; // [CLASSES]
}

/** A standard normal draw (Box–Muller) from Math.random, which the sandbox seeds. */
function gaussian(): number {
  const u = 1 - Math.random(); // in (0, 1]: log(0) would be -Infinity
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * Math.random());
}

/** He initialisation, σ = √(2 / fanIn): ReLU halves the variance, the factor 2 gives it back. */
function heInit(size: number, fanIn: number): Float64Array {
  const weights = new Float64Array(size);
  const sigma = Math.sqrt(2 / fanIn);
  for (let i = 0; i < size; i++) weights[i] = sigma * gaussian();
  return weights;
}

/** Working buffers for one image, allocated once: nothing is allocated while training. */
interface Scratch {
  nonZero: Int32Array; // indices of the non-zero pixels (about one in five on MNIST)
  conv: Float64Array; // [CONV_SIDE][CONV_SIDE][FILTERS], before ReLU
  pooled: Float64Array; // [POOL_SIDE][POOL_SIDE][FILTERS], after ReLU and pooling
  winner: Int32Array; // for each pooled value, the index in `conv` of its maximum (gradient routing)
  probs: Float64Array;
}

function newScratch(): Scratch {
  return {
    nonZero: new Int32Array(PIXELS),
    conv: new Float64Array(CONV_SIDE * CONV_SIDE * FILTERS),
    pooled: new Float64Array(FEATURES),
    winner: new Int32Array(FEATURES),
    probs: new Float64Array(CLASSES),
  };
}

/**
 * Forward pass of image `n`: leaves the class probabilities in `s.probs`.
 * The convolution is written from the input's side: each non-zero pixel adds its value times the kernel
 * to the (at most 25) outputs it touches. Black pixels, 80 % of MNIST, then cost nothing at all.
 */
function forward(model: CnnModel, images: Float32Array, n: number, s: Scratch): void {
  const { kernels, convBias, W, b } = model;
  const base = n * PIXELS;
  const conv = s.conv;
  for (let p = 0; p < CONV_SIDE * CONV_SIDE; p++) conv.set(convBias, p * FILTERS);

  let count = 0;
  for (let i = 0; i < PIXELS; i++) if (images[base + i] !== 0) s.nonZero[count++] = i;
  for (let t = 0; t < count; t++) {
    const pixel = s.nonZero[t];
    const value = images[base + pixel];
    const y = (pixel / SIDE) | 0;
    const x = pixel - y * SIDE;
    // Output (r, c) sees this pixel through kernel tap (y − r, x − c); keep the taps that land inside.
    const rFirst = Math.max(0, y - KERNEL + 1);
    const rLast = Math.min(CONV_SIDE - 1, y);
    const cFirst = Math.max(0, x - KERNEL + 1);
    const cLast = Math.min(CONV_SIDE - 1, x);
    for (let r = rFirst; r <= rLast; r++) {
      for (let c = cFirst; c <= cLast; c++) {
        const out = (r * CONV_SIDE + c) * FILTERS;
        const tap = ((y - r) * KERNEL + (x - c)) * FILTERS;
        for (let f = 0; f < FILTERS; f++) conv[out + f] += value * kernels[tap + f];
      }
    }
  }

  // ReLU then 2×2 max-pooling, fused: max(0, a, b, c, d) = maxpool(relu(…)). The winner is kept for the
  // backward pass; a pooled 0 means the unit is off and passes no gradient (ReLU's derivative at 0 is 0).
  const pooled = s.pooled;
  for (let pr = 0; pr < POOL_SIDE; pr++) {
    for (let pc = 0; pc < POOL_SIDE; pc++) {
      const topLeft = (2 * pr * CONV_SIDE + 2 * pc) * FILTERS;
      const target = (pr * POOL_SIDE + pc) * FILTERS;
      for (let f = 0; f < FILTERS; f++) {
        let best = topLeft + f;
        for (const offset of POOL_OFFSETS) if (conv[topLeft + offset + f] > conv[best]) best = topLeft + offset + f;
        pooled[target + f] = conv[best] > 0 ? conv[best] : 0;
        s.winner[target + f] = best;
      }
    }
  }

  const z = s.probs;
  z.set(b);
  for (let i = 0; i < FEATURES; i++) {
    const a = pooled[i];
    if (a === 0) continue;
    const row = i * CLASSES;
    for (let k = 0; k < CLASSES; k++) z[k] += a * W[row + k];
  }
  let max = z[0];
  for (let k = 1; k < CLASSES; k++) if (z[k] > max) max = z[k];
  let sum = 0;
  for (let k = 0; k < CLASSES; k++) {
    z[k] = Math.exp(z[k] - max); // largest logit subtracted: exp never overflows
    sum += z[k];
  }
  for (let k = 0; k < CLASSES; k++) z[k] /= sum;
}

/** Trains the network and returns it; calls `report(epoch, mean loss)` after each epoch. */
export function train(images: Float32Array, labels: Uint8Array, count: number, report: (epoch: number, loss: number) => void): unknown {
  const model: CnnModel = {
    kernels: heInit(KERNEL * KERNEL * FILTERS, KERNEL * KERNEL),
    convBias: new Float64Array(FILTERS),
    W: heInit(FEATURES * CLASSES, FEATURES),
    b: new Float64Array(CLASSES),
  };
  const params = [model.kernels, model.convBias, model.W, model.b];
  const grads = params.map((p) => new Float64Array(p.length));
  const velocities = params.map((p) => new Float64Array(p.length));
  const [gKernels, gConvBias, gW, gb] = grads;
  const s = newScratch();

  const order = new Int32Array(count);
  for (let n = 0; n < count; n++) order[n] = n;
  const totalSteps = EPOCHS * Math.ceil(count / BATCH_SIZE);
  let step = 0;

  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let n = count - 1; n > 0; n--) {
      // Fisher–Yates: a fresh order every epoch, so that no batch repeats the same mix.
      const m = Math.floor(Math.random() * (n + 1));
      const swap = order[n];
      order[n] = order[m];
      order[m] = swap;
    }
    let lossSum = 0;
    for (let start = 0; start < count; start += BATCH_SIZE) {
      const end = Math.min(start + BATCH_SIZE, count);
      const scale = 1 / (end - start); // the loss is the batch mean
      for (const g of grads) g.fill(0);

      for (let bi = start; bi < end; bi++) {
        const n = order[bi];
        forward(model, images, n, s);
        const label = labels[n];
        const dz = s.probs;
        lossSum -= Math.log(Math.max(dz[label], 1e-30));
        dz[label] -= 1; // ∂J/∂z = softmax − one-hot
        for (let k = 0; k < CLASSES; k++) {
          dz[k] *= scale;
          gb[k] += dz[k];
        }
        const base = n * PIXELS;
        for (let i = 0; i < FEATURES; i++) {
          const a = s.pooled[i];
          if (a === 0) continue; // an off unit: no gradient to W, none back to the convolution
          const row = i * CLASSES;
          let back = 0;
          for (let k = 0; k < CLASSES; k++) {
            gW[row + k] += a * dz[k];
            back += model.W[row + k] * dz[k];
          }
          // Max-pooling sends the gradient to its winner only; the winner's output is Σ x·kernel + bias,
          // so each kernel tap receives back × the pixel under it. No ∂J/∂x: the image is not learnt.
          const winner = s.winner[i];
          const f = winner % FILTERS;
          const position = (winner - f) / FILTERS;
          const r = (position / CONV_SIDE) | 0;
          const c = position - r * CONV_SIDE;
          gConvBias[f] += back;
          for (let u = 0; u < KERNEL; u++) {
            const pixelRow = base + (r + u) * SIDE + c;
            const tapRow = u * KERNEL * FILTERS + f;
            for (let v = 0; v < KERNEL; v++) gKernels[tapRow + v * FILTERS] += back * images[pixelRow + v];
          }
        }
      }

      // Cosine decay from the peak to zero: big steps early, fine ones at the end.
      const learningRate = 0.5 * PEAK_LEARNING_RATE * (1 + Math.cos((Math.PI * step) / totalSteps));
      step++;
      for (let q = 0; q < params.length; q++) {
        const w = params[q];
        const g = grads[q];
        const v = velocities[q];
        const decay = q % 2 === 0 ? WEIGHT_DECAY : 0;
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
  const m = model as CnnModel;
  const s = newScratch();
  const predictions = new Uint8Array(count);
  for (let n = 0; n < count; n++) {
    forward(m, images, n, s);
    let best = 0;
    for (let k = 1; k < CLASSES; k++) if (s.probs[k] > s.probs[best]) best = k;
    predictions[n] = best;
  }
  return predictions;
}
