import ivm from 'isolated-vm';
import { text } from '../localized';
import { deriveSeed } from '../random/rng';
import { BOOTSTRAP_SOURCE, type BootstrapConfig } from './bootstrap';
import { InvalidResultError, SandboxImportError, StudentMemoryLimitError, StudentThrewError, StudentTimeLimitError } from './errors';
import { sanitizeText } from './sanitize';
import { fromSandbox, prepareArguments } from './wire-format';

export interface IsolateSessionOptions {
  /** The student's module, already transpiled to JavaScript. */
  code: string;
  /** Heap limit of the isolate (a hint: the worker's RSS cap is the real bound). */
  memoryMb: number;
  /** CPU budget over the module's evaluation and every call of this session. */
  cpuMs: number;
  /** Grading seed; Math.random inside the isolate is derived from it. */
  seed: number;
  /** Receives each console line the student's code writes (sanitised, quota-limited). */
  onLog?: (line: string) => void;
  /** Wall-clock time a call may take beyond the remaining CPU budget before the watchdog disposes the isolate. */
  wallSlackMs?: number;
}

/** Console quota, enforced inside the isolate and again here. */
const LOG_QUOTA = { maxLogLines: 200, maxLogLineChars: 200 } as const;
const DEFAULT_WALL_SLACK_MS = 1_000;
const TIMEOUT_MESSAGE = 'Script execution timed out.';
const MEMORY_MESSAGE = 'due to memory limit';
/** The trampoline's answer when the export returned a promise, left for `settle`. */
const PENDING = 'P';

/**
 * An isolate and its empty context made while the worker was idle, for the next session only:
 * it is taken by one session and never given to a second (no student code has run in it yet).
 */
let spare: { memoryMb: number; isolate: ivm.Isolate; context: ivm.Context } | undefined;

/**
 * One student's module in a fresh isolate with a memory limit and three clocks: a `timeout` on
 * every call, a wall-clock watchdog that disposes the isolate (a never-settling promise uses no
 * CPU), and a CPU budget over the whole session read from `isolate.cpuTime`. Only copies cross
 * the boundary; no isolated-vm object and nothing of the host is ever reachable from inside.
 * @example
 * const session = await IsolateSession.create({ code: js, memoryMb: 128, cpuMs: 2000, seed: 42 });
 * try { await session.call('denseForward', [X, W, b]); } finally { session.dispose(); }
 */
export class IsolateSession {
  private terminalError: StudentTimeLimitError | StudentMemoryLimitError | undefined;
  private watchdogFired = false;
  private lastCpuNs = 0n;
  private logLines = 0;

  private constructor(
    private readonly isolate: ivm.Isolate,
    private readonly options: IsolateSessionOptions,
    private startCpuNs: bigint,
    private dispatch: ivm.Reference | undefined,
    private exports: Record<string, string>,
  ) {}

  /**
   * Creates the isolate, runs the bootstrap, then compiles, links and evaluates the student's
   * module. Throws SandboxImportError, StudentThrewError (top-level throw), StudentTimeLimitError
   * or StudentMemoryLimitError; the isolate is disposed when it throws.
   */
  static async create(options: IsolateSessionOptions): Promise<IsolateSession> {
    const prepared = spare?.memoryMb === options.memoryMb && !spare.isolate.isDisposed ? spare : undefined;
    if (prepared) spare = undefined;
    const isolate = prepared?.isolate ?? newIsolate(options.memoryMb);
    const session = new IsolateSession(isolate, options, 0n, undefined, {});
    try {
      session.setUp(prepared?.context ?? isolate.createContextSync());
      return session;
    } catch (error) {
      session.dispose();
      throw error;
    }
  }

  /**
   * Creates, while the worker is idle, the isolate and context the next session with this
   * memory limit will take (about 3 ms off its start). Replaces a spare of another limit.
   * @example
   * IsolateSession.prepareSpare(128); // after sending a result, before the next task arrives
   */
  static prepareSpare(memoryMb: number): void {
    if (spare?.memoryMb === memoryMb && !spare.isolate.isDisposed) return;
    if (spare && !spare.isolate.isDisposed) spare.isolate.dispose();
    const isolate = newIsolate(memoryMb);
    spare = { memoryMb, isolate, context: isolate.createContextSync() };
  }

  /**
   * Every step runs synchronously: an asynchronous isolated-vm call hops between threads and
   * costs about 0.2 ms more, ten times over in a grading. Each step still runs under `timeout`,
   * which isolated-vm enforces from its own thread.
   */
  private setUp(context: ivm.Context): void {
    const config: BootstrapConfig = {
      mathRandomSeed: deriveSeed(this.options.seed, 'Math.random'),
      ...LOG_QUOTA,
      maxArrayBufferBytes: this.options.memoryMb * 1024 * 1024,
    };
    // A synchronous callback: each line reaches the host during the call that wrote it (an
    // ignored one would wait for the event loop, after the grading's last synchronous call).
    // The bootstrap stops calling it at the quota, so at most 200 calls cross per session.
    const log = new ivm.Callback((line: unknown) => this.receiveLog(line));
    const dispatch = context.evalClosureSync(BOOTSTRAP_SOURCE, [log, JSON.stringify(config)], {
      result: { reference: true },
      timeout: 1_000,
    }) as ivm.Reference;
    // The bootstrap's own CPU time is the platform's, not the student's.
    this.startCpuNs = this.isolate.cpuTime;

    const module = this.guardSync(() => this.isolate.compileModuleSync(this.options.code, { filename: 'file:///submission.js' }), 'student');
    if (module.dependencySpecifiers.length > 0) throw new SandboxImportError(module.dependencySpecifiers);
    module.instantiateSync(context, (specifier) => {
      throw new SandboxImportError([specifier]);
    });
    this.guardSync(() => module.evaluateSync({ timeout: this.remainingTimeoutMs() }), 'student');
    const kinds = this.guardSync(() => dispatch.applySync(undefined, ['attach', module.namespace.derefInto()], { timeout: 1_000 }));
    this.exports = parseExportKinds(kinds);
    this.dispatch = dispatch;
  }

  /** Every name the student's module exports (`default` included when present). */
  exportNames(): string[] {
    return Object.keys(this.exports);
  }

  /** Whether `name` is exported and is a function. */
  exportsFunction(name: string): boolean {
    return this.exports[name] === 'function';
  }

  /** CPU time the student's code has used so far in this session, in milliseconds. */
  cpuMsUsed(): number {
    return Number(this.readCpuNs() - this.startCpuNs) / 1e6;
  }

  /**
   * Calls an export with copied arguments (plain data or SandboxValue) and returns the copied,
   * checked result. Throws StudentThrewError, InvalidResultError, or, once and for all the
   * following calls, StudentTimeLimitError / StudentMemoryLimitError.
   */
  async call(name: string, args: unknown[]): Promise<unknown> {
    if (!this.dispatch) throw new Error('the session is not set up');
    const dispatch = this.dispatch;
    const prepared = prepareArguments(args);
    // A synchronous call first; only an export that returns a promise is then awaited, with the
    // wall-clock watchdog (a promise that never settles uses no CPU and so meets no timeout).
    let reply = this.guardSync(() =>
      dispatch.applySync(undefined, ['call', name, prepared.args, prepared.hasMarkers], { arguments: { copy: true }, timeout: this.remainingTimeoutMs(), result: { copy: true } }),
    );
    if (reply === PENDING) {
      reply = await this.guard(() => dispatch.apply(undefined, ['settle'], { timeout: this.remainingTimeoutMs(), result: { promise: true, copy: true } }));
    }
    if (reply !== null && typeof reply === 'object' && Object.hasOwn(reply, 'value')) return fromSandbox((reply as { value: unknown }).value);
    if (typeof reply !== 'string' || reply.length === 0) throw new Error('the sandbox trampoline answered something unexpected');
    const body = reply.slice(1);
    if (reply[0] === 'E') throw new StudentThrewError(sanitizeText(body));
    if (reply[0] === 'I') throw new InvalidResultError(sanitizeText(body));
    throw new Error('the sandbox trampoline answered an unknown tag');
  }

  /** Frees the isolate; safe to call more than once. */
  dispose(): void {
    this.dispatch = undefined;
    this.readCpuNs();
    if (!this.isolate.isDisposed) this.isolate.dispose();
  }

  /**
   * Runs one step inside the isolate under the CPU budget and the wall-clock watchdog, and turns
   * isolated-vm's failures into the student's typed faults.
   */
  private async guard<T>(step: () => Promise<T>, errorsBelongTo: 'student' | 'platform' = 'platform'): Promise<T> {
    if (this.terminalError) throw this.terminalError;
    this.assertWithinBudget();
    const wallMs = this.remainingCpuMs() + (this.options.wallSlackMs ?? DEFAULT_WALL_SLACK_MS);
    let watchdog: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      watchdog = setTimeout(() => {
        // Already disposed with the step still pending: isolated-vm disposed it at the memory
        // limit (or a concurrent call finished it) and has not rejected the step yet. Disposing
        // again would throw in this timer and take the whole worker down.
        if (this.isolate.isDisposed) return reject(this.finish(this.memoryLimitError()));
        this.watchdogFired = true;
        this.readCpuNs();
        this.isolate.dispose();
        reject(this.finish(new StudentTimeLimitError(
            text(`le code tournait encore après ${Math.round(wallMs)} ms (temps réel)`, `the code was still running after ${Math.round(wallMs)} ms (wall clock)`),
          )));
      }, wallMs);
    });
    try {
      const value = await Promise.race([step(), deadline]);
      this.assertWithinBudget();
      return value;
    } catch (error) {
      throw this.classify(error, errorsBelongTo);
    } finally {
      clearTimeout(watchdog);
    }
  }

  /** `guard` for a synchronous step: isolated-vm's `timeout` is its only clock (no event loop runs meanwhile). */
  private guardSync<T>(step: () => T, errorsBelongTo: 'student' | 'platform' = 'platform'): T {
    if (this.terminalError) throw this.terminalError;
    this.assertWithinBudget();
    try {
      const value = step();
      this.assertWithinBudget();
      return value;
    } catch (error) {
      throw this.classify(error, errorsBelongTo);
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
          : this.memoryLimitError(),
      );
    }
    if (message === TIMEOUT_MESSAGE) return this.finish(this.timeLimitError());
    // Compiling and evaluating the module run the student's code directly: whatever it throws is
    // theirs. Calls go through the trampoline, which catches the student's exceptions itself.
    if (errorsBelongTo === 'student') return new StudentThrewError(sanitizeText(describeThrown(error)));
    return error;
  }

  private assertWithinBudget(): void {
    if (this.remainingCpuMs() <= 0) throw this.finish(this.timeLimitError());
  }

  private memoryLimitError(): StudentMemoryLimitError {
    const memoryMb = this.options.memoryMb;
    return new StudentMemoryLimitError(text(`limite de mémoire de ${memoryMb} Mo atteinte`, `the memory limit of ${memoryMb} MB was reached`));
  }

  private timeLimitError(): StudentTimeLimitError {
    const cpuMs = this.options.cpuMs;
    return new StudentTimeLimitError(text(`limite de temps CPU de ${cpuMs} ms atteinte`, `the CPU time limit of ${cpuMs} ms was reached`));
  }

  private finish<E extends StudentTimeLimitError | StudentMemoryLimitError>(error: E): E {
    this.terminalError ??= error;
    if (!this.isolate.isDisposed) {
      this.readCpuNs();
      this.isolate.dispose();
    }
    return this.terminalError as E;
  }

  private remainingCpuMs(): number {
    return this.options.cpuMs - this.cpuMsUsed();
  }

  /** isolated-vm's `timeout` takes whole milliseconds and treats 0 as "no timeout". */
  private remainingTimeoutMs(): number {
    return Math.max(1, Math.ceil(this.remainingCpuMs()));
  }

  private readCpuNs(): bigint {
    if (!this.isolate.isDisposed) this.lastCpuNs = this.isolate.cpuTime;
    return this.lastCpuNs;
  }

  private receiveLog(line: unknown): void {
    if (typeof line !== 'string' || this.logLines >= LOG_QUOTA.maxLogLines) return;
    this.logLines++;
    this.options.onLog?.(sanitizeText(line, LOG_QUOTA.maxLogLineChars + 1));
  }
}

function newIsolate(memoryMb: number): ivm.Isolate {
  return new ivm.Isolate({ memoryLimit: memoryMb, onCatastrophicError: abortOnCatastrophicError });
}

function parseExportKinds(json: unknown): Record<string, string> {
  if (typeof json !== 'string') throw new Error('the sandbox listed its exports in an unexpected form');
  const parsed: unknown = JSON.parse(json);
  const kinds: Record<string, string> = Object.create(null);
  if (parsed !== null && typeof parsed === 'object') {
    for (const [name, kind] of Object.entries(parsed)) if (typeof kind === 'string') kinds[name] = kind;
  }
  return kinds;
}

function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : `thrown value: ${String(error)}`;
  } catch {
    return 'an exception that could not be described';
  }
}

/**
 * isolated-vm's advice: V8 has lost control of an isolate and the process cannot be trusted any
 * more. Aborting makes the supervisor see a crash and retry the grading on a fresh worker.
 */
function abortOnCatastrophicError(message: string): void {
  process.stderr.write(`isolated-vm catastrophic error: ${message}\n`);
  process.abort();
}
