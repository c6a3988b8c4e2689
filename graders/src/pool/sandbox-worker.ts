// A grading worker process, forked by the supervisor (supervisor.ts) with --no-node-snapshot.
// It grades one submission at a time, each in a fresh isolate, and answers over IPC.
import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import { DEFAULT_LIMITS } from '../define-exercise';
import { gradeSubmission, selectChecks, type LoadedExercise } from '../grade-submission';
import { IsolateSession, transpileStudentCode } from '../sandbox/index';
import type { GradingResult } from '../result';
import { GradeTaskMessageSchema, type GradeTaskMessage, type WorkerMessage } from './messages';

interface ExerciseCatalog {
  loadExercise(slug: string): Promise<LoadedExercise>;
  /** Loads an authored exercise from its folder (cached there: such folders never change). */
  loadExerciseFolder?(folder: string, slug: string): Promise<LoadedExercise>;
}

/** Wall-clock time a challenge's first grading in a worker may spend reading MNIST (about 2 s alone). */
const MNIST_LOAD_ALLOWANCE_MS = 30_000;

/** Progress messages of one grading are at least this far apart (the API publishes them no more often). */
const PROGRESS_MIN_INTERVAL_MS = 50;

/** Module of the exercise catalogue; tests point it at a fixture (a module path or name). */
const catalogSpecifier = process.env.DL_EXERCISE_CATALOG ?? '@dl/exercises';

function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });
}

async function die(error: unknown): Promise<never> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`grading worker ${process.pid}: ${error instanceof Error ? error.stack : message}\n`);
  await send({ type: 'fatal', message });
  process.exit(1);
}

async function main(): Promise<void> {
  process.on('uncaughtException', (error) => void die(error));
  process.on('unhandledRejection', (error) => void die(error));
  // The supervisor going away must not leave a worker behind.
  process.on('disconnect', () => process.exit(0));

  const { initReferenceBackend } = await import('@dl/reference');
  const referenceBackend = await initReferenceBackend();
  const catalog = (await import(isAbsolute(catalogSpecifier) ? pathToFileURL(catalogSpecifier).href : catalogSpecifier)) as ExerciseCatalog;
  const exercises = new Map<string, Promise<LoadedExercise>>();
  const loadExercise = (slug: string, folder?: string) => {
    if (folder) {
      if (!catalog.loadExerciseFolder) return Promise.reject(new Error('this catalogue has no authored exercises'));
      return catalog.loadExerciseFolder(folder, slug);
    }
    let exercise = exercises.get(slug);
    if (!exercise) {
      exercise = catalog.loadExercise(slug);
      exercises.set(slug, exercise);
      exercise.catch(() => exercises.delete(slug));
    }
    return exercise;
  };

  // esbuild's service (a Go process) transpiles one small file at a time: one OS thread and a
  // lazier garbage collector cost it about a quarter less CPU per file (measured here, 2 cores).
  process.env.GOMAXPROCS ??= '1';
  process.env.GOGC ??= '400';
  // Ahead of the first task: esbuild starts its service on the first transform (up to ~200 ms),
  // and the first isolate is made while nobody waits for it.
  await transpileStudentCode('export const warmUp = (x: number): number => x;');
  IsolateSession.prepareSpare(DEFAULT_LIMITS.memoryMb);

  let queue = Promise.resolve();
  process.on('message', (raw: unknown) => {
    const task = GradeTaskMessageSchema.parse(raw);
    queue = queue.then(() => grade(task, loadExercise, referenceBackend));
  });
  await send({ type: 'ready', referenceBackend });
}

async function grade(task: GradeTaskMessage, loadExercise: (slug: string, folder?: string) => Promise<LoadedExercise>, referenceBackend: string): Promise<void> {
  let exercise: LoadedExercise;
  try {
    exercise = await loadExercise(task.slug, task.folder);
  } catch (error) {
    await send({ type: 'task-error', taskId: task.taskId, message: `exercise "${task.slug}" could not be loaded: ${(error as Error).message}` });
    return;
  }
  const checks = selectChecks(exercise, task.mode).map(({ id, title, visible, points }) => ({ id, title, visible, points }));
  let result: GradingResult;
  if (exercise.meta.challenge) {
    const { gradeChallenge, challengeDatasetFromEnv } = await import('../challenge/grading');
    const { CHALLENGE_WALL_FACTOR } = await import('../challenge/training-session');
    // A challenge's budget is CPU time, enforced inside; the supervisor's wall-clock deadline
    // allows a busy machine the same factor, plus the first read of MNIST in this process.
    const wallBudgetMs = CHALLENGE_WALL_FACTOR * exercise.meta.challenge.cpuMs + MNIST_LOAD_ALLOWANCE_MS;
    await send({ type: 'started', taskId: task.taskId, cpuMs: wallBudgetMs, checks });
    const { dataset, threshold } = challengeDatasetFromEnv();
    result = await gradeChallenge({
      exercise,
      code: task.code,
      mode: task.mode,
      seed: task.seed,
      dataset,
      referenceBackend,
      ...(threshold !== undefined ? { threshold } : {}),
      onTraining: (progress) => void send({ type: 'training', taskId: task.taskId, ...progress }),
    });
  } else {
    await send({ type: 'started', taskId: task.taskId, cpuMs: exercise.meta.limits.cpuMs, checks });
    result = await gradeSubmission({
      exercise,
      code: task.code,
      mode: task.mode,
      seed: task.seed,
      referenceBackend,
      onProgress: throttledProgress(task.taskId),
    });
  }
  await send({ type: 'result', taskId: task.taskId, result });
  // The next submission's isolate is made now, off its critical path (a fresh one: never reused).
  IsolateSession.prepareSpare(exercise.meta.limits.memoryMb);
}

/**
 * Progress after a check, at most one message per interval: most gradings end within a few
 * milliseconds, and then their result says it all (an IPC message costs both processes CPU).
 */
function throttledProgress(taskId: number): (done: number, total: number) => void {
  let lastSentAt = performance.now();
  return (done, total) => {
    const now = performance.now();
    if (now - lastSentAt < PROGRESS_MIN_INTERVAL_MS) return;
    lastSentAt = now;
    void send({ type: 'progress', taskId, done, total });
  };
}

main().catch(die);
