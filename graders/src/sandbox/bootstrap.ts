import { RESULT_COPIER_SOURCE } from './result-copier';

/**
 * JavaScript run in every fresh context before the student's module (through
 * `context.evalClosure`, so `$0` and `$1` are its arguments and nothing lands on the global):
 *
 * - `$0`: a host function taking one string (console output); `$1`: the JSON of BootstrapConfig.
 * - It captures the builtins it relies on, so that the student's module cannot tamper with
 *   the call trampoline; removes WebAssembly, SharedArrayBuffer and Atomics (memory the isolate's
 *   limit does not count); makes Math.random the seeded sfc32 of random/rng.ts; refuses resizable
 *   and oversized ArrayBuffers; installs a quota-limited console.
 * - It returns `dispatch(op, a, b, c)`, kept by the host as a Reference and never put on the
 *   global: `dispatch('attach', namespace)` binds the student's module namespace once and returns
 *   the JSON `{ name: typeof export }`; `dispatch('call', name, args, hasMarkers)` calls an export
 *   with arguments isolated-vm copied in (SandboxValue markers revived when `hasMarkers`) and
 *   returns `{ value }`, a fresh copy of the result built by copyPlain (result-copier.ts), or a
 *   string: `E<error message>`, `I<why the result is not plain data>`, or `P` when the export
 *   returned a promise, which `dispatch('settle')` then returns, resolving to one of the others.
 *
 * Security does not rest on this code (the host re-checks everything it receives), but it gives
 * the student precise feedback and keeps the host from ever touching a student's object.
 */
export interface BootstrapConfig {
  /** Seed of Math.random inside the isolate. */
  mathRandomSeed: number;
  maxLogLines: number;
  maxLogLineChars: number;
  /** Largest ArrayBuffer the student may allocate with `new ArrayBuffer(n)`. */
  maxArrayBufferBytes: number;
}


export const BOOTSTRAP_SOURCE = String.raw`
'use strict';
const hostLog = $0;
const config = JSON.parse($1);

// ---- builtins, captured before any student code runs
const global = globalThis;
const { apply, ownKeys, getPrototypeOf, defineProperty, construct } = Reflect;
const { getOwnPropertyDescriptor, hasOwn, freeze, create } = Object;
const isArray = Array.isArray;
const isView = ArrayBuffer.isView;
const jsonStringify = JSON.stringify;
const stringOf = String;
const stringSlice = String.prototype.slice;
const mathImul = Math.imul;
const indirectEval = eval;
const PromiseConstructor = Promise;
const ObjectPrototype = Object.prototype;
const ArrayConstructor = Array;
const ArrayPrototype = Array.prototype;
const Float64ArrayConstructor = Float64Array;
const typedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const typedArrayLength = getOwnPropertyDescriptor(typedArrayPrototype, 'length').get;
const typedArrayTag = getOwnPropertyDescriptor(typedArrayPrototype, Symbol.toStringTag).get;
const slice = (s, end) => apply(stringSlice, s, [0, end]);

// ---- seeded generator: the same algorithm as createRng in graders/src/random/rng.ts
function createRng(seed) {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = mathImul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = mathImul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix(), b = splitmix(), c = splitmix(), d = splitmix();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

// ---- the environment the student gets
delete global.WebAssembly;
delete global.SharedArrayBuffer;
delete global.Atomics;
defineProperty(Math, 'random', { value: createRng(config.mathRandomSeed), writable: true, configurable: true });

const OriginalArrayBuffer = ArrayBuffer;
// resize() could grow a buffer outside the memory limit, transfer(n) would skip the size check.
delete OriginalArrayBuffer.prototype.resize;
delete OriginalArrayBuffer.prototype.transfer;
function ArrayBufferWithLimits(length, options) {
  if (new.target === undefined) throw new TypeError("Constructor ArrayBuffer requires 'new'");
  if (options !== undefined && options !== null && options.maxByteLength !== undefined) {
    throw new RangeError('resizable ArrayBuffers are not available in the sandbox');
  }
  if (+length > config.maxArrayBufferBytes) {
    throw new RangeError('an ArrayBuffer of ' + length + ' bytes exceeds the sandbox memory limit');
  }
  return construct(OriginalArrayBuffer, [length], new.target);
}
defineProperty(ArrayBufferWithLimits, 'prototype', { value: OriginalArrayBuffer.prototype });
defineProperty(ArrayBufferWithLimits, 'isView', { value: isView, writable: true, configurable: true });
defineProperty(ArrayBufferWithLimits, 'name', { value: 'ArrayBuffer' });
defineProperty(OriginalArrayBuffer.prototype, 'constructor', { value: ArrayBufferWithLimits, writable: true, configurable: true });
defineProperty(global, 'ArrayBuffer', { value: ArrayBufferWithLimits, writable: true, configurable: true });

let logLines = 0;
function formatLogValue(value) {
  try {
    if (typeof value === 'string') return value;
    if (typeof value === 'object' && value !== null) {
      const json = jsonStringify(value);
      if (typeof json === 'string') return json;
    }
    return stringOf(value);
  } catch {
    return '[unprintable value]';
  }
}
function writeLog(prefix, values) {
  // The quota is enforced here: the host's queue of calls would otherwise be unbounded.
  if (logLines >= config.maxLogLines) return;
  logLines++;
  if (logLines === config.maxLogLines) {
    hostLog('… (further output dropped)');
    return;
  }
  let line = prefix;
  for (let i = 0; i < values.length && line.length <= config.maxLogLineChars; i++) {
    line += (i === 0 ? '' : ' ') + formatLogValue(values[i]);
  }
  hostLog(line.length > config.maxLogLineChars ? slice(line, config.maxLogLineChars) + '…' : line);
}
const consoleObject = create(null);
consoleObject.log = (...values) => writeLog('', values);
consoleObject.info = (...values) => writeLog('', values);
consoleObject.debug = (...values) => writeLog('', values);
consoleObject.warn = (...values) => writeLog('warning: ', values);
consoleObject.error = (...values) => writeLog('error: ', values);
defineProperty(global, 'console', { value: freeze(consoleObject), writable: true, configurable: true });

// ---- arguments in: copied by isolated-vm; a check's SandboxValue markers become what they stand for
function reviveMarkers(value) {
  if (value === null || typeof value !== 'object') return value;
  if (isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = reviveMarkers(value[i]);
    return value;
  }
  if (hasOwn(value, '__sandbox')) {
    if (value.__sandbox === 'function') return indirectEval('(' + value.source + '\n)');
    if (value.__sandbox === 'rng') return createRng(value.seed);
  }
  const names = ownKeys(value);
  for (let i = 0; i < names.length; i++) value[names[i]] = reviveMarkers(value[names[i]]);
  return value;
}

${RESULT_COPIER_SOURCE}
// ---- the trampoline
function describeError(error) {
  try {
    if (typeof error === 'object' && error !== null) {
      const name = error.name;
      const message = error.message;
      if (typeof message === 'string') return slice((typeof name === 'string' && name !== '' ? name + ': ' : '') + message, 2000);
    }
    return slice('thrown value: ' + stringOf(error), 2000);
  } catch {
    return 'an exception that could not be described';
  }
}
function settle(value) {
  try {
    const box = create(null);
    box.value = copyPlain(value);
    return box;
  } catch (error) {
    if (error instanceof NotPlainData) return 'I' + error.reason;
    return 'I' + 'could not be read: ' + describeError(error);
  }
}
let namespace = null;
function attach(moduleNamespace) {
  if (namespace !== null) throw new Error('already attached');
  namespace = moduleNamespace;
  const kinds = create(null);
  const names = ownKeys(namespace);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (typeof name !== 'string') continue;
    try {
      kinds[name] = typeof namespace[name];
    } catch {
      kinds[name] = 'uninitialized'; // still in its temporal dead zone (top-level await)
    }
  }
  return jsonStringify(kinds);
}
function call(name, copiedArgs, hasMarkers) {
  let result;
  try {
    const args = hasMarkers ? reviveMarkers(copiedArgs) : copiedArgs;
    const descriptor = getOwnPropertyDescriptor(namespace, name);
    if (descriptor === undefined || typeof descriptor.value !== 'function') return 'E' + name + ' is not an exported function';
    result = apply(descriptor.value, undefined, args);
  } catch (error) {
    return 'E' + describeError(error);
  }
  let then;
  try {
    then = (typeof result === 'object' || typeof result === 'function') && result !== null ? result.then : undefined;
  } catch (error) {
    return 'E' + describeError(error);
  }
  if (typeof then !== 'function') return settle(result);
  return new PromiseConstructor((resolve) => {
    try {
      apply(then, result, [(value) => resolve(settle(value)), (error) => resolve('E' + describeError(error))]);
    } catch (error) {
      resolve('E' + describeError(error));
    }
  });
}
// A promise is kept here and handed over by 'settle', so that 'call' itself stays synchronous.
let pending = null;
return function dispatch(op, a, b, c) {
  if (op === 'attach') return attach(a);
  if (op === 'call') {
    const reply = call(a, b, c);
    // A string or a result's box (null prototype) is final; anything else is the promise.
    if (typeof reply === 'string' || getPrototypeOf(reply) === null) return reply;
    pending = reply;
    return 'P';
  }
  if (op === 'settle') {
    const promise = pending;
    pending = null;
    return promise;
  }
  throw new Error('unknown operation');
};
`;
