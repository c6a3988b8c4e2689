/** A number or nested arrays of numbers: a tensor of any rank as plain data. */
export type NestedNumbers = number | NestedNumbers[];

/** All numbers of a nested array in row-major order. @example flattenNumbers([[1, 2], [3]]) // [1, 2, 3] */
export function flattenNumbers(value: NestedNumbers): number[] {
  if (!Array.isArray(value)) return [value];
  const out: number[] = [];
  const visit = (v: NestedNumbers) => {
    if (Array.isArray(v)) for (const item of v) visit(item);
    else out.push(v);
  };
  visit(value);
  return out;
}

/** The index path of the flat (row-major) position in a tensor of this shape. @example unravelIndex(5, [2, 3]) // [1, 2] */
export function unravelIndex(flat: number, shape: readonly number[]): number[] {
  const index = new Array<number>(shape.length);
  for (let k = shape.length - 1; k >= 0; k--) {
    index[k] = flat % shape[k]!;
    flat = Math.floor(flat / shape[k]!);
  }
  return index;
}

/** A deep copy of a tensor with one element (flat row-major position) replaced. */
export function withElement(value: NestedNumbers, shape: readonly number[], flat: number, element: number): NestedNumbers {
  if (shape.length === 0) return element;
  const path = unravelIndex(flat, shape);
  const copy = structuredClone(value) as NestedNumbers[];
  let row = copy;
  for (const i of path.slice(0, -1)) row = row[i] as NestedNumbers[];
  row[path[path.length - 1]!] = element;
  return copy;
}
