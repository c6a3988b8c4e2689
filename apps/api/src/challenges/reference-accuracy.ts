import { loadMnist, MNIST_PIXELS, subsetMnist, type MnistDataset } from '@dl/graders/mnist';
import { initReferenceBackend, trainReferenceModel, type MnistModelKind, type ReferenceTrainingResult } from '@dl/reference';
import type pg from 'pg';

/** What the challenge list shows of the reference model. */
export interface ReferenceAccuracy {
  accuracy: number;
  backend: string;
  trainingMs: number;
  trainImagesUsed: number;
  epochs: number;
  measuredAt: string;
}

/** The public half of the test set, gathered into contiguous arrays for the reference model. */
function publicHalf(dataset: MnistDataset): { images: Float32Array; labels: Uint8Array; count: number } {
  const indices = dataset.split.publicIndices;
  const images = new Float32Array(indices.length * MNIST_PIXELS);
  const labels = new Uint8Array(indices.length);
  indices.forEach((index, row) => {
    images.set(dataset.test.images.subarray(index * MNIST_PIXELS, (index + 1) * MNIST_PIXELS), row * MNIST_PIXELS);
    labels[row] = dataset.test.labels[index]!;
  });
  return { images, labels, count: indices.length };
}

/**
 * Trains the challenge's TensorFlow.js reference model on the active backend (the GPU one when
 * it loads) and measures it on the public half of the test set, where students are ranked.
 * `subset` trains and tests on fewer images (tests); the default plan per backend is the model's own.
 */
export async function measureReferenceAccuracy(
  kind: MnistModelKind,
  options: { subset?: { train: number; test: number }; epochs?: number; onEpoch?: (epoch: number, loss: number) => void } = {},
): Promise<ReferenceTrainingResult> {
  await initReferenceBackend();
  const full = loadMnist();
  const dataset = options.subset ? subsetMnist(full, options.subset.train, options.subset.test) : full;
  const test = publicHalf(dataset);
  return trainReferenceModel(
    kind,
    { trainImages: dataset.train.images, trainLabels: dataset.train.labels, trainCount: dataset.train.count, testImages: test.images, testLabels: test.labels, testCount: test.count },
    { epochs: options.epochs, onEpoch: options.onEpoch },
  );
}

/** Stores a measurement (the latest one replaces the previous). */
export async function saveReferenceAccuracy(db: pg.Pool | pg.Client, slug: string, result: ReferenceTrainingResult): Promise<void> {
  await db.query(
    `INSERT INTO challenge_references (exercise_slug, accuracy, backend, training_ms, train_images_used, epochs)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (exercise_slug) DO UPDATE SET accuracy = EXCLUDED.accuracy, backend = EXCLUDED.backend,
       training_ms = EXCLUDED.training_ms, train_images_used = EXCLUDED.train_images_used, epochs = EXCLUDED.epochs, measured_at = now()`,
    [slug, result.accuracy, result.backend, result.trainingMs, result.trainImagesUsed, result.epochs],
  );
}

/** Every stored measurement, by challenge slug. */
export async function loadReferenceAccuracies(db: pg.Pool): Promise<Map<string, ReferenceAccuracy>> {
  const { rows } = await db.query(
    `SELECT exercise_slug AS slug, accuracy, backend, training_ms AS "trainingMs", train_images_used AS "trainImagesUsed", epochs, measured_at AS "measuredAt"
       FROM challenge_references`,
  );
  return new Map(rows.map((row) => [row.slug as string, { ...row, measuredAt: new Date(row.measuredAt).toISOString() } as ReferenceAccuracy]));
}
