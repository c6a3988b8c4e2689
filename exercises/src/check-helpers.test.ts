import { describe, expect, it } from 'vitest';
import { rememberedOnFixedInputs } from './check-helpers';

describe('rememberedOnFixedInputs', () => {
  it('computes the reference once per distinct input and hands back a frozen answer', () => {
    let calls = 0;
    const doubled = rememberedOnFixedInputs((xs: number[], factor: number = 2) => {
      calls++;
      return { values: xs.map((x) => x * factor) };
    });
    const first = doubled([1, 2]);
    expect(doubled([1, 2])).toBe(first);
    expect(calls).toBe(1);
    expect(doubled([1, 2], 3)).toEqual({ values: [3, 6] });
    expect(calls).toBe(2);
    // A check cannot change what the next grading compares against.
    expect(Object.isFrozen(first.values)).toBe(true);
    expect(() => first.values.push(4)).toThrow(TypeError);
  });
});
