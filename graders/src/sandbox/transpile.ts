import { createHash } from 'node:crypto';
import { transformSync, type Message } from 'esbuild';
import { text } from '../localized';
import type { GradingFailure } from '../result';
import { sanitizeText } from './sanitize';

export type TranspileResult = { ok: true; js: string } | { ok: false; failure: GradingFailure };

/** How many distinct submissions keep their transpiled form (a class often resubmits the same code). */
const CACHE_ENTRIES = 256;
const cache = new Map<string, TranspileResult>();

/**
 * TypeScript to JavaScript (an ES module), without type-checking: the editor shows type errors,
 * grading only needs code that runs. Syntax errors come back with a 1-based line and column.
 * @example
 * transpileStudentCode('export const f = (x: number) => x + 1;') // { ok: true, js: 'export const f = (x) => x + 1;\n' }
 * transpileStudentCode('export function f( {')                   // { ok: false, failure: { reason: 'syntax', line: 1, … } }
 */
export function transpileStudentCode(code: string): TranspileResult {
  const key = createHash('sha256').update(code).digest('hex');
  const cached = cache.get(key);
  if (cached) {
    // Least recently used goes first: re-inserting moves the entry to the end.
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const result = transpileUncached(code);
  cache.set(key, result);
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  return result;
}

function transpileUncached(code: string): TranspileResult {
  try {
    const { code: js } = transformSync(code, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: 'submission.ts', logLevel: 'silent' });
    return { ok: true, js };
  } catch (error) {
    const first = (error as { errors?: Message[] }).errors?.[0];
    if (!first) throw error; // not a syntax error: esbuild itself failed, a platform fault
    return { ok: false, failure: syntaxFailure(first) };
  }
}

function syntaxFailure(message: Message): GradingFailure {
  const detail = sanitizeText(message.text, 300);
  if (!message.location) {
    return { reason: 'syntax', message: text(`Erreur de syntaxe : ${detail}`, `Syntax error: ${detail}`) };
  }
  // esbuild's lines are 1-based and its columns 0-based; editors count both from 1.
  const line = message.location.line;
  const column = message.location.column + 1;
  return {
    reason: 'syntax',
    message: text(`Erreur de syntaxe ligne ${line}, colonne ${column} : ${detail}`, `Syntax error at line ${line}, column ${column}: ${detail}`),
    line,
    column,
  };
}
