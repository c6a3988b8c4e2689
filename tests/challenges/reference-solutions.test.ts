import { createRng } from '@dl/graders';
import { gradeChallenge } from '@dl/graders/challenge/grading';
import { loadMnist, subsetMnist, type MnistDataset } from '@dl/graders/mnist';
import { loadExercise } from '@dl/exercises';
import { describe, expect, it } from 'vitest';
import * as cnnSolution from '../../exercises/mnist-cnn/solution';
import * as mlpSolution from '../../exercises/mnist-mlp/solution';

// The instructor solutions of the MNIST challenges must reach their accuracy within their CPU budget.
// SLOW=1: the full set (60,000 training, 10,000 test images) against the real thresholds and budgets
// (97.5 % in 90 s for the MLP, 98.5 % in 300 s for the CNN). Otherwise a shortened run on a subset, with
// thresholds and budgets scaled down, so that CI stays fast.
const SLOW = process.env.SLOW === '1';

interface Run {
  trainCount: number;
  testCount: number;
  minAccuracy: number;
  cpuBudgetMs: number;
}

const RUNS: Record<'mlp' | 'cnn', Run> = SLOW
  ? { mlp: { trainCount: 60_000, testCount: 10_000, minAccuracy: 0.975, cpuBudgetMs: 90_000 }, cnn: { trainCount: 60_000, testCount: 10_000, minAccuracy: 0.985, cpuBudgetMs: 300_000 } }
  : // Budgets: the full ones in proportion to the data (15 s and 25 s) plus half as much again, since CPU
    // time grows by up to 2× on a loaded machine (measured: 7 s and 12 s idle, 9 s and 19 s loaded).
    // Thresholds about a point under what the seeded runs measure (93.1 % and 95.6 %: less data, less accuracy).
    { mlp: { trainCount: 10_000, testCount: 2_000, minAccuracy: 0.92, cpuBudgetMs: 22_000 }, cnn: { trainCount: 5_000, testCount: 2_000, minAccuracy: 0.94, cpuBudgetMs: 40_000 } };

interface Solution {
  train(images: Float32Array, labels: Uint8Array, count: number, report: (epoch: number, loss: number) => void): unknown;
  predict(model: unknown, images: Float32Array, count: number): ArrayLike<number>;
}

/** This process's CPU time (user + system), in milliseconds: the solutions are single-threaded. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Trains on the host and measures the test accuracy, the CPU time of `train` and the reported losses.
 * Math.random is seeded during training, as in the sandbox, so that a run is reproducible.
 */
function trainAndScore(solution: Solution, data: MnistDataset, seed: number) {
  const losses: number[] = [];
  const unseeded = Math.random;
  Math.random = createRng(seed);
  const cpuBefore = cpuMs();
  const wallBefore = performance.now();
  let model: unknown;
  try {
    model = solution.train(data.train.images, data.train.labels, data.train.count, (epoch, loss) => {
      expect(epoch).toBe(losses.length);
      losses.push(loss);
    });
  } finally {
    Math.random = unseeded;
  }
  const trainingCpuMs = cpuMs() - cpuBefore;
  const trainingWallMs = performance.now() - wallBefore;
  const predictions = solution.predict(model, data.test.images, data.test.count);
  expect(predictions.length).toBe(data.test.count);
  let correct = 0;
  for (let i = 0; i < data.test.count; i++) if (predictions[i] === data.test.labels[i]) correct++;
  return { accuracy: correct / data.test.count, trainingCpuMs, trainingWallMs, losses };
}

const solutions = { mlp: mlpSolution, cnn: cnnSolution } satisfies Record<string, Solution>;

describe(`instructor solutions of the MNIST challenges (${SLOW ? 'full data' : 'shortened; SLOW=1 for the full data'})`, () => {
  for (const kind of ['mlp', 'cnn'] as const) {
    const run = RUNS[kind];
    it(
      `mnist-${kind}: ≥ ${(run.minAccuracy * 100).toFixed(1)} % on ${run.testCount} test images after training on ${run.trainCount} within ${run.cpuBudgetMs / 1000} s of CPU`,
      () => {
        const data = subsetMnist(loadMnist(), run.trainCount, run.testCount);
        const result = trainAndScore(solutions[kind], data, 1);
        console.log(
          `[mnist-${kind}] accuracy ${(result.accuracy * 100).toFixed(2)} %, training ${(result.trainingCpuMs / 1000).toFixed(1)} s CPU ` +
            `(${(result.trainingWallMs / 1000).toFixed(1)} s wall), losses ${result.losses.map((loss) => loss.toFixed(4)).join(' ')}`,
        );
        expect(result.accuracy).toBeGreaterThanOrEqual(run.minAccuracy);
        expect(result.trainingCpuMs).toBeLessThan(run.cpuBudgetMs);
        expect(result.losses.length).toBeGreaterThan(1);
        expect(result.losses.at(-1)!).toBeLessThan(result.losses[0]!);
      },
      SLOW ? 900_000 : 180_000,
    );
  }

  // Each half holds 1,000 images here, so the threshold leaves room for the halves' own spread.
  it('mnist-mlp through the challenge grader: trains in the sandbox and passes on a subset', async () => {
    const exercise = await loadExercise('mnist-mlp');
    const dataset = subsetMnist(loadMnist(), 10_000, 2_000);
    const result = await gradeChallenge({ exercise, code: exercise.solution, mode: 'submit', seed: 3, dataset, referenceBackend: 'none', threshold: 0.9 });
    console.log(`[mnist-mlp, sandbox] public ${result.challenge?.publicAccuracy}, private ${result.challenge?.privateAccuracy}, ${((result.challenge?.cpuMs ?? 0) / 1000).toFixed(1)} s CPU`);
    expect(result.failure).toBeUndefined();
    expect(result.status).toBe('passed');
    expect(result.challenge!.publicAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(result.challenge!.privateAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(result.challenge!.cpuMs).toBeGreaterThan(0);
    expect(result.challenge!.cpuMs).toBeLessThan(result.challenge!.budgetMs);
  }, 180_000);
});
