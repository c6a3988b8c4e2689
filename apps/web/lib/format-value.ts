// Turns the values a check reports (inputs, expected, got) into short readable text:
// matrices one row per line, long arrays cut with a count of what was left out.

/** How much of a value to show. */
export interface FormatLimits {
  /** Items shown per array before "… n more". */
  maxItems: number;
  /** Hard cap on the whole text, in characters. */
  maxChars: number;
}

export const DEFAULT_LIMITS: FormatLimits = { maxItems: 8, maxChars: 1200 };

/**
 * Formats a number with at most 6 significant digits, keeping integers exact.
 * @example
 * formatNumber(0.1 + 0.2) // '0.3'
 */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e9)) return value.toExponential(4).replace(/\.?0+e/, 'e');
  return String(Number(value.toPrecision(6)));
}

function isFlat(value: unknown[]): boolean {
  return value.every((item) => item === null || typeof item !== 'object');
}

function formatInline(value: unknown, limits: FormatLimits): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (value === null || value === undefined || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const shown = value.slice(0, limits.maxItems).map((item) => formatInline(item, limits));
    if (value.length > limits.maxItems) shown.push(`… ${value.length - limits.maxItems} more`);
    return `[${shown.join(', ')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const shown = entries.slice(0, limits.maxItems).map(([key, item]) => `${key}: ${formatInline(item, limits)}`);
    if (entries.length > limits.maxItems) shown.push(`… ${entries.length - limits.maxItems} more`);
    return `{ ${shown.join(', ')} }`;
  }
  return String(value);
}

function formatBlock(value: unknown, limits: FormatLimits, indent: string): string {
  // A vector or a scalar stays on one line; a matrix gets one row per line.
  if (!Array.isArray(value) || isFlat(value)) return formatInline(value, limits);
  const inner = `${indent}  `;
  const rows = value.slice(0, limits.maxItems).map((row) => inner + formatBlock(row, limits, inner));
  if (value.length > limits.maxItems) rows.push(`${inner}… ${value.length - limits.maxItems} more rows`);
  return `[\n${rows.join(',\n')}\n${indent}]`;
}

/**
 * Pretty-prints a value for display, truncated to the given limits.
 * @example
 * formatValue([[1, 2], [3, 4]]) // '[\n  [1, 2],\n  [3, 4]\n]'
 */
export function formatValue(value: unknown, limits: FormatLimits = DEFAULT_LIMITS): string {
  const text = formatBlock(value, limits, '');
  return text.length > limits.maxChars ? `${text.slice(0, limits.maxChars)}…` : text;
}

/**
 * Describes the shape of nested arrays, for a heading next to a value.
 * @example
 * shapeOf([[1, 2, 3], [4, 5, 6]]) // '2×3'
 */
export function shapeOf(value: unknown): string | null {
  const dims: number[] = [];
  let current: unknown = value;
  while (Array.isArray(current)) {
    dims.push(current.length);
    current = current[0];
  }
  return dims.length > 0 ? dims.join('×') : null;
}

/** Formats an index path such as [2, 3] as "[2][3]". */
export function formatIndex(index: readonly number[]): string {
  return index.map((i) => `[${i}]`).join('');
}
