import { describe, expect, it } from 'vitest';
import {
  bytesToBase64, canPublish, changedFiles, checkIds, editorLanguage, isMistake, isStatement, mistakePath, mistakeTemplate,
  orderedFiles, REQUIRED_FILES, SLUG_PATTERN, validationSettled, validationText,
} from './authoring-files';
import type { Validation } from './authoring-types';

const CHECKS = `import { defineChecks } from '@dl/graders';

const helper = { scale: 2 };

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple', en: 'Example' },
    run: () => ok(),
  },
  random: {
    title: { fr: 'Aléatoire', en: 'Random' },
    run: () => ok(),
  },
});
`;

describe('orderedFiles', () => {
  it('lists the required files first, in the editor order, then the mistakes alphabetically', () => {
    expect(orderedFiles(['mistakes/z.ts', 'solution.ts', 'mistakes/a.ts', 'exercise.ts'])).toEqual([...REQUIRED_FILES, 'mistakes/a.ts', 'mistakes/z.ts']);
  });

  it('always shows the required files, even when the draft lacks one', () => {
    expect(orderedFiles([])).toEqual([...REQUIRED_FILES]);
  });
});

describe('file kinds', () => {
  it('picks Monaco’s language by extension', () => {
    expect(editorLanguage('checks.ts')).toBe('typescript');
    expect(editorLanguage('statement.fr.md')).toBe('markdown');
  });

  it('knows statements and mistakes', () => {
    expect(isStatement('statement.en.md')).toBe(true);
    expect(isStatement('mistakes/statement.en.md')).toBe(false);
    expect(isMistake('mistakes/bias-forgotten.ts')).toBe(true);
    expect(isMistake('solution.ts')).toBe(false);
  });
});

describe('mistakePath', () => {
  it('accepts kebab-case names, with or without .ts', () => {
    expect(mistakePath(' bias-forgotten ')).toBe('mistakes/bias-forgotten.ts');
    expect(mistakePath('w-transposed.ts')).toBe('mistakes/w-transposed.ts');
  });

  it('refuses anything else', () => {
    for (const name of ['', 'Bias', 'bias forgotten', '../x', 'a--b', '-a', 'a/b']) expect(mistakePath(name)).toBeNull();
  });
});

describe('checkIds and mistakeTemplate', () => {
  it('reads the top-level keys of defineChecks, quoted or not, not the nested ones', () => {
    expect(checkIds(CHECKS)).toEqual(['statement-example', 'random']);
    expect(checkIds('export const x = 1;')).toEqual([]);
  });

  it('starts a mistake with the caught-by line of the first check, then the solution', () => {
    expect(mistakeTemplate('export const f = 1;\n', CHECKS)).toBe('// caught-by: statement-example\nexport const f = 1;\n');
    expect(mistakeTemplate('', '')).toBe('// caught-by: check-id\n');
  });
});

describe('changedFiles', () => {
  it('reports edited, added and removed files', () => {
    const saved = { 'a.ts': '1', 'b.ts': '2', 'c.ts': '3' };
    expect([...changedFiles(saved, { 'a.ts': '1', 'b.ts': '20', 'd.ts': '4' })].sort()).toEqual(['b.ts', 'c.ts', 'd.ts']);
    expect(changedFiles(saved, { ...saved }).size).toBe(0);
  });
});

describe('validation and publication', () => {
  const done = (ok: boolean, draftHash = 'h1'): Validation => ({ status: 'done', draftHash, ok, rows: [] });

  it('stops polling only on a finished validation of the draft it was started on', () => {
    expect(validationSettled(null, 'h1')).toBe(false);
    expect(validationSettled({ status: 'running', draftHash: 'h1', ok: null }, 'h1')).toBe(false);
    expect(validationSettled(done(true, 'h0'), 'h1')).toBe(false);
    expect(validationSettled(done(false), 'h1')).toBe(true);
    expect(validationSettled({ status: 'error', draftHash: 'h1', ok: false, error: 'boom' }, 'h1')).toBe(true);
  });

  it('allows publishing a saved draft whose own validation passed', () => {
    expect(canPublish({ draftHash: 'h1', validation: done(true) }, false)).toBe(true);
    expect(canPublish({ draftHash: 'h1', validation: done(true) }, true)).toBe(false);
    expect(canPublish({ draftHash: 'h2', validation: done(true) }, false)).toBe(false);
    expect(canPublish({ draftHash: 'h1', validation: done(false) }, false)).toBe(false);
    expect(canPublish({ draftHash: 'h1', validation: null }, false)).toBe(false);
  });
});

describe('bytesToBase64', () => {
  it('matches Node’s encoding, across the slices too', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});

describe('SLUG_PATTERN', () => {
  it('is the API’s slug rule, as a form pattern (the whole value must match)', () => {
    const matches = (value: string) => new RegExp(`^(?:${SLUG_PATTERN})$`, 'v').test(value);
    expect(matches('scale-vector-3f9a')).toBe(true);
    expect(matches('Scale')).toBe(false);
    expect(matches('a--b')).toBe(false);
  });
});

describe('validationText', () => {
  it('puts the validator\'s fixed phrases in French and leaves grader messages alone', () => {
    expect(validationText('fr', 'passes every check')).toBe('passe toutes les vérifications');
    expect(validationText('fr', 'fails')).toBe('échoue');
    expect(validationText('fr', 'fails statement-example')).toBe('échoue à statement-example');
    expect(validationText('fr', '20/20 seeds')).toBe('20/20 graines');
    expect(validationText('fr', '1/1 seed')).toBe('1/1 graine');
    expect(validationText('fr', '2/20 seeds wrong; seed 3: statement-example failed (expected 3)')).toBe('2/20 graines en échec; graine 3 : statement-example failed (expected 3)');
    expect(validationText('en', 'fails statement-example')).toBe('fails statement-example');
  });
});
