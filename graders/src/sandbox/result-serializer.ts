/** Limits on what a student's function may return (checked inside the isolate). */
export const RESULT_LIMITS = { maxDepth: 64, maxElements: 2_000_000, maxStringChars: 8_000_000, maxOutputChars: 48_000_000 } as const;

/**
 * Part of the bootstrap's source (see bootstrap.ts, whose captured builtins it uses): the
 * checker and serialiser of what a student's function returns. `serialize(value)` walks the value
 * through property descriptors, so no getter, toJSON or valueOf runs, refuses anything but plain
 * data with a path to the culprit (`result[2].w is a getter or setter`), and writes the wire
 * format of wire-format.ts.
 */
export const RESULT_SERIALIZER_SOURCE = String.raw`
const LIMITS = ${JSON.stringify(RESULT_LIMITS)};
// ---- results out: plain data only, serialised without running a getter, toJSON or valueOf
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
function serialize(root) {
  let elements = 0;
  let outputChars = 0;
  const ancestors = create(null);
  const keys = create(null);
  const where = (depth) => {
    let path = 'result';
    for (let i = 1; i <= depth; i++) path += typeof keys[i] === 'number' ? '[' + keys[i] + ']' : '.' + slice(keys[i], 40);
    return path;
  };
  const refuse = (depth, what) => { throw new NotPlainData(where(depth) + ' ' + what); };
  const count = (depth, chars) => {
    if (++elements > LIMITS.maxElements) refuse(depth, 'makes the result larger than ' + LIMITS.maxElements + ' values');
    outputChars += chars;
    if (outputChars > LIMITS.maxOutputChars) refuse(depth, 'makes the result too large to send back');
  };
  // Said before walking: a length of 1e9 (a sparse array, a proxy) would otherwise spend the
  // whole CPU budget and end as a time limit instead of saying what is wrong.
  const refuseOversized = (depth, length) => {
    if (!(length <= LIMITS.maxElements - elements)) refuse(depth, 'makes the result larger than ' + LIMITS.maxElements + ' values');
  };
  const write = (value, depth) => {
    switch (typeof value) {
      case 'number': {
        const text = value !== value ? '{"__dl":"NaN"}' : value === Infinity ? '{"__dl":"Infinity"}' : value === -Infinity ? '{"__dl":"-Infinity"}' : '' + value;
        count(depth, text.length);
        return text;
      }
      case 'string': {
        if (value.length > LIMITS.maxStringChars) refuse(depth, 'is a string longer than ' + LIMITS.maxStringChars + ' characters');
        const text = jsonStringify(value);
        count(depth, text.length);
        return text;
      }
      case 'boolean': count(depth, 5); return value ? 'true' : 'false';
      case 'undefined': count(depth, 16); return '{"__dl":"undefined"}';
      case 'bigint': return refuse(depth, 'is a BigInt (use a number)');
      case 'symbol': return refuse(depth, 'is a symbol');
      case 'function': return refuse(depth, 'is a function, not data');
    }
    if (value === null) { count(depth, 4); return 'null'; }
    if (depth >= LIMITS.maxDepth) refuse(depth, 'is nested more than ' + LIMITS.maxDepth + ' levels deep');
    for (let i = 0; i < depth; i++) if (ancestors[i] === value) refuse(depth, 'refers back to one of its containers (a cycle)');
    ancestors[depth] = value;
    count(depth, 2);
    let out;
    if (isView(value)) {
      const tag = apply(typedArrayTag, value, []);
      if (tag === undefined) refuse(depth, 'is a DataView');
      if (tag === 'BigInt64Array' || tag === 'BigUint64Array') refuse(depth, 'is a ' + tag + ' (use numbers)');
      const length = apply(typedArrayLength, value, []);
      refuseOversized(depth, length);
      out = '[';
      for (let i = 0; i < length; i++) {
        keys[depth + 1] = i;
        out += (i === 0 ? '' : ',') + write(value[i], depth + 1);
      }
      out += ']';
    } else if (isArray(value)) {
      if (getPrototypeOf(value) !== ArrayPrototype) refuse(depth, 'is an array with a modified prototype');
      const length = getOwnPropertyDescriptor(value, 'length').value;
      refuseOversized(depth, length);
      const fast = finiteNumbersOnly(value, length);
      if (fast !== undefined) {
        elements += length;
        count(depth, fast.length);
        ancestors[depth] = undefined;
        return fast;
      }
      out = '[';
      for (let i = 0; i < length; i++) {
        keys[depth + 1] = i;
        const descriptor = getOwnPropertyDescriptor(value, i);
        if (descriptor !== undefined && !hasOwn(descriptor, 'value')) refuse(depth + 1, 'is a getter or setter');
        out += (i === 0 ? '' : ',') + write(descriptor === undefined ? undefined : descriptor.value, depth + 1);
      }
      out += ']';
    } else {
      const prototype = getPrototypeOf(value);
      if (prototype !== ObjectPrototype && prototype !== null) refuse(depth, 'is ' + describeKind(value) + ', not a plain object or array');
      const ownKeyList = ownKeys(value);
      out = '{';
      let first = true;
      for (let i = 0; i < ownKeyList.length; i++) {
        const key = ownKeyList[i];
        if (typeof key === 'symbol') refuse(depth, 'has a symbol key');
        keys[depth + 1] = key;
        if (key === '__dl') refuse(depth + 1, 'uses a reserved key name');
        const descriptor = getOwnPropertyDescriptor(value, key);
        if (descriptor === undefined || !descriptor.enumerable) continue;
        if (!hasOwn(descriptor, 'value')) refuse(depth + 1, 'is a getter or setter');
        const keyText = jsonStringify(key);
        count(depth + 1, keyText.length);
        out += (first ? '' : ',') + keyText + ':' + write(descriptor.value, depth + 1);
        first = false;
      }
      out += '}';
    }
    ancestors[depth] = undefined;
    return out;
  };
  return write(root, 0);
}
// Rows of finite numbers are most of what students return; the engine's JSON.stringify writes
// them several times faster than concatenation. It is only used once every element has been
// seen to be an own data property holding a finite number and no toJSON can be reached.
function finiteNumbersOnly(array, length) {
  if (length === 0 || hasOwn(array, 'toJSON')) return undefined;
  if (getOwnPropertyDescriptor(ArrayPrototype, 'toJSON') !== undefined || getOwnPropertyDescriptor(ObjectPrototype, 'toJSON') !== undefined) return undefined;
  for (let i = 0; i < length; i++) {
    const descriptor = getOwnPropertyDescriptor(array, i);
    if (descriptor === undefined || !hasOwn(descriptor, 'value')) return undefined;
    const item = descriptor.value;
    if (typeof item !== 'number' || item - item !== 0) return undefined;
  }
  return jsonStringify(array);
}
`;
