import { describe, expect, it } from 'vitest';
import { loadCatalog, loadExercise, listExerciseSlugs, UnknownExerciseError } from './catalog';

describe('listExerciseSlugs', () => {
  it('finds every folder with an exercise.ts, and nothing else', async () => {
    const slugs = await listExerciseSlugs();
    expect(slugs).toEqual(expect.arrayContaining(['dense-forward', 'mlp-backprop', 'softmax-cross-entropy']));
    // src/ holds the loader itself and has no exercise.ts.
    expect(slugs).not.toContain('src');
    expect([...slugs].sort()).toEqual(slugs);
  });
});

describe('loadExercise', () => {
  it('loads metadata, checks, both statements, starter, solution and mistakes', async () => {
    const exercise = await loadExercise('dense-forward');
    expect(exercise.slug).toBe('dense-forward');
    expect(exercise.meta).toMatchObject({ module: 'B', exports: ['denseForward'] });
    expect(Object.keys(exercise.checks)).toContain('statement-example');
    expect(exercise.statement.fr).toMatch(/^# Couche dense/);
    expect(exercise.statement.en).toMatch(/^# Dense layer/);
    expect(exercise.starter).toContain('export function denseForward');
    expect(exercise.solution).toContain('export function denseForward');
    expect(exercise.mistakes).toContainEqual(expect.objectContaining({ file: 'w-transposed.ts', caughtBy: 'non-square' }));
  });

  it('caches: a second load returns the same object', async () => {
    expect(await loadExercise('mlp-backprop')).toBe(await loadExercise('mlp-backprop'));
  });

  it.each(['../graders', 'dense-forward/../mlp-backprop', 'Dense-Forward', 'dense_forward', 'dense--forward', '-dense', '', 'src/../..'])(
    'rejects the malformed slug %j before touching the disk',
    async (slug) => {
      await expect(loadExercise(slug)).rejects.toThrow(UnknownExerciseError);
      await expect(loadExercise(slug)).rejects.toThrow(/kebab-case/);
    },
  );

  it('rejects a well-formed slug that names no exercise', async () => {
    await expect(loadExercise('no-such-exercise')).rejects.toThrow(/unknown exercise "no-such-exercise": no such exercise/);
    // node_modules-like folders without an exercise.ts are not exercises either.
    await expect(loadExercise('src')).rejects.toThrow(UnknownExerciseError);
  });
});

describe('loadCatalog', () => {
  it('lists every exercise in course order: module, then order', async () => {
    const catalog = await loadCatalog();
    expect(catalog.map((exercise) => exercise.slug)).toEqual(expect.arrayContaining(await listExerciseSlugs()));
    const keys = catalog.map((exercise) => `${exercise.meta.module}${String(exercise.meta.order).padStart(3, '0')}`);
    expect(keys).toEqual([...keys].sort());
    const moduleB = catalog.filter((exercise) => exercise.meta.module === 'B').map((exercise) => exercise.slug);
    expect(moduleB.indexOf('softmax-cross-entropy')).toBeLessThan(moduleB.indexOf('dense-forward'));
    expect(moduleB.indexOf('dense-forward')).toBeLessThan(moduleB.indexOf('mlp-backprop'));
  });
});
