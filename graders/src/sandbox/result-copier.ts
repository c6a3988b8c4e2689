/** Limits on what a student's function may return (checked inside the isolate). */
export const RESULT_LIMITS = { maxDepth: 64, maxElements: 2_000_000, maxStringChars: 8_000_000, maxBytes: 64_000_000 } as const;

/**
 * Part of the bootstrap's source (see bootstrap.ts, whose captured builtins it uses): the
 * checker of what a student's function returns. `copyPlain(value)` walks the value through
 * property descriptors, so no getter, toJSON or valueOf runs, refuses anything but plain data
 * with a path to the culprit (`result[2].w is a getter or setter`), and builds a fresh copy made
 * only of the bootstrap's own objects: null-prototype objects, arrays filled with
 * defineProperty (a setter the student put on Array.prototype never runs), and a Float64Array
 * for each array of numbers (copied out of the isolate as bytes, not as text).
 * isolated-vm then copies that copy to the host (wire-format.ts turns it back into plain data).
 */
export const RESULT_COPIER_SOURCE = String.raw`
const LIMITS = ${JSON.stringify(RESULT_LIMITS)};
// ---- results out: plain data only, read without running a getter, toJSON or valueOf
class NotPlainData {
  constructor(reason) { this.reason = reason; }
}
function describeKind(value) {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  try {
    const prototype = getPrototypeOf(value);
    const constructorDescriptor = prototype === null ? undefined : getOwnPropertyDescriptor(prototype, 'constructor');
    const name = constructorDescriptor && typeof constructorDescriptor.value === 'function' ? constructorDescriptor.value.name : '';
    return typeof name === 'string' && name !== '' ? 'an instance of ' + slice(name, 60) : 'an object with an unusual prototype';
  } catch {
    return 'an exotic object';
  }
}
const setOwn = (target, key, value) => defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
function copyPlain(root) {
  let elements = 0;
  let bytes = 0;
  const ancestors = create(null);
  const keys = create(null);
  const where = (depth) => {
    let path = 'result';
    for (let i = 1; i <= depth; i++) path += typeof keys[i] === 'number' ? '[' + keys[i] + ']' : '.' + slice(keys[i], 40);
    return path;
  };
  const refuse = (depth, what) => { throw new NotPlainData(where(depth) + ' ' + what); };
  const count = (depth, size, values = 1) => {
    elements += values;
    if (elements > LIMITS.maxElements) refuse(depth, 'makes the result larger than ' + LIMITS.maxElements + ' values');
    bytes += size;
    if (bytes > LIMITS.maxBytes) refuse(depth, 'makes the result too large to send back');
  };
  // Said before walking: a length of 1e9 (a sparse array, a proxy) would otherwise spend the
  // whole CPU budget and end as a time limit instead of saying what is wrong.
  const refuseOversized = (depth, length) => {
    if (!(length <= LIMITS.maxElements - elements)) refuse(depth, 'makes the result larger than ' + LIMITS.maxElements + ' values');
  };
  const copy = (value, depth) => {
    switch (typeof value) {
      case 'number': count(depth, 8); return value;
      case 'string':
        if (value.length > LIMITS.maxStringChars) refuse(depth, 'is a string longer than ' + LIMITS.maxStringChars + ' characters');
        count(depth, value.length);
        return value;
      case 'boolean': count(depth, 1); return value;
      case 'undefined': count(depth, 1); return undefined;
      case 'bigint': return refuse(depth, 'is a BigInt (use a number)');
      case 'symbol': return refuse(depth, 'is a symbol');
      case 'function': return refuse(depth, 'is a function, not data');
    }
    if (value === null) { count(depth, 1); return null; }
    if (depth >= LIMITS.maxDepth) refuse(depth, 'is nested more than ' + LIMITS.maxDepth + ' levels deep');
    for (let i = 0; i < depth; i++) if (ancestors[i] === value) refuse(depth, 'refers back to one of its containers (a cycle)');
    ancestors[depth] = value;
    count(depth, 8);
    let out;
    if (isView(value)) {
      const tag = apply(typedArrayTag, value, []);
      if (tag === undefined) refuse(depth, 'is a DataView');
      if (tag === 'BigInt64Array' || tag === 'BigUint64Array') refuse(depth, 'is a ' + tag + ' (use numbers)');
      const length = apply(typedArrayLength, value, []);
      refuseOversized(depth, length);
      count(depth, 8 * length, length);
      // A typed array's elements are numbers read without any property lookup.
      out = new Float64ArrayConstructor(length);
      for (let i = 0; i < length; i++) out[i] = value[i];
    } else if (isArray(value)) {
      if (getPrototypeOf(value) !== ArrayPrototype) refuse(depth, 'is an array with a modified prototype');
      const length = getOwnPropertyDescriptor(value, 'length').value;
      refuseOversized(depth, length);
      out = numbersOnly(value, length);
      if (out !== undefined) {
        count(depth, 8 * length, length);
      } else {
        out = new ArrayConstructor(length);
        for (let i = 0; i < length; i++) {
          keys[depth + 1] = i;
          const descriptor = getOwnPropertyDescriptor(value, i);
          if (descriptor !== undefined && !hasOwn(descriptor, 'value')) refuse(depth + 1, 'is a getter or setter');
          setOwn(out, i, copy(descriptor === undefined ? undefined : descriptor.value, depth + 1));
        }
      }
    } else {
      const prototype = getPrototypeOf(value);
      if (prototype !== ObjectPrototype && prototype !== null) refuse(depth, 'is ' + describeKind(value) + ', not a plain object or array');
      const ownKeyList = ownKeys(value);
      out = create(null);
      for (let i = 0; i < ownKeyList.length; i++) {
        const key = ownKeyList[i];
        if (typeof key === 'symbol') refuse(depth, 'has a symbol key');
        keys[depth + 1] = key;
        const descriptor = getOwnPropertyDescriptor(value, key);
        if (descriptor === undefined || !descriptor.enumerable) continue;
        if (!hasOwn(descriptor, 'value')) refuse(depth + 1, 'is a getter or setter');
        count(depth + 1, key.length, 0);
        setOwn(out, key, copy(descriptor.value, depth + 1));
      }
    }
    ancestors[depth] = undefined;
    return out;
  };
  return copy(root, 0);
}
// Rows of numbers are most of what students return: they leave as one Float64Array each, once
// every element has been seen to be an own data property holding a number (holes, getters,
// anything else: the general path says what is wrong or copies it element by element).
function numbersOnly(array, length) {
  if (length === 0) return undefined;
  const out = new Float64ArrayConstructor(length);
  for (let i = 0; i < length; i++) {
    const descriptor = getOwnPropertyDescriptor(array, i);
    if (descriptor === undefined || !hasOwn(descriptor, 'value')) return undefined;
    const item = descriptor.value;
    if (typeof item !== 'number') return undefined;
    out[i] = item;
  }
  return out;
}
`;
