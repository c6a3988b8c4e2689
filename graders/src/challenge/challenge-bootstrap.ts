/**
 * JavaScript run in a challenge's context after the sandbox bootstrap and before the student's
 * module (through `context.evalClosure`: `$0` and `$1` are its arguments, nothing lands on the global).
 *
 * - `$0`: a host function taking two numbers (epoch, loss), called without waiting for the host;
 *   `$1`: the JSON of ChallengeBootstrapConfig.
 * - It returns `challenge(op, a, b)`, which the host keeps as a Reference:
 *   `challenge('attach', namespace)` binds the module once and returns the JSON `{ name: typeof export }`;
 *   `challenge('train', images, labels, count)` calls `train(images, labels, count, report)` and keeps
 *   the model inside the isolate, answering `V` or `E<message>` (or a promise of it);
 *   `challenge('predict', images, count)` calls `predict(model, images, count)` and answers a
 *   Float64Array: [the returned length, then up to `count` values, NaN where a value is not a number],
 *   or `E<message>` / `I<why the result cannot be read>`.
 * - The images arrive as ArrayBuffers or typed arrays moved in by the host once per grading; every
 *   call sees the same memory, so training never copies its data per epoch or per call.
 * - `report` is a fresh function per grading: numbers only, at most one host call per
 *   `minReportIntervalMs` (the latest pending value is sent when training returns) and at most
 *   `maxReports` in all, so that a tight loop of reports can neither flood the host nor slow training.
 */
export interface ChallengeBootstrapConfig {
  maxReports: number;
  minReportIntervalMs: number;
}

export const CHALLENGE_BOOTSTRAP_SOURCE = String.raw`
'use strict';
const hostReport = $0;
const config = JSON.parse($1);
const { apply, ownKeys, getOwnPropertyDescriptor: describe } = Reflect;
const jsonStringify = JSON.stringify;
const create = Object.create;
const isView = ArrayBuffer.isView;
const now = Date.now;
const stringOf = String;
const stringSlice = String.prototype.slice;
const Float32ArrayConstructor = Float32Array;
const Uint8ArrayConstructor = Uint8Array;
const Float64ArrayConstructor = Float64Array;
const PromiseConstructor = Promise;
const isInteger = Number.isInteger;
const slice = (s, end) => apply(stringSlice, s, [0, end]);

function describeError(error) {
  try {
    if (typeof error === 'object' && error !== null && typeof error.message === 'string') {
      return slice((typeof error.name === 'string' && error.name !== '' ? error.name + ': ' : '') + error.message, 2000);
    }
    return slice('thrown value: ' + stringOf(error), 2000);
  } catch {
    return 'an exception that could not be described';
  }
}

// Calls fn(...args) and hands its result, or the value of the promise it returns, to onValue.
// A throw or rejection becomes 'E<message>'.
function settle(fn, args, onValue) {
  let result;
  try {
    result = apply(fn, undefined, args);
  } catch (error) {
    return 'E' + describeError(error);
  }
  let then;
  try {
    then = (typeof result === 'object' || typeof result === 'function') && result !== null ? result.then : undefined;
  } catch (error) {
    return 'E' + describeError(error);
  }
  if (typeof then !== 'function') return onValue(result);
  return new PromiseConstructor((resolve) => {
    try {
      apply(then, result, [(value) => resolve(onValue(value)), (error) => resolve('E' + describeError(error))]);
    } catch (error) {
      resolve('E' + describeError(error));
    }
  });
}

let namespace = null;
let model;
let reports = 0;
let lastReportAt = -Infinity;
let pending = null;

function forward(epoch, loss) {
  if (reports >= config.maxReports) return;
  reports++;
  lastReportAt = now();
  pending = null;
  hostReport(epoch, loss);
}
function report(epoch, loss) {
  if (typeof epoch !== 'number' || typeof loss !== 'number') throw new TypeError('report(epoch, loss) takes two numbers');
  if (now() - lastReportAt >= config.minReportIntervalMs) forward(epoch, loss);
  else pending = [epoch, loss];
}
function flushReports() {
  if (pending !== null) forward(pending[0], pending[1]);
}

function exported(name) {
  const descriptor = describe(namespace, name);
  return descriptor !== undefined && typeof descriptor.value === 'function' ? descriptor.value : null;
}
function asFloat32(data) {
  return isView(data) ? data : new Float32ArrayConstructor(data);
}
function asUint8(data) {
  return isView(data) ? data : new Uint8ArrayConstructor(data);
}

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
      kinds[name] = 'uninitialized';
    }
  }
  return jsonStringify(kinds);
}

function train(images, labels, count) {
  const fn = exported('train');
  if (fn === null) return 'Etrain is not an exported function';
  return settle(fn, [asFloat32(images), asUint8(labels), count, report], (value) => {
    flushReports();
    model = value;
    return 'V';
  });
}

function readPredictions(result, count) {
  let length;
  try {
    if ((typeof result !== 'object' && typeof result !== 'function') || result === null) return 'Ipredict returned ' + (result === null ? 'null' : typeof result) + ', not an array';
    length = result.length;
  } catch (error) {
    return 'Ithe length of the predictions could not be read: ' + describeError(error);
  }
  if (typeof length !== 'number' || !isInteger(length) || length < 0) return 'Ithe predictions have no valid length (length is ' + stringOf(typeof length === 'number' ? length : typeof length) + ')';
  const kept = length < count ? length : count;
  const out = new Float64ArrayConstructor(kept + 1);
  out[0] = length;
  try {
    for (let i = 0; i < kept; i++) {
      const value = result[i];
      out[i + 1] = typeof value === 'number' ? value : NaN;
    }
  } catch (error) {
    return 'Ithe predictions could not be read: ' + describeError(error);
  }
  return out;
}

function predict(images, count) {
  const fn = exported('predict');
  if (fn === null) return 'Epredict is not an exported function';
  return settle(fn, [model, asFloat32(images), count], (value) => readPredictions(value, count));
}

return function challenge(op, a, b, c) {
  if (op === 'attach') return attach(a);
  if (op === 'train') return train(a, b, c);
  if (op === 'predict') return predict(a, b);
  throw new Error('unknown operation');
};
`;
