// The hostile corpus: submissions that try to escape the sandbox, to exhaust the grading
// machine, or to tamper with what the grader reads back. Each names the exercise it targets,
// its code, and the outcome it must end in: `failed`, with the grading's failure reason and/or
// the first check's outcome code, within a wall-clock bound.
//
// Escapes are written so that a successful escape would be rewarded: when the probe reaches
// the host, the function returns the right answer and the grading would pass. A blocked probe
// throws (or returns nothing useful), so the grading fails.
import type { OutcomeCode } from '../../graders/src/outcome';
import type { GradingFailure } from '../../graders/src/result';

export type HostileCategory = 'escape' | 'denial-of-service' | 'tampering';

export interface HostileSubmission {
  /** Stable kebab-case name. */
  id: string;
  category: HostileCategory;
  /** Slug of the targeted exercise (the suite's own `security-target`: `double(xs)`). */
  exercise: 'security-target';
  code: string;
  expected: {
    /**
     * The grading's failure reason, when the whole grading must stop. Two are allowed where
     * the resource that runs out first depends on the machine's speed (time or memory).
     */
    reason?: GradingFailure['reason'] | Array<GradingFailure['reason']>;
    /** Outcome code of the first check (or the codes allowed, as for `reason`). */
    checkCode?: OutcomeCode | OutcomeCode[];
    /** What the first check's English message must say. */
    message?: RegExp;
  };
  /** Longest the grading itself may take, in milliseconds (queueing excluded). */
  maxWallMs: number;
}

/** The right answer: what an escape would return once it reached the host. */
const REWARD = 'return xs.map((x) => 2 * x);';
const escape = (id: string, code: string, expected: HostileSubmission['expected'] = { checkCode: 'threw' }): HostileSubmission => ({
  id, category: 'escape', exercise: 'security-target', code, expected, maxWallMs: 3_000,
});
const denial = (id: string, code: string, expected: HostileSubmission['expected'], maxWallMs = 6_000): HostileSubmission => ({
  id, category: 'denial-of-service', exercise: 'security-target', code, expected, maxWallMs,
});
const tampering = (id: string, code: string, expected: HostileSubmission['expected'], maxWallMs = 3_000): HostileSubmission => ({
  id, category: 'tampering', exercise: 'security-target', code, expected, maxWallMs,
});

const ESCAPES: HostileSubmission[] = [
  escape('constructor-chain-to-process', `export function double(xs: number[]) {
  const host = ({}).constructor.constructor('return process')();
  host.mainModule.require('child_process').execSync('id'); ${REWARD}
}`, { checkCode: 'threw', message: /process is not defined/ }),
  escape('function-constructor-require', `export function double(xs: number[]) {
  Function('return require')()('node:fs').readFileSync('/etc/passwd'); ${REWARD}
}`, { checkCode: 'threw', message: /require is not defined/ }),
  escape('generator-function-constructor', `export function double(xs: number[]) {
  const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
  const host = GeneratorFunction('yield process')().next().value; host.exit(1); ${REWARD}
}`, { checkCode: 'threw', message: /process is not defined/ }),
  escape('async-function-constructor', `export async function double(xs: number[]) {
  const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
  const host = await AsyncFunction('return process')(); host.kill(host.ppid); ${REWARD}
}`, { checkCode: 'threw', message: /process is not defined/ }),
  escape('error-constructor-chain', `export function double(xs: number[]) {
  try { null.f(); } catch (error) { (error as any).constructor.constructor('return process')().exit(3); }
  ${REWARD}
}`, { checkCode: 'threw', message: /process is not defined/ }),
  escape('indirect-eval', `export function double(xs: number[]) {
  (0, eval)('process').exit(2); ${REWARD}
}`, { checkCode: 'threw', message: /process is not defined/ }),
  escape('direct-eval-require', `export function double(xs: number[]) {
  eval('require("node:child_process").execSync("id")'); ${REWARD}
}`, { checkCode: 'threw', message: /require is not defined/ }),
  escape('dynamic-import', `export async function double(xs: number[]) {
  const fs = await import('node:fs'); fs.writeFileSync('/tmp/escaped', 'x'); ${REWARD}
}`),
  escape('static-import', `import { execSync } from 'node:child_process';
export function double(xs: number[]) { execSync('id'); ${REWARD} }`, { reason: 'import' }),
  escape('top-level-dynamic-import', `const os = await import('node:os');
export function double(xs: number[]) { os.hostname(); ${REWARD} }`, { reason: 'top-level-threw' }),
  escape('stack-trace-callsites', `export function double(xs: number[]) {
  // CallSite objects of V8's structured stack traces once led to host functions in other sandboxes.
  (Error as any).prepareStackTrace = (_error: unknown, frames: any[]) => frames;
  const frames = (new Error() as any).stack as any[];
  for (const frame of frames) {
    const fn = frame.getFunction?.() ?? frame.getThis?.();
    try { const host = fn.constructor.constructor('return process')(); if (host) { ${REWARD} } } catch {}
  }
  throw new Error('no host frame among ' + frames.length);
}`, { checkCode: 'threw', message: /no host frame among/ }),
  escape('global-scan-for-host-objects', `export function double(xs: number[]) {
  const names = Object.getOwnPropertyNames(globalThis);
  const found = names.filter((name) => /^(process|require|module|ivm|\\$\\d|hostLog|dispatch|_ivm.*|Reference|ExternalCopy|Callback|Isolate)$/.test(name));
  if (found.length > 0) { ${REWARD} }
  throw new Error('no host object among ' + names.length + ' globals');
}`, { checkCode: 'threw', message: /no host object among/ }),
  escape('caller-chain-to-trampoline', `export function double(xs: number[]) {
  const caller = (double as any).caller; // the trampoline, if strict mode did not forbid it
  caller.constructor('return process')().exit(4); ${REWARD}
}`, { checkCode: 'threw', message: /caller/ }),
  escape('console-function-constructor', `export function double(xs: number[]) {
  (console.log as any).constructor('return process')().exit(5); ${REWARD}
}`, { checkCode: 'threw', message: /process is not defined/ }),
  escape('prototype-pollution-of-the-result', `export function double(xs: number[]) {
  (Object.prototype as any).passed = true;
  (Object.prototype as any).status = 'passed';
  (Array.prototype as any).every = () => true;
  return {};
}`, { checkCode: 'type' }),
  escape('returned-proto-key', `export function double() {
  return JSON.parse('{"__proto__": {"polluted": true, "passed": true}, "constructor": {"prototype": {"polluted": true}}}');
}`, { checkCode: 'type' }),
  escape('builtins-replaced-before-the-trampoline-runs', `
JSON.stringify = () => '[2,4,6]';
JSON.parse = () => [[1, 2, 3]];
Reflect.apply = () => [2, 4, 6];
Object.getOwnPropertyDescriptor = () => ({ value: 2, enumerable: true });
Array.isArray = () => true;
export function double() { return 'not an array'; }`, { checkCode: 'type' }),
];

const DENIALS: HostileSubmission[] = [
  denial('infinite-loop', 'export function double() { while (true) {} }', { reason: 'time-limit', checkCode: 'time-limit' }, 3_000),
  denial('infinite-loop-at-load', 'for (;;) {}\nexport function double(xs: number[]) { return xs; }', { reason: 'time-limit' }, 3_000),
  denial('never-settling-promise', 'export async function double() { await new Promise(() => {}); }', { reason: 'time-limit', checkCode: 'time-limit' }, 4_000),
  // Evaluation does not wait for a top-level await: the exports after it never initialise.
  denial('never-settling-top-level-await', 'await new Promise(() => {});\nexport const double = (xs: number[]) => xs.map((x) => 2 * x);', { reason: 'missing-export' }, 3_000),
  denial('microtask-loop', `export function double() {
  const spin = (): Promise<void> => Promise.resolve().then(spin);
  spin();
  return [1];
}`, { reason: ['time-limit', 'memory-limit'], checkCode: ['time-limit', 'memory-limit'] }), // every turn allocates a promise: time or heap runs out first
  denial('async-recursion-loop', `export async function double(): Promise<number[]> {
  await null;
  return double();
}`, { reason: ['time-limit', 'memory-limit'], checkCode: ['time-limit', 'memory-limit'] }),
  denial('array-memory-bomb', 'export function double() { const a: number[][] = []; while (true) a.push(new Array(1e6).fill(1)); }',
    // Near a larger heap limit V8 can spend the wall-clock budget collecting before it gives up.
    { reason: ['memory-limit', 'time-limit'], checkCode: ['memory-limit', 'time-limit'] }),
  denial('one-huge-array', 'export function double() { return [new Array(2e8).fill(0).length]; }', { reason: ['memory-limit', 'time-limit'] }),
  denial('string-doubling', 'export function double() { let s = "x"; while (true) s += s; }', { checkCode: 'threw', message: /Invalid string length/ }),
  denial('string-over-the-engine-limit', 'export function double() { return ["x".repeat(2 ** 30).length]; }', { checkCode: 'threw', message: /Invalid string length/ }),
  // A 256 Mi-character string is over the heap limit, but V8 checks that limit only at a garbage
  // collection: on a quiet machine the isolate is stopped for memory or time, and when the string
  // fits in time the wrong answer fails on its shape. Failed either way, and the host unaffected.
  denial('flattened-huge-string', 'export function double() { const s = "x".repeat(2 ** 28); return [s.indexOf("y", 1)]; }', { checkCode: ['memory-limit', 'time-limit', 'shape'] }),
  denial('typed-array-bomb', 'export function double() { const a: Float64Array[] = []; while (true) a.push(new Float64Array(1 << 24).fill(1)); }', { checkCode: 'threw', message: /Array buffer allocation failed/ }),
  denial('huge-array-buffer', 'export function double() { return [new ArrayBuffer(2 ** 31).byteLength]; }', { checkCode: 'threw', message: /exceeds the sandbox memory limit/ }),
  denial('resizable-array-buffer', 'export function double() { const b = new ArrayBuffer(8, { maxByteLength: 2 ** 32 }); return [b.byteLength]; }', { checkCode: 'threw', message: /resizable ArrayBuffers are not available/ }),
  denial('deep-recursion', 'export function double(xs: number[]): number[] { return [double(xs)[0] + 1]; }', { checkCode: 'threw', message: /Maximum call stack size exceeded/ }),
  denial('catastrophic-regex', `export function double(xs: number[]) {
  /^(a+)+$/.test('a'.repeat(40) + 'b'); ${REWARD}
}`, { reason: 'time-limit', checkCode: 'time-limit' }),
  denial('webassembly-memory-growth', `export function double(xs: number[]) {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536 });
  for (let i = 0; i < 65535; i++) memory.grow(1);
  ${REWARD}
}`, { checkCode: 'threw', message: /WebAssembly is not defined/ }),
  denial('atomics-wait', `export function double(xs: number[]) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  ${REWARD}
}`, { checkCode: 'threw', message: /(Atomics|SharedArrayBuffer) is not defined/ }),
  denial('bigint-printed-to-a-string', 'export function double() { return [String(7n ** 3_000_000n).length]; }', { reason: 'time-limit', checkCode: 'time-limit' }),
  denial('console-flood', 'export function double() { for (;;) console.log("flood ".repeat(100)); }', { reason: 'time-limit', checkCode: 'time-limit' }),
  // The comparator's loop feeds a module-level total: an empty loop would be optimised away.
  denial('sort-with-a-slow-comparator', `let work = 0;
export function double(xs: number[]) {
  const sorted = Array.from({ length: 1e6 }, (_, i) => i).sort((a, b) => { for (let i = 0; i < 1e3; i++) work += i ^ a; return b - a; });
  return work >= 0 ? sorted : xs;
}`, { reason: 'time-limit', checkCode: 'time-limit' }),
];

const TAMPERING: HostileSubmission[] = [
  tampering('getter-element', `export function double(xs: number[]) {
  const out = xs.map((x) => 2 * x);
  Object.defineProperty(out, 0, { get: () => 2, enumerable: true });
  return out;
}`, { checkCode: 'invalid-result', message: /result\[0\] is a getter or setter/ }),
  tampering('getter-property', 'export function double() { return { get length() { while (true) {} } }; }', { checkCode: 'invalid-result', message: /result\.length is a getter or setter/ }),
  tampering('proxy-with-a-huge-length', `export function double() {
  return new Proxy([], { getOwnPropertyDescriptor: (target, key) => key === 'length' ? { value: 1e9, writable: true } : { value: 2, writable: true, enumerable: true, configurable: true } });
}`, { checkCode: 'invalid-result', message: /larger than 2000000 values/ }),
  tampering('proxy-with-throwing-traps', `export function double() {
  return new Proxy([1, 2, 3], { getPrototypeOf() { throw new Error('trap'); } });
}`, { checkCode: 'invalid-result', message: /could not be read: Error: trap/ }),
  tampering('proxy-with-a-looping-trap', `export function double() {
  return new Proxy([1, 2, 3], { getOwnPropertyDescriptor() { while (true) {} } });
}`, { reason: 'time-limit', checkCode: 'time-limit' }, 4_000),
  tampering('thenable-that-never-calls-back', 'export function double() { return { then() {} }; }', { reason: 'time-limit', checkCode: 'time-limit' }, 4_000),
  tampering('then-getter-that-throws', `export function double() {
  return { get then() { throw new Error('no then for you'); } };
}`, { checkCode: 'threw', message: /no then for you/ }),
  tampering('thenable-resolving-a-function', 'export function double() { return { then(resolve: (v: unknown) => void) { resolve(() => [2, 4, 6]); } }; }', { checkCode: 'invalid-result', message: /is a function/ }),
  tampering('to-json-on-the-result', 'export function double() { return { toJSON: () => [2, 4, 6] }; }', { checkCode: 'invalid-result', message: /result\.toJSON is a function/ }),
  tampering('to-json-on-array-prototype', `export function double(xs: number[]) {
  (Array.prototype as any).toJSON = function () { return this.map((x: number) => 2 * x); };
  return xs; // a serialiser calling toJSON would double them
}`, { checkCode: 'value' }),
  tampering('value-of-elements', 'export function double(xs: number[]) { return xs.map((x) => ({ valueOf: () => 2 * x })); }', { checkCode: 'invalid-result', message: /result\[0\]\.valueOf is a function/ }),
  tampering('boxed-numbers', 'export function double(xs: number[]) { return xs.map((x) => new Number(2 * x)); }', { checkCode: 'invalid-result', message: /an instance of Number/ }),
  tampering('array-with-a-modified-prototype', `export function double(xs: number[]) {
  const out = xs.map((x) => 2 * x);
  Object.setPrototypeOf(out, { get length() { return 3; } });
  return out;
}`, { checkCode: 'invalid-result', message: /modified prototype/ }),
  tampering('cyclic-result', 'export function double(xs: number[]) { const out: unknown[] = xs.map((x) => 2 * x); out.push(out); return out; }', { checkCode: 'invalid-result', message: /cycle/ }),
  tampering('enormous-result', 'export function double() { return new Array(3e6).fill(1); }', { checkCode: 'invalid-result', message: /larger than 2000000 values/ }),
  tampering('deeply-nested-result', 'export function double() { let v: unknown = 1; for (let i = 0; i < 1e4; i++) v = [v]; return v; }', { checkCode: 'invalid-result', message: /nested more than 64 levels/ }),
  tampering('nan-filled-array', 'export function double(xs: number[]) { return xs.map(() => NaN); }', { checkCode: 'not-finite' }),
  // Results cross as copies, not as text with markers: an object shaped like a marker stays an object.
  tampering('forged-wire-marker', 'export function double() { return [{ __dl: "NaN" }, 4, 6]; }', { checkCode: 'type', message: /keys __dl/ }),
  tampering('bigint-result', 'export function double(xs: number[]) { return xs.map((x) => BigInt(2 * x)); }', { checkCode: 'invalid-result', message: /BigInt/ }),
  tampering('hostile-exception-text', `export function double() {
  throw new Error('<img src=x onerror=alert(1)>\\u001b[2J\\u0007' + 'x'.repeat(1e6));
}`, { checkCode: 'threw' }),
  tampering('thrown-object-with-a-looping-message', `export function double() {
  throw { get message() { while (true) {} } };
}`, { reason: 'time-limit', checkCode: 'time-limit' }, 4_000),
  tampering('exported-proxy-returning-a-builtin-prototype', `export const double = new Proxy(function () {}, {
  apply: () => Array.prototype, // an array to Array.isArray, whose prototype is not Array.prototype
  get(_target, key) { throw new Error('no ' + String(key)); },
});`, { checkCode: 'invalid-result', message: /modified prototype/ }),
];

/** Every hostile submission of the suite. */
export const HOSTILE_CORPUS: HostileSubmission[] = [...ESCAPES, ...DENIALS, ...TAMPERING];
