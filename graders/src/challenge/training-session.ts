import ivm from 'isolated-vm';
import { text } from '../localized';
import { deriveSeed } from '../random/rng';
import { BOOTSTRAP_SOURCE, type BootstrapConfig } from '../sandbox/bootstrap';
import { InvalidResultError, SandboxImportError, StudentMemoryLimitError, StudentThrewError, StudentTimeLimitError } from '../sandbox/errors';
import { sanitizeText } from '../sandbox/sanitize';
import { CHALLENGE_BOOTSTRAP_SOURCE, type ChallengeBootstrapConfig } from './challenge-bootstrap';

export interface TrainingSessionOptions {
  /** The student's module, already transpiled to JavaScript. */
  code: string;
  /** Isolate heap limit (training data included). */
  memoryMb: number;
  /** CPU budget of the module's evaluation, training and prediction together. */
  cpuMs: number;
  seed: number;
  onLog?: (line: string) => void;
  /** Each report(epoch, loss) that reaches the host (numbers, quota-limited), with the CPU time used so far. */
  onReport?: (epoch: number, loss: number, cpuMs: number) => void;
  /** Wall-clock time a step may take beyond the remaining CPU budget before the isolate is disposed. */
  wallSlackMs?: number;
}

/** The predictions, as copied out of the isolate. */
export interface CopiedPredictions {
  /** Up to `count` values (NaN where the student returned something other than a number). */
  values: Float64Array;
  /** The length the student's result reported. */
  returnedLength: number;
}

const LOG_QUOTA = { maxLogLines: 200, maxLogLineChars: 200 } as const;
const REPORT_QUOTA: ChallengeBootstrapConfig = { maxReports: 1_000, minReportIntervalMs: 100 };
const DEFAULT_WALL_SLACK_MS = 2_000;
/**
 * isolated-vm's `cpuTime` and call `timeout` advance with the wall clock while the isolate runs
 * (measured here: 60.6 s of "CPU" for 37.9 s of real CPU on a busy machine), so a training budget
 * of minutes would shrink with the machine's load. The budget is therefore the worker process's
 * own CPU time (process.cpuUsage: one grading per sandbox process at a time), checked every
 * CPU_POLL_MS; the wall-clock guards behind it allow WALL_FACTOR times the budget.
 */
const CPU_POLL_MS = 200;
export const CHALLENGE_WALL_FACTOR = 3;
const WALL_FACTOR = CHALLENGE_WALL_FACTOR;
const TIMEOUT_MESSAGE = 'Script execution timed out.';
const MEMORY_MESSAGE = 'due to memory limit';

/**
 * One challenge grading's isolate: the student's module, `train` called once on data moved in
 * once (an ExternalCopy of each buffer, transferred into the isolate without a second copy), the
 * model kept inside, then `predict`, whose result is copied out as a Float64Array. Limits: a heap
 * limit, a CPU budget over everything (isolate.cpuTime and each call's timeout) and a wall-clock
 * watchdog that disposes the isolate (a never-settling promise uses no CPU).
 * @example
 * const session = await TrainingSession.create({ code, memoryMb: 1024, cpuMs: 90_000, seed: 1 });
 * try { await session.train(train.images, train.labels, train.count); const p = await session.predict(test.images, test.count); }
 * finally { session.dispose(); }
 */
export class TrainingSession {
  private terminalError: StudentTimeLimitError | StudentMemoryLimitError | undefined;
  private watchdogFired = false;
  /** process.cpuUsage() when the student's code started; the budget counts from there. */
  private startCpu: NodeJS.CpuUsage = process.cpuUsage();
  /** CPU used when the isolate was disposed (the budget stops counting there). */
  private frozenCpuMs: number | undefined;
  private cpuPoll: NodeJS.Timeout | undefined;
  private logLines = 0;
  private reports = 0;
  private challenge: ivm.Reference | undefined;
  private exports: Record<string, string> = {};

  private constructor(
    private readonly isolate: ivm.Isolate,
    private readonly options: TrainingSessionOptions,
  ) {}

  /** Creates the isolate and evaluates the student's module; throws the sandbox's typed errors. */
  static async create(options: TrainingSessionOptions): Promise<TrainingSession> {
    const isolate = new ivm.Isolate({ memoryLimit: options.memoryMb, onCatastrophicError: abortOnCatastrophicError });
    const session = new TrainingSession(isolate, options);
    try {
      await session.setUp();
      return session;
    } catch (error) {
      session.dispose();
      throw error;
    }
  }

  private async setUp(): Promise<void> {
    const context = await this.isolate.createContext();
    const config: BootstrapConfig = {
      mathRandomSeed: deriveSeed(this.options.seed, 'Math.random'),
      ...LOG_QUOTA,
      maxArrayBufferBytes: this.options.memoryMb * 1024 * 1024,
    };
    const log = new ivm.Callback((line: unknown) => this.receiveLog(line), { ignored: true });
    await context.evalClosure(BOOTSTRAP_SOURCE, [log, JSON.stringify(config)], { timeout: 1_000 });
    const report = new ivm.Callback((epoch: unknown, loss: unknown) => this.receiveReport(epoch, loss), { ignored: true });
    const challenge = (await context.evalClosure(CHALLENGE_BOOTSTRAP_SOURCE, [report, JSON.stringify(REPORT_QUOTA)], {
      result: { reference: true },
      timeout: 1_000,
    })) as ivm.Reference;
    this.startCpu = process.cpuUsage();
    this.cpuPoll = setInterval(() => {
      if (this.remainingCpuMs() <= 0 && !this.isolate.isDisposed) this.finish(this.timeLimitError());
    }, CPU_POLL_MS);
    this.cpuPoll.unref();

    const module = await this.guard(() => this.isolate.compileModule(this.options.code, { filename: 'file:///submission.js' }), 'student');
    if (module.dependencySpecifiers.length > 0) throw new SandboxImportError(module.dependencySpecifiers);
    await module.instantiate(context, (specifier) => {
      throw new SandboxImportError([specifier]);
    });
    await this.guard(() => module.evaluate({ timeout: this.remainingTimeoutMs() }), 'student');
    const kinds = await this.guard(() => challenge.apply(undefined, ['attach', module.namespace.derefInto()], { timeout: 1_000 }));
    this.exports = typeof kinds === 'string' ? (JSON.parse(kinds) as Record<string, string>) : {};
    this.challenge = challenge;
  }

  /** Whether `name` is exported and is a function. */
  exportsFunction(name: string): boolean {
    return Object.hasOwn(this.exports, name) && this.exports[name] === 'function';
  }

  /** CPU time the student's code has used so far, in milliseconds (the worker process's, see CPU_POLL_MS). */
  cpuMsUsed(): number {
    if (this.frozenCpuMs !== undefined) return this.frozenCpuMs;
    const used = process.cpuUsage(this.startCpu);
    return (used.user + used.system) / 1000;
  }

  /** Calls `train` once; the model stays in the isolate. Throws StudentThrewError or a limit error. */
  async train(images: Float32Array, labels: Uint8Array, count: number): Promise<void> {
    const challenge = this.ready();
    const imagesIn = new ivm.ExternalCopy(images);
    const labelsIn = new ivm.ExternalCopy(labels);
    try {
      const reply = await this.guard(() =>
        challenge.apply(
          undefined,
          ['train', imagesIn.copyInto({ transferIn: true, release: true }), labelsIn.copyInto({ transferIn: true, release: true }), count],
          { timeout: this.remainingTimeoutMs(), result: { promise: true, copy: true } },
        ),
      );
      if (reply !== 'V') throw this.studentError(reply);
    } finally {
      releaseQuietly(imagesIn);
      releaseQuietly(labelsIn);
    }
  }

  /** Calls `predict(model, images, count)` and copies its values out. */
  async predict(images: Float32Array, count: number): Promise<CopiedPredictions> {
    const challenge = this.ready();
    const imagesIn = new ivm.ExternalCopy(images);
    try {
      const reply = await this.guard(() =>
        challenge.apply(undefined, ['predict', imagesIn.copyInto({ transferIn: true, release: true }), count], {
          timeout: this.remainingTimeoutMs(),
          result: { promise: true, copy: true },
        }),
      );
      if (!(reply instanceof Float64Array) || reply.length < 1 || reply.length > count + 1) throw this.studentError(reply);
      return { values: reply.subarray(1), returnedLength: reply[0]! };
    } finally {
      releaseQuietly(imagesIn);
    }
  }

  /** Frees the isolate; safe to call more than once. */
  dispose(): void {
    this.challenge = undefined;
    this.stopCpuClock();
    if (!this.isolate.isDisposed) this.isolate.dispose();
  }

  private ready(): ivm.Reference {
    if (this.terminalError) throw this.terminalError;
    if (!this.challenge) throw new Error('the training session is not set up');
    return this.challenge;
  }

  private studentError(reply: unknown): Error {
    if (typeof reply === 'string' && reply[0] === 'E') return new StudentThrewError(sanitizeText(reply.slice(1)));
    if (typeof reply === 'string' && reply[0] === 'I') return new InvalidResultError(sanitizeText(reply.slice(1)));
    return new Error('the challenge trampoline answered something unexpected');
  }

  /** One step inside the isolate under the CPU budget and the wall-clock watchdog. */
  private async guard<T>(step: () => Promise<T>, errorsBelongTo: 'student' | 'platform' = 'platform'): Promise<T> {
    if (this.terminalError) throw this.terminalError;
    if (this.remainingCpuMs() <= 0) throw this.finish(this.timeLimitError());
    const wallMs = WALL_FACTOR * this.remainingCpuMs() + (this.options.wallSlackMs ?? DEFAULT_WALL_SLACK_MS);
    let watchdog: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      watchdog = setTimeout(() => {
        this.watchdogFired = true;
        reject(
          this.finish(
            new StudentTimeLimitError(
              text(`le code tournait encore après ${formatSeconds(wallMs)} (temps réel)`, `the code was still running after ${formatSeconds(wallMs)} (wall clock)`),
            ),
          ),
        );
      }, wallMs);
    });
    try {
      const value = await Promise.race([step(), deadline]);
      if (this.remainingCpuMs() <= 0) throw this.finish(this.timeLimitError());
      return value;
    } catch (error) {
      throw this.classify(error, errorsBelongTo);
    } finally {
      clearTimeout(watchdog);
    }
  }

  private classify(error: unknown, errorsBelongTo: 'student' | 'platform'): unknown {
    if (this.terminalError) return this.terminalError;
    if (error instanceof SandboxImportError || error instanceof StudentThrewError || error instanceof InvalidResultError) return error;
    const message = error instanceof Error ? error.message : String(error);
    if (this.isolate.isDisposed || message.includes(MEMORY_MESSAGE)) {
      return this.finish(
        this.watchdogFired
          ? new StudentTimeLimitError(text('limite de temps réel atteinte', 'the wall-clock limit was reached'))
          : new StudentMemoryLimitError(text(`limite de mémoire de ${this.options.memoryMb} Mo atteinte`, `the memory limit of ${this.options.memoryMb} MB was reached`)),
      );
    }
    if (message === TIMEOUT_MESSAGE) return this.finish(this.timeLimitError());
    if (errorsBelongTo === 'student') return new StudentThrewError(sanitizeText(error instanceof Error ? `${error.name}: ${error.message}` : String(error)));
    return error;
  }

  private timeLimitError(): StudentTimeLimitError {
    const used = formatSeconds(this.cpuMsUsed());
    const budget = formatSeconds(this.options.cpuMs);
    return new StudentTimeLimitError(
      text(`budget d’entraînement de ${budget} de CPU dépassé, arrêté à ${used}`, `the training budget of ${budget} of CPU time was exceeded, stopped at ${used}`),
    );
  }

  private finish<E extends StudentTimeLimitError | StudentMemoryLimitError>(error: E): E {
    this.terminalError ??= error;
    if (!this.isolate.isDisposed) {
      this.stopCpuClock();
      this.isolate.dispose();
    }
    return this.terminalError as E;
  }

  private remainingCpuMs(): number {
    return this.options.cpuMs - this.cpuMsUsed();
  }

  /**
   * isolated-vm's `timeout` (whole milliseconds, 0 meaning none) runs on the wall clock: it is a
   * guard behind the CPU poll, with the same allowance as the watchdog.
   */
  private remainingTimeoutMs(): number {
    return Math.max(1, Math.ceil(WALL_FACTOR * this.remainingCpuMs()));
  }

  /** Stops the budget's clock (the isolate is gone: nothing of the student's runs any more). */
  private stopCpuClock(): void {
    clearInterval(this.cpuPoll);
    this.frozenCpuMs ??= this.cpuMsUsed();
  }

  private receiveLog(line: unknown): void {
    if (typeof line !== 'string' || this.logLines >= LOG_QUOTA.maxLogLines) return;
    this.logLines++;
    this.options.onLog?.(sanitizeText(line, LOG_QUOTA.maxLogLineChars + 1));
  }

  /** The quota again on the host: the isolate's own count is the student's to tamper with in theory. */
  private receiveReport(epoch: unknown, loss: unknown): void {
    if (typeof epoch !== 'number' || typeof loss !== 'number' || this.reports >= REPORT_QUOTA.maxReports) return;
    this.reports++;
    this.options.onReport?.(epoch, loss, this.cpuMsUsed());
  }
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function releaseQuietly(copy: ivm.ExternalCopy<unknown>): void {
  try {
    copy.release();
  } catch {
    // already transferred into the isolate
  }
}

/** V8 lost control of an isolate: abort so that the supervisor replaces this worker. */
function abortOnCatastrophicError(message: string): void {
  process.stderr.write(`isolated-vm catastrophic error: ${message}\n`);
  process.abort();
}
