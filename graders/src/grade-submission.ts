import { truncateForDisplay } from './compare/format';
import { roundPlot } from './compare/plot-precision';
import type { CheckDefinition, ChecksDefinition, StudentModule } from './define-checks';
import type { ExerciseMeta } from './define-exercise';
import { text, type Localized } from './localized';
import { fail, OutcomeSchema, type Outcome, type OutcomeDetails } from './outcome';
import { createRng, deriveSeed } from './random/rng';
import { GradingResultSchema, type CheckResult, type GradingFailure, type GradingMode, type GradingResult } from './result';
import {
  InvalidResultError,
  IsolateSession,
  SandboxImportError,
  StudentMemoryLimitError,
  StudentThrewError,
  StudentTimeLimitError,
  transpileStudentCode,
} from './sandbox/index';

/** An exercise as the grader needs it: its slug, validated metadata and checks. */
export interface LoadedExercise {
  slug: string;
  meta: ExerciseMeta;
  checks: ChecksDefinition;
}

export interface GradeSubmissionInput {
  exercise: LoadedExercise;
  /** The student's TypeScript module. */
  code: string;
  mode: GradingMode;
  /** Seed of every random input (uint32); stored with the result so that grading can be replayed. */
  seed: number;
  /** TensorFlow.js backend computing the reference values, reported with the result. */
  referenceBackend: string;
  /** Called after each check with the number done and the number selected. */
  onProgress?: (done: number, total: number) => void;
}

/** One selected check, as the supervisor also needs it to report a grading its worker did not finish. */
export interface SelectedCheck {
  id: string;
  title: Localized;
  visible: boolean;
  points: number;
}

/** How many leading elements of each array a hidden check's feedback keeps. */
const HIDDEN_SAMPLE_ELEMENTS = 8;
const HIDDEN_GRADIENT_ROWS = 5;
const MAX_LOG_LINES = 200;

/** The checks a mode runs, in their declared order: Run runs the visible ones, Submit all. */
export function selectChecks(exercise: LoadedExercise, mode: GradingMode): Array<SelectedCheck & { definition: CheckDefinition }> {
  return Object.entries(exercise.checks)
    .filter(([, check]) => mode === 'submit' || check.visible)
    .map(([id, check]) => ({ id, title: check.title, visible: check.visible, points: check.points, definition: check }));
}

/**
 * Transpiles the student's module, loads it into a fresh isolate and runs the exercise's checks
 * (visible ones for 'run', all for 'submit'). Returns a result whenever grading ran: `failed`
 * with a reason for the student's faults (syntax, import, missing export, throw, time, memory),
 * `error` only for a platform fault. The worker, the command-line grader and the validator all
 * call it.
 * @example
 * const result = await gradeSubmission({ exercise, code, mode: 'submit', seed: 42, referenceBackend: 'cpu' });
 * result.status; // 'passed' | 'failed' | 'error'
 */
export async function gradeSubmission(input: GradeSubmissionInput): Promise<GradingResult> {
  const { exercise, mode, seed } = input;
  const startedAt = performance.now();
  const selected = selectChecks(exercise, mode);
  const logs: string[] = [];
  const timings = { transpileMs: 0, setupMs: 0, checksMs: 0, totalMs: 0, cpuMs: 0 };
  const finish = (result: Omit<GradingResult, 'exercise' | 'mode' | 'seed' | 'maxScore' | 'timings' | 'referenceBackend' | 'logs'>): GradingResult =>
    GradingResultSchema.parse({
      exercise: exercise.slug,
      mode,
      seed,
      maxScore: selected.reduce((sum, check) => sum + check.points, 0),
      referenceBackend: input.referenceBackend,
      logs,
      ...result,
      timings: { ...timings, totalMs: performance.now() - startedAt },
    });

  const transpiled = await transpileStudentCode(input.code);
  timings.transpileMs = performance.now() - startedAt;
  if (!transpiled.ok) return finish(ungradedResult(selected, transpiled.failure));

  const setupStartedAt = performance.now();
  let session: IsolateSession;
  try {
    session = await IsolateSession.create({
      code: transpiled.js,
      memoryMb: exercise.meta.limits.memoryMb,
      cpuMs: exercise.meta.limits.cpuMs,
      seed,
      onLog: (line) => {
        if (logs.length < MAX_LOG_LINES) logs.push(line);
      },
    });
  } catch (error) {
    timings.setupMs = performance.now() - setupStartedAt;
    const failure = setupFailure(error);
    return failure ? finish(ungradedResult(selected, failure)) : finish(platformError(error));
  }
  timings.setupMs = performance.now() - setupStartedAt;

  try {
    const missing = exercise.meta.exports.filter((name) => !session.exportsFunction(name));
    if (missing.length > 0) {
      const names = missing.join(', ');
      return finish(
        ungradedResult(selected, {
          reason: 'missing-export',
          message: text(`Fonction(s) non exportée(s) : ${names}.`, `Missing exported function(s): ${names}.`),
        }),
      );
    }
    const checksStartedAt = performance.now();
    const student: StudentModule = Object.create(null);
    for (const name of session.exportNames()) {
      if (session.exportsFunction(name)) student[name] = (...args: unknown[]) => session.call(name, args);
    }
    const checks: CheckResult[] = [];
    let failure: GradingFailure | undefined;
    for (const check of selected) {
      const checkStartedAt = performance.now();
      let outcome: Outcome;
      if (failure) {
        outcome = fail(failure.reason === 'memory-limit' ? 'memory-limit' : 'time-limit', failure.message);
      } else {
        try {
          const checkSeed = deriveSeed(seed, check.id);
          outcome = OutcomeSchema.parse(await check.definition.run({ student, rng: createRng(checkSeed), seed: checkSeed }));
        } catch (error) {
          const studentOutcome = studentFaultOutcome(error);
          if (!studentOutcome) {
            timings.checksMs = performance.now() - checksStartedAt;
            timings.cpuMs = session.cpuMsUsed();
            return finish({ ...platformError(error), checks });
          }
          outcome = studentOutcome.outcome;
          failure = studentOutcome.failure;
        }
      }
      checks.push(checkResult(check, outcome, performance.now() - checkStartedAt));
      input.onProgress?.(checks.length, selected.length);
    }
    timings.checksMs = performance.now() - checksStartedAt;
    timings.cpuMs = session.cpuMsUsed();
    const score = checks.reduce((sum, check) => sum + check.earned, 0);
    const passed = checks.every((check) => check.passed);
    return finish({ status: passed ? 'passed' : 'failed', score, checks, ...(failure ? { failure } : {}) });
  } finally {
    session.dispose();
  }
}

/**
 * A result for a grading whose checks could not run (syntax error, import, missing export, a
 * worker killed for time or memory): every selected check is listed as not passed.
 */
export function ungradedResult(checks: SelectedCheck[], failure: GradingFailure): Pick<GradingResult, 'status' | 'score' | 'checks' | 'failure'> {
  const code = failure.reason === 'time-limit' || failure.reason === 'memory-limit' ? failure.reason : failure.reason === 'top-level-threw' || failure.reason === 'crash' ? 'threw' : 'missing';
  const stoppedWhileRunning = failure.reason === 'time-limit' || failure.reason === 'memory-limit' || failure.reason === 'crash';
  const message = stoppedWhileRunning
    ? failure.message
    : text(`La correction n’a pas pu démarrer. ${failure.message.fr}`, `Grading could not start. ${failure.message.en}`);
  return {
    status: 'failed',
    score: 0,
    failure,
    checks: checks.map((check) => ({
      id: check.id,
      title: check.title,
      visible: check.visible,
      points: check.points,
      earned: 0,
      passed: false,
      code,
      message,
      durationMs: 0,
    })),
  };
}

function setupFailure(error: unknown): GradingFailure | undefined {
  if (error instanceof SandboxImportError) {
    const names = error.specifiers.join(', ');
    return {
      reason: 'import',
      message: text(`Les imports ne sont pas disponibles (${names}) : écrivez tout dans ce fichier.`, `Imports are not available (${names}): write everything in this file.`),
    };
  }
  if (error instanceof StudentThrewError) {
    return {
      reason: 'top-level-threw',
      message: text(`Le module a levé une exception au chargement : ${error.message}`, `The module threw while loading: ${error.message}`),
    };
  }
  if (error instanceof StudentTimeLimitError) return timeLimitFailure(error);
  if (error instanceof StudentMemoryLimitError) return memoryLimitFailure(error);
  return undefined;
}

/** The outcome of a check the student's code broke, and the grading's failure when it cannot go on. */
function studentFaultOutcome(error: unknown): { outcome: Outcome; failure?: GradingFailure } | undefined {
  if (error instanceof StudentThrewError) {
    return { outcome: fail('threw', text(`Votre fonction a levé une exception : ${error.message}`, `Your function threw an exception: ${error.message}`)) };
  }
  if (error instanceof InvalidResultError) {
    return {
      outcome: fail('invalid-result', text(`La valeur renvoyée n’est pas une donnée simple : ${error.message}`, `The returned value is not plain data: ${error.message}`)),
    };
  }
  if (error instanceof StudentTimeLimitError || error instanceof StudentMemoryLimitError) {
    const failure = error instanceof StudentTimeLimitError ? timeLimitFailure(error) : memoryLimitFailure(error);
    return { outcome: fail(failure.reason === 'time-limit' ? 'time-limit' : 'memory-limit', failure.message), failure };
  }
  return undefined;
}

function timeLimitFailure(error: StudentTimeLimitError): GradingFailure {
  return { reason: 'time-limit', message: text(`Limite de temps dépassée (${error.detail.fr}).`, `Time limit exceeded (${error.detail.en}).`) };
}

function memoryLimitFailure(error: StudentMemoryLimitError): GradingFailure {
  return { reason: 'memory-limit', message: text(`Limite de mémoire dépassée (${error.detail.fr}).`, `Memory limit exceeded (${error.detail.en}).`) };
}

function platformError(error: unknown): Pick<GradingResult, 'status' | 'score' | 'checks' | 'error'> {
  const description = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { status: 'error', score: 0, checks: [], error: description.slice(0, 2_000) };
}

function checkResult(check: SelectedCheck, outcome: Outcome, durationMs: number): CheckResult {
  const shown = outcome.details?.plots ? { ...outcome.details, plots: outcome.details.plots.map(roundPlot) } : outcome.details;
  const details = shown && !check.visible ? redactHiddenDetails(shown) : shown;
  return {
    id: check.id,
    title: check.title,
    visible: check.visible,
    points: check.points,
    earned: outcome.passed ? check.points : 0,
    passed: outcome.passed,
    code: outcome.code,
    message: outcome.message,
    ...(details ? { details } : {}),
    durationMs,
  };
}

/** A hidden check says what failed and where, without giving its inputs away in full. */
function redactHiddenDetails(details: OutcomeDetails): OutcomeDetails {
  const sample = (value: unknown) => truncateForDisplay(value, HIDDEN_SAMPLE_ELEMENTS);
  const input = details.input ? Object.fromEntries(Object.entries(details.input).map(([name, value]) => [name, sample(value)])) : undefined;
  return {
    ...details,
    ...(input ? { input } : {}),
    ...('expected' in details ? { expected: sample(details.expected) } : {}),
    ...('got' in details ? { got: sample(details.got) } : {}),
    ...(details.gradientTable ? { gradientTable: details.gradientTable.slice(0, HIDDEN_GRADIENT_ROWS) } : {}),
  };
}
