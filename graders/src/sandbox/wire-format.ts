/**
 * The host's side of what crosses the isolate boundary. isolated-vm copies the data both ways
 * (V8's structured clone: numbers as bytes, NaN, ±Infinity and undefined as they are), so no
 * text format is needed: arguments are the checks' own data, and a result is the isolate's
 * fresh copy of plain data (result-copier.ts), turned back into plain arrays and objects here.
 */

/** Keys that could reach a prototype if the value were ever merged into another object. */
const DROPPED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The arguments of a call into the isolate, ready to be copied: typed arrays become plain
 * arrays (what a student's function is written for). Also says whether a SandboxValue marker
 * (a function's source, a seeded generator) is among them, for the isolate to revive.
 * Arguments are the host's own data, never anything the student produced.
 * @example
 * prepareArguments([[1, NaN], new Float64Array([2])]) // { args: [[1, NaN], [2]], hasMarkers: false }
 */
export function prepareArguments(args: unknown[]): { args: unknown[]; hasMarkers: boolean } {
  let hasMarkers = false;
  const prepare = (value: unknown): unknown => {
    if (typeof value === 'bigint') throw new TypeError('a BigInt cannot be passed to the student’s code');
    if (value === null || typeof value !== 'object') return value;
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<number>);
    if (Array.isArray(value)) return needsPreparing(value) ? value.map(prepare) : value;
    if (Object.hasOwn(value, '__sandbox')) hasMarkers = true;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, prepare(item)]));
  };
  return { args: args.map(prepare), hasMarkers };
}

/** Whether an array holds anything but numbers and strings (a row of numbers is copied as it is). */
function needsPreparing(array: unknown[]): boolean {
  for (const item of array) if (typeof item === 'object' || typeof item === 'bigint') return true;
  return false;
}

/**
 * A result as isolated-vm copied it out of the isolate, as plain data: each Float64Array the
 * isolate made of an array of numbers becomes an array again, and `__proto__`, `constructor`
 * and `prototype` keys are dropped.
 * @example
 * fromSandbox({ a: new Float64Array([1, Infinity]), b: [new Float64Array([2])] }) // { a: [1, Infinity], b: [[2]] }
 */
export function fromSandbox(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Float64Array) return Array.from(value);
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = fromSandbox(value[i]);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (!DROPPED_KEYS.has(key)) out[key] = fromSandbox(item);
  return out;
}
