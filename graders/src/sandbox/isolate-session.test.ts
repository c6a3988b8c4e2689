import { afterEach, describe, expect, it } from 'vitest';
import { sandboxFunction, sandboxRng } from '../define-checks';
import { createRng, deriveSeed } from '../random/rng';
import { InvalidResultError, SandboxImportError, StudentThrewError, StudentTimeLimitError } from './errors';
import { IsolateSession, type IsolateSessionOptions } from './isolate-session';
import { transpileStudentCode } from './transpile';

const sessions: IsolateSession[] = [];
afterEach(() => sessions.splice(0).forEach((session) => session.dispose()));

async function load(code: string, options: Partial<IsolateSessionOptions> = {}): Promise<IsolateSession> {
  const transpiled = await transpileStudentCode(code);
  if (!transpiled.ok) throw new Error(transpiled.failure.message.en);
  const session = await IsolateSession.create({ code: transpiled.js, memoryMb: 32, cpuMs: 500, seed: 7, ...options });
  sessions.push(session);
  return session;
}

describe('IsolateSession exports', () => {
  it('sees every export form as a function, and ignores nothing but reports default separately', async () => {
    const session = await load(`
      export function a(x: number) { return x + 1; }
      export const b = (x: number) => x * 2;
      function c() { return 'c'; }
      export { c };
      export default function () { return 0; }
      export const notAFunction = 3;`);
    expect(session.exportNames().sort()).toEqual(['a', 'b', 'c', 'default', 'notAFunction']);
    expect(['a', 'b', 'c'].map((name) => session.exportsFunction(name))).toEqual([true, true, true]);
    expect(session.exportsFunction('notAFunction')).toBe(false);
    expect(await session.call('a', [1])).toBe(2);
    expect(await session.call('b', [4])).toBe(8);
    expect(await session.call('c', [])).toBe('c');
  });

  it('refuses imports before running anything', async () => {
    await expect(load(`import { readFileSync } from 'node:fs';\nexport const f = () => readFileSync;`)).rejects.toBeInstanceOf(SandboxImportError);
  });

  it('reports a top-level throw as the student’s exception', async () => {
    await expect(load(`throw new TypeError('at load');\nexport const f = () => 1;`)).rejects.toThrow(new StudentThrewError('TypeError: at load'));
  });
});

describe('IsolateSession results', () => {
  it('brings NaN, ±Infinity and typed arrays back as numbers and arrays', async () => {
    const session = await load(`export const f = () => ({ values: [NaN, Infinity, -Infinity, 1.5], typed: new Float32Array([0.5, 2]) });`);
    expect(await session.call('f', [])).toEqual({ values: [Number.NaN, Infinity, -Infinity, 1.5], typed: [0.5, 2] });
  });

  it('awaits an async export', async () => {
    const session = await load(`export async function f(x: number) { await null; return [x, x]; }`);
    expect(await session.call('f', [3])).toEqual([3, 3]);
  });

  it('gives typed-array arguments to the student as plain arrays, undefined and nested markers included', async () => {
    const session = await load(`export const f = (x: number[], rest: { y?: number; g: (v: number) => number }) => [Array.isArray(x), x, rest.y === undefined, rest.g(3)];`);
    const result = await session.call('f', [new Float64Array([1, -Infinity]), { y: undefined, g: sandboxFunction('(v) => v + 1') }]);
    expect(result).toEqual([true, [1, -Infinity], true, 4]);
  });

  it('copies arguments in, NaN included, and builds sandbox functions and generators inside', async () => {
    const session = await load(`export const f = (x: number[], g: (v: number) => number, rng: () => number) => [x.map(g), Number.isNaN(x[1]), rng()];`);
    const result = await session.call('f', [[2, Number.NaN], sandboxFunction('(v) => v * v'), sandboxRng(11)]);
    expect(result).toEqual([[4, Number.NaN], true, createRng(11)()]);
  });

  it('makes Math.random the seeded generator of the grading', async () => {
    const session = await load(`export const f = () => [Math.random(), Math.random()];`, { seed: 99 });
    const rng = createRng(deriveSeed(99, 'Math.random'));
    expect(await session.call('f', [])).toEqual([rng(), rng()]);
  });

  it.each([
    ['a getter', `export const f = () => ({ get x() { return 1; } });`, 'result.x is a getter or setter'],
    ['a cycle', `export const f = () => { const a: unknown[] = []; a.push([a]); return a; };`, 'result[0][0] refers back to one of its containers (a cycle)'],
    ['a function', `export const f = () => [() => 1];`, 'result[0] is a function, not data'],
    ['a BigInt', `export const f = () => 10n;`, 'result is a BigInt (use a number)'],
    ['a boxed number', `export const f = () => [new Number(3)];`, 'result[0] is an instance of Number, not a plain object or array'],
    ['a class instance', `class P { x = 1 }\nexport const f = () => new P();`, 'result is an instance of P, not a plain object or array'],
    ['a huge result', `export const f = () => new Array(2_000_001).fill(0);`, 'makes the result larger than 2000000 values'],
    ['too deep a result', `export const f = () => { let v: unknown = 1; for (let i = 0; i < 70; i++) v = [v]; return v; };`, 'nested more than 64 levels deep'],
  ])('rejects %s', async (_, code, reason) => {
    const session = await load(code, { memoryMb: 128, cpuMs: 5_000 });
    const error = await session.call('f', []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResultError);
    expect((error as Error).message).toContain(reason);
  });

  it('never calls toJSON or valueOf on what it returns', async () => {
    const session = await load(`
      let called = 0;
      export const f = () => { const o: any = { a: 1, toJSON() { called++; return 'x'; } }; return [o]; };
      export const calls = () => called;`);
    await expect(session.call('f', [])).rejects.toBeInstanceOf(InvalidResultError);
    expect(await session.call('calls', [])).toBe(0);
  });

  it('gives the same answer on the fast path for rows of numbers and on the general path', async () => {
    const session = await load(`
      export const rows = () => [[1, -0, 2.5e-300], [3, NaN], [4, 'x'], [], new Float32Array([0.5]), [undefined, , Infinity]];
      export const withToJSON = () => { (Array.prototype as any).toJSON = () => 'hijacked'; return [[1, 2], [3]]; };`);
    const rows = (await session.call('rows', [])) as unknown[][];
    expect(rows).toEqual([[1, -0, 2.5e-300], [3, Number.NaN], [4, 'x'], [], [0.5], [undefined, undefined, Number.POSITIVE_INFINITY]]);
    expect(Object.is(rows[0]![1], -0)).toBe(true);
    // Plain arrays on the host, whatever the isolate sent them as.
    expect(rows.every((row) => Array.isArray(row))).toBe(true);
    expect(await session.call('withToJSON', [])).toEqual([[1, 2], [3]]);
  });

  it('rejects a getter at an array index', async () => {
    const session = await load(`export const f = () => { const row = [1, 2, 3]; Object.defineProperty(row, 1, { get: () => 2 }); return [row]; };`);
    await expect(session.call('f', [])).rejects.toThrow(new InvalidResultError('result[0][1] is a getter or setter'));
  });

  it('drops __proto__, constructor and prototype keys', async () => {
    const session = await load(`export const f = () => JSON.parse('{"__proto__":{"polluted":true},"constructor":1,"prototype":2,"kept":3}');`);
    const result = (await session.call('f', [])) as Record<string, unknown>;
    expect(result).toEqual({ kept: 3 });
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns a throw into StudentThrewError with the message, sanitised', async () => {
    const session = await load(`export const f = () => { throw new RangeError('bad\\u0007 shape'); };\nexport const g = () => { throw 42; };`);
    await expect(session.call('f', [])).rejects.toThrow(new StudentThrewError('RangeError: bad shape'));
    await expect(session.call('g', [])).rejects.toThrow(new StudentThrewError('thrown value: 42'));
  });
});

describe('IsolateSession limits', () => {
  it('stops an infinite loop at the CPU budget, and every later call too', async () => {
    const session = await load(`export const loop = () => { while (true) {} };\nexport const ok = () => 1;`, { cpuMs: 150 });
    const startedAt = Date.now();
    await expect(session.call('loop', [])).rejects.toBeInstanceOf(StudentTimeLimitError);
    expect(Date.now() - startedAt).toBeLessThan(1_000);
    await expect(session.call('ok', [])).rejects.toBeInstanceOf(StudentTimeLimitError);
  });

  it('stops a promise that never settles with the wall-clock watchdog', async () => {
    const session = await load(`export async function f() { await new Promise(() => {}); }`, { cpuMs: 100, wallSlackMs: 200 });
    const startedAt = Date.now();
    await expect(session.call('f', [])).rejects.toThrow(/wall clock/);
    expect(Date.now() - startedAt).toBeLessThan(1_000);
  });

  it('forwards console output, quota-limited and stripped of control characters', async () => {
    const lines: string[] = [];
    const session = await load(`export const f = () => { console.log('a\\u001b[2J', [1, 2]); for (let i = 0; i < 1000; i++) console.error('x'.repeat(500)); };`, {
      onLog: (line) => lines.push(line),
    });
    await session.call('f', []);
    expect(lines[0]).toBe('a[2J [1,2]');
    expect(lines).toHaveLength(200);
    expect(lines[1]).toBe(`error: ${'x'.repeat(193)}…`);
    expect(lines[199]).toBe('… (further output dropped)');
  });
});

describe('IsolateSession console', () => {
  it('has every line of a call, synchronous or async, as soon as the call returns', async () => {
    const lines: string[] = [];
    const session = await load(`
      export const now = (x: number) => { console.log('sync', x); return x; };
      export async function later(x: number) { await null; console.info('async', x); return x; }`, { onLog: (line) => lines.push(line) });
    expect(await session.call('now', [1])).toBe(1);
    expect(lines).toEqual(['sync 1']);
    expect(await session.call('later', [2])).toBe(2);
    expect(lines).toEqual(['sync 1', 'async 2']);
  });
});

describe('IsolateSession spare isolate', () => {
  const leaky = `(globalThis as any).mark = ((globalThis as any).mark ?? 0) + 1;\nexport const seen = () => (globalThis as any).mark;`;

  it('gives an isolate made ahead of need to one session only: the next one starts fresh', async () => {
    IsolateSession.prepareSpare(32);
    const first = await load(leaky);
    expect(await first.call('seen', [])).toBe(1);
    // Nothing prepared in between, and then a spare again: neither sees the first session's globals.
    const second = await load(leaky);
    expect(await second.call('seen', [])).toBe(1);
    IsolateSession.prepareSpare(32);
    IsolateSession.prepareSpare(32); // a second call keeps the spare already made
    const third = await load(leaky);
    expect(await third.call('seen', [])).toBe(1);
  });
});
