import { loadMnist, subsetMnist, type MnistDataset } from '../mnist/mnist-data';

/** The data challenge gradings use in this process, and a threshold override that goes with a subset. */
export interface ChallengeDatasetChoice {
  dataset: MnistDataset;
  threshold?: number;
}

/**
 * The full MNIST set, or a subset when `DL_CHALLENGE_SUBSET=<train>:<test>` is set (CI and tests),
 * with `DL_CHALLENGE_THRESHOLD` (in [0, 1]) replacing the exercises' thresholds, since a model
 * trained on fewer images cannot reach them. Read once per call; the data itself is cached.
 * @example DL_CHALLENGE_SUBSET=2000:1000 DL_CHALLENGE_THRESHOLD=0.8 → 2,000 training, 1,000 test images, 80 %
 */
export function challengeDatasetFromEnv(env: NodeJS.ProcessEnv = process.env): ChallengeDatasetChoice {
  const full = loadMnist();
  const threshold = env.DL_CHALLENGE_THRESHOLD === undefined || env.DL_CHALLENGE_THRESHOLD === '' ? undefined : Number(env.DL_CHALLENGE_THRESHOLD);
  if (threshold !== undefined && !(threshold > 0 && threshold <= 1)) throw new Error(`DL_CHALLENGE_THRESHOLD must be in (0, 1], got ${env.DL_CHALLENGE_THRESHOLD}`);
  const subset = env.DL_CHALLENGE_SUBSET;
  if (!subset) return { dataset: full, ...(threshold !== undefined ? { threshold } : {}) };
  const match = /^(\d+):(\d+)$/.exec(subset);
  if (!match) throw new Error(`DL_CHALLENGE_SUBSET must be <train>:<test>, got ${subset}`);
  return { dataset: subsetMnist(full, Number(match[1]), Number(match[2])), ...(threshold !== undefined ? { threshold } : {}) };
}
