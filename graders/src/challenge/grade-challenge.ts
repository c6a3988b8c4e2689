import type { ChallengeSettings } from '../define-exercise';
import { ungradedResult, selectChecks, type LoadedExercise } from '../grade-submission';
import { text, type Localized } from '../localized';
import type { MnistDataset } from '../mnist/mnist-data';
import { fail, OutcomeSchema } from '../outcome';
import { GradingResultSchema, type CheckResult, type GradingFailure, type GradingMode, type GradingResult } from '../result';
import { InvalidResultError, SandboxImportError, StudentMemoryLimitError, StudentThrewError, StudentTimeLimitError, transpileStudentCode } from '../sandbox/index';
import { isChallengeChecks, type ChallengeChecks, type ChallengeRun } from './challenge-checks';
import { findPredictionProblem, scoreSubset } from './scoring';
import { TrainingSession, type CopiedPredictions } from './training-session';

/** One report(epoch, loss) of the student's training, with the CPU time used against the budget. */
export interface TrainingProgress {
  epoch: number;
  loss: number;
  cpuMs: number;
  budgetMs: number;
}

export interface GradeChallengeInput {
  exercise: LoadedExercise;
  code: string;
  mode: GradingMode;
  seed: number;
  /** The data to train and predict on (the full set on the server, a subset in tests). */
  dataset: MnistDataset;
  referenceBackend: string;
  /** Overrides the exercise's threshold (reduced datasets in CI). */
  threshold?: number;
  onTraining?: (progress: TrainingProgress) => void;
}

const MAX_LOG_LINES = 200;

/**
 * Grades a challenge submission: trains the student's model once in a fresh isolate on the
 * training set, predicts the whole test set, and judges the predictions on the host with the
 * exercise's challenge checks. Only predictions leave the isolate. The result carries the public
 * and private accuracies, the training time and the CPU time used (`result.challenge`).
 * @example
 * const result = await gradeChallenge({ exercise, code, mode: 'submit', seed: 1, dataset: loadMnist(), referenceBackend: 'cpu' });
 * result.challenge?.publicAccuracy // 0.9731
 */
export async function gradeChallenge(input: GradeChallengeInput): Promise<GradingResult> {
  const { exercise, dataset } = input;
  const settings = challengeSettings(exercise);
  const challengeChecks = exercise.checks as ChallengeChecks;
  const startedAt = performance.now();
  const selected = selectChecks(exercise, input.mode);
  const logs: string[] = [];
  const losses: ChallengeRun['losses'] = [];
  const timings = { transpileMs: 0, setupMs: 0, checksMs: 0, totalMs: 0, cpuMs: 0 };
  let trainingMs = 0;
  const finish = (result: Pick<GradingResult, 'status' | 'score' | 'checks'> & Partial<GradingResult>, accuracies = { publicAccuracy: null as number | null, privateAccuracy: null as number | null }) =>
    GradingResultSchema.parse({
      exercise: exercise.slug,
      mode: input.mode,
      seed: input.seed,
      maxScore: selected.reduce((sum, check) => sum + check.points, 0),
      referenceBackend: input.referenceBackend,
      logs,
      ...result,
      timings: { ...timings, totalMs: performance.now() - startedAt },
      challenge: { ...accuracies, trainingMs, cpuMs: timings.cpuMs, budgetMs: settings.cpuMs, trainCount: dataset.train.count, testCount: dataset.test.count },
    });

  const transpiled = await transpileStudentCode(input.code);
  timings.transpileMs = performance.now() - startedAt;
  if (!transpiled.ok) return finish(ungradedResult(selected, transpiled.failure));

  const setupStartedAt = performance.now();
  let session: TrainingSession;
  try {
    session = await TrainingSession.create({
      code: transpiled.js,
      memoryMb: settings.memoryMb,
      cpuMs: settings.cpuMs,
      seed: input.seed,
      onLog: (line) => void (logs.length < MAX_LOG_LINES && logs.push(line)),
      onReport: (epoch, loss, cpuMs) => {
        losses.push({ epoch, loss });
        input.onTraining?.({ epoch, loss, cpuMs, budgetMs: settings.cpuMs });
      },
    });
  } catch (error) {
    timings.setupMs = performance.now() - setupStartedAt;
    const failure = studentFailure(error, 'load');
    if (!failure) throw error;
    return finish(ungradedResult(selected, failure));
  }
  timings.setupMs = performance.now() - setupStartedAt;

  try {
    const missing = exercise.meta.exports.filter((name) => !session.exportsFunction(name));
    if (missing.length > 0) {
      const names = missing.join(', ');
      return finish(ungradedResult(selected, { reason: 'missing-export', message: text(`Fonction(s) non exportée(s) : ${names}.`, `Missing exported function(s): ${names}.`) }));
    }
    let predictions: CopiedPredictions;
    const trainStartedAt = performance.now();
    let step: 'train' | 'predict' = 'train';
    try {
      await session.train(dataset.train.images, dataset.train.labels, dataset.train.count);
      trainingMs = performance.now() - trainStartedAt;
      step = 'predict';
      predictions = await session.predict(dataset.test.images, dataset.test.count);
    } catch (error) {
      trainingMs ||= performance.now() - trainStartedAt;
      timings.cpuMs = session.cpuMsUsed();
      return finish(stoppedResult(selected, error, step));
    }
    timings.cpuMs = session.cpuMsUsed();

    const checksStartedAt = performance.now();
    const run: ChallengeRun = {
      predictions: predictions.values,
      returnedLength: predictions.returnedLength,
      test: dataset.test,
      split: dataset.split,
      threshold: input.threshold ?? settings.threshold,
      losses,
      cpuMs: timings.cpuMs,
      budgetMs: settings.cpuMs,
    };
    const checks = selected.map((check): CheckResult => {
      const evaluatedAt = performance.now();
      const outcome = OutcomeSchema.parse(challengeChecks[check.id]!.evaluate(run));
      return { id: check.id, title: check.title, visible: check.visible, points: check.points, earned: outcome.passed ? check.points : 0, passed: outcome.passed, code: outcome.code, message: outcome.message, ...(outcome.details ? { details: outcome.details } : {}), durationMs: performance.now() - evaluatedAt };
    });
    timings.checksMs = performance.now() - checksStartedAt;
    const valid = findPredictionProblem(run.predictions, run.returnedLength, dataset.test.count) === undefined;
    const accuracies = valid
      ? { publicAccuracy: scoreSubset(run.predictions, dataset.test.labels, dataset.split.publicIndices).accuracy, privateAccuracy: scoreSubset(run.predictions, dataset.test.labels, dataset.split.privateIndices).accuracy }
      : undefined;
    const score = checks.reduce((sum, check) => sum + check.earned, 0);
    return finish({ status: checks.every((check) => check.passed) ? 'passed' : 'failed', score, checks }, accuracies);
  } finally {
    session.dispose();
  }
}

/** The exercise's challenge rules; throws for an exercise that is not a challenge. */
export function challengeSettings(exercise: LoadedExercise): ChallengeSettings {
  if (!exercise.meta.challenge || !isChallengeChecks(exercise.checks)) throw new Error(`exercise "${exercise.slug}" is not a challenge`);
  return exercise.meta.challenge;
}

/** Training or prediction stopped: every check fails with why, and limits become the grading's failure. */
function stoppedResult(selected: ReturnType<typeof selectChecks>, error: unknown, step: 'train' | 'predict'): Pick<GradingResult, 'status' | 'score' | 'checks' | 'failure'> {
  const failure = studentFailure(error, step);
  if (!failure) throw error;
  if (failure.reason === 'time-limit' || failure.reason === 'memory-limit') return ungradedResult(selected, failure);
  const code = error instanceof InvalidResultError ? 'invalid-result' : 'threw';
  return {
    status: 'failed',
    score: 0,
    checks: selected.map((check) => ({ id: check.id, title: check.title, visible: check.visible, points: check.points, earned: 0, ...fail(code, failure.message), durationMs: 0 })),
  };
}

function studentFailure(error: unknown, step: 'load' | 'train' | 'predict'): GradingFailure | undefined {
  const where: Record<typeof step, Localized> = {
    load: text('au chargement du module', 'while loading the module'),
    train: text('dans train', 'in train'),
    predict: text('dans predict', 'in predict'),
  };
  if (error instanceof SandboxImportError) {
    const names = error.specifiers.join(', ');
    return { reason: 'import', message: text(`Les imports ne sont pas disponibles (${names}) : écrivez tout dans ce fichier.`, `Imports are not available (${names}): write everything in this file.`) };
  }
  if (error instanceof StudentTimeLimitError) {
    return { reason: 'time-limit', message: text(`Entraînement arrêté ${where[step].fr} : ${error.detail.fr}.`, `Training stopped ${where[step].en}: ${error.detail.en}.`) };
  }
  if (error instanceof StudentMemoryLimitError) {
    return { reason: 'memory-limit', message: text(`Mémoire dépassée ${where[step].fr} : ${error.detail.fr}.`, `Memory exceeded ${where[step].en}: ${error.detail.en}.`) };
  }
  if (error instanceof StudentThrewError) {
    return { reason: 'top-level-threw', message: text(`Exception ${where[step].fr} : ${error.message}`, `Exception ${where[step].en}: ${error.message}`) };
  }
  if (error instanceof InvalidResultError) {
    return { reason: 'top-level-threw', message: text(`Résultat de predict illisible : ${error.message}`, `The result of predict cannot be read: ${error.message}`) };
  }
  return undefined;
}
