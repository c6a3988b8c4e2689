/** Helpers that describe values in feedback: compact numbers, shapes, short descriptions, truncated copies. */

/**
 * A number written compactly: at most `digits` significant digits (6 by default), no
 * trailing zeros, exponent form for very small or very large magnitudes.
 * @example formatNumber(0.1 + 0.2) // "0.3"
 * formatNumber(0.000214) // "2.14e-4"
 */
export function formatNumber(x: number, digits = 6): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const magnitude = Math.abs(x);
  if (magnitude >= 1e-3 && magnitude < 1e6) return String(Number(x.toPrecision(digits)));
  const [mantissa, exponent] = x.toExponential(digits - 1).split('e');
  return `${String(Number(mantissa))}e${Number(exponent)}`;
}

/** An index path as it would be written in code. @example formatIndex([0, 1]) // "[0][1]" */
export function formatIndex(index: readonly number[]): string {
  return index.map((i) => `[${i}]`).join('');
}

/** A shape as a list. @example formatShape([2, 3]) // "[2, 3]" */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/**
 * The shape of a number or of nested arrays of numbers with equal lengths at every level;
 * null for anything else (ragged arrays, non-numeric leaves, other values).
 * @example shapeOf([[1, 2], [3, 4], [5, 6]]) // [3, 2]
 * shapeOf([[1], [2, 3]]) // null
 */
export function shapeOf(value: unknown): number[] | null {
  if (typeof value === 'number') return [];
  if (!Array.isArray(value)) return null;
  if (value.length === 0) return [0];
  const inner = shapeOf(value[0]);
  if (inner === null) return null;
  for (let i = 1; i < value.length; i++) {
    const other = shapeOf(value[i]);
    if (other === null || other.length !== inner.length || other.some((d, k) => d !== inner[k])) return null;
  }
  return [value.length, ...inner];
}

/** First leaf of nested arrays that is not a number, if any. */
function firstNonNumberLeaf(value: unknown[]): { found: boolean; leaf?: unknown } {
  for (const item of value) {
    if (Array.isArray(item)) {
      const inner = firstNonNumberLeaf(item);
      if (inner.found) return inner;
    } else if (typeof item !== 'number') {
      return { found: true, leaf: item };
    }
  }
  return { found: false };
}

const MAX_KEYS_DESCRIBED = 8;

/**
 * A short description of any value, for "expected X, got Y" messages.
 * @example describeValue([[1, 2], [3, 4], [5, 6]]) // "number[3][2]"
 * describeValue({ a: 1, b: 2 }) // "object with keys a, b"
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const shape = shapeOf(value);
    if (shape !== null) return `number${shape.map((d) => `[${d}]`).join('')}`;
    const odd = firstNonNumberLeaf(value);
    if (odd.found) return `array[${value.length}] containing ${describeValue(odd.leaf)}`;
    return `array[${value.length}] with rows of different lengths`;
  }
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return 'empty object';
    const shown = keys.slice(0, MAX_KEYS_DESCRIBED).join(', ');
    return `object with keys ${shown}${keys.length > MAX_KEYS_DESCRIBED ? ', …' : ''}`;
  }
  return typeof value;
}

const MAX_STRING_CHARS = 200;
const MAX_DISPLAY_DEPTH = 16;

/** Depth of nested arrays, following first elements. */
function arrayDepth(value: unknown): number {
  let depth = 0;
  for (let v = value; Array.isArray(v) && depth < MAX_DISPLAY_DEPTH; v = v[0]) depth++;
  return depth;
}

/**
 * A copy small enough to show: arrays keep their nesting but only their first elements at
 * each level (about maxElements leaves in all), each cut marked by a string "…(+N)";
 * long strings and deep structures are cut too. Plain data in, plain data out.
 * @example truncateForDisplay(Array.from({ length: 100 }, (_, i) => i), 4) // [0, 1, 2, 3, "…(+96)"]
 */
export function truncateForDisplay(value: unknown, maxElements = 64): unknown {
  return truncate(value, maxElements, 0);
}

function truncate(value: unknown, maxElements: number, depth: number): unknown {
  if (typeof value === 'string') {
    return value.length > MAX_STRING_CHARS ? `${value.slice(0, MAX_STRING_CHARS)}…` : value;
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DISPLAY_DEPTH) return '…';
  if (Array.isArray(value)) {
    // Share the budget between levels so that a matrix keeps a square-ish corner.
    const perLevel = Math.max(2, Math.floor(maxElements ** (1 / Math.max(1, arrayDepth(value)))));
    const kept = value.slice(0, perLevel).map((item) => truncate(item, Math.max(1, Math.floor(maxElements / perLevel)), depth + 1));
    return value.length > perLevel ? [...kept, `…(+${value.length - perLevel})`] : kept;
  }
  const keys = Object.keys(value);
  const out: Record<string, unknown> = {};
  for (const key of keys.slice(0, maxElements)) {
    // defineProperty: a key named "__proto__" stays a plain key instead of changing the prototype.
    const item = truncate((value as Record<string, unknown>)[key], maxElements, depth + 1);
    Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
  }
  if (keys.length > maxElements) out['…'] = `+${keys.length - maxElements}`;
  return out;
}
