import { RESULT_LIMITS } from './result-serializer';
import { InvalidResultError } from './errors';

/**
 * The host's side of the text format that crosses the isolate boundary: JSON, with markers
 * `{"__dl":"NaN" | "Infinity" | "-Infinity" | "undefined"}` for what JSON cannot carry. The
 * isolate refuses `__dl` as a key in students' objects, so a marker is never ambiguous.
 */
const MARKERS: Record<string, unknown> = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, '-Infinity': Number.NEGATIVE_INFINITY, undefined };

/** Keys that could reach a prototype if the parsed value were ever merged into another object. */
const DROPPED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Any key the reviver acts on; a string value containing one only costs the slower parse. */
const REVIVED_TOKEN = /"(?:__dl|__proto__|constructor|prototype)"/;

/**
 * Encodes a check's arguments for a call into the isolate. Arguments are the host's own data
 * (plain values, typed arrays, SandboxValue markers), never anything the student produced.
 * @example
 * encodeArguments([[1, NaN], new Float64Array([2])]) // '[[1,{"__dl":"NaN"}],[2]]'
 */
export function encodeArguments(args: unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) return { __dl: String(value) };
    if (value === undefined) return { __dl: 'undefined' };
    if (typeof value === 'bigint') throw new TypeError('a BigInt cannot be passed to the student’s code');
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<number>);
    return value;
  });
}

/**
 * Parses a result the isolate serialised, dropping `__proto__`, `constructor` and `prototype`
 * keys and decoding markers. The text comes from untrusted code: it is only ever parsed as JSON.
 * @example
 * decodeResult('{"a":{"__dl":"Infinity"},"__proto__":{"x":1}}') // { a: Infinity }
 */
export function decodeResult(serialised: string): unknown {
  if (serialised.length > RESULT_LIMITS.maxOutputChars) throw new InvalidResultError('the result is too large to send back');
  // The reviver is several times slower than the parse: skip it when there is nothing to revive.
  if (!REVIVED_TOKEN.test(serialised)) return JSON.parse(serialised);
  return JSON.parse(serialised, function revive(this: unknown, key: string, value: unknown) {
    if (DROPPED_KEYS.has(key) && !Array.isArray(this)) return undefined;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === '__dl') {
        const name = (value as { __dl: unknown }).__dl;
        if (typeof name === 'string' && Object.hasOwn(MARKERS, name)) return MARKERS[name];
      }
    }
    return value;
  });
}
