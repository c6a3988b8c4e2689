// `npx tsx tests/bench/challenge-bench.ts`: time to score 10,000 predictions on the host (validation,
// accuracy and confusion matrix of both halves, the checks' feedback), and the peak resident memory
// of one full-size challenge grading (60,000 training images, 10,000 test images) in this process.
import { readFileSync } from 'node:fs';
import { defineChallengeChecks, findPredictionProblem, predictionsValidCheck, publicAccuracyCheck, scoreSubset, type ChallengeRun } from '@dl/graders/challenge';
import { gradeChallenge } from '@dl/graders/challenge/grading';
import { loadMnist } from '@dl/graders/mnist';
import { loadExercise } from '@dl/exercises';
import { NEAREST_CENTROID } from '../challenges/models';

/** Peak and current resident memory of this process, in MB (VmHWM and VmRSS). */
function memoryMb(): { peak: number; now: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)![1]) / 1024;
  return { peak: kb('VmHWM'), now: kb('VmRSS') };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dataset = loadMnist();
const { test, split } = dataset;
// Predictions about 90 % right, as a trained model's.
const predictions = new Float64Array(test.count);
for (let i = 0; i < test.count; i++) predictions[i] = i % 10 === 0 ? (test.labels[i]! + 1) % 10 : test.labels[i]!;

const scoringMs: number[] = [];
for (let round = 0; round < 200; round++) {
  const started = performance.now();
  if (findPredictionProblem(predictions, predictions.length, test.count)) throw new Error('unexpected invalid predictions');
  scoreSubset(predictions, test.labels, split.publicIndices);
  scoreSubset(predictions, test.labels, split.privateIndices);
  scoringMs.push(performance.now() - started);
}

const checks = defineChallengeChecks({ 'predictions-valid': predictionsValidCheck(), 'public-accuracy': publicAccuracyCheck() });
const run: ChallengeRun = { predictions, returnedLength: test.count, test, split, threshold: 0.95, losses: [], cpuMs: 0, budgetMs: 90_000 };
const checksMs: number[] = [];
for (let round = 0; round < 50; round++) {
  const started = performance.now();
  for (const check of Object.values(checks)) check.evaluate(run);
  checksMs.push(performance.now() - started);
}
console.log(`scoring 10,000 predictions (validation + both halves): median ${median(scoringMs).toFixed(3)} ms over ${scoringMs.length} rounds`);
console.log(`challenge checks on 10,000 predictions (with confusion matrix and misclassified digits): median ${median(checksMs).toFixed(3)} ms`);

const before = memoryMb();
const exercise = await loadExercise('mnist-mlp');
const started = performance.now();
const result = await gradeChallenge({ exercise, code: NEAREST_CENTROID, mode: 'submit', seed: 1, dataset, referenceBackend: 'none' });
const after = memoryMb();
console.log(
  `full-size grading (nearest centroid, 60,000 × 784 training, 10,000 test): ${result.status}, public ${(result.challenge!.publicAccuracy! * 100).toFixed(2)} %, ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s wall, ${(result.timings.cpuMs / 1000).toFixed(1)} s isolate CPU`,
);
console.log(`resident memory: ${before.now.toFixed(0)} MB with MNIST loaded before grading, peak ${after.peak.toFixed(0)} MB during it (grading adds ${(after.peak - before.now).toFixed(0)} MB)`);
