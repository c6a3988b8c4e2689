import { createHash } from 'node:crypto';
import { transform, transformSync, type Message } from 'esbuild';
import { text } from '../localized';
import type { GradingFailure } from '../result';
import { sanitizeText } from './sanitize';

export type TranspileResult = { ok: true; js: string } | { ok: false; failure: GradingFailure };

/** How many distinct submissions keep their transpiled form (a class often resubmits the same code). */
const CACHE_ENTRIES = 256;
const cache = new Map<string, TranspileResult>();

/** esbuild's settings: strip the types, keep the module as it is. */
const TRANSFORM_OPTIONS = { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: 'submission.ts', logLevel: 'silent' } as const;

/**
 * TypeScript to JavaScript (an ES module), without type-checking: the editor shows type errors,
 * grading only needs code that runs. Syntax errors come back with a 1-based line and column.
 * Asynchronous: esbuild's service answers over a pipe while the event loop stays free (its
 * synchronous API blocks on a helper thread for the same answer, about 2 ms longer here).
 * @example
 * await transpileStudentCode('export const f = (x: number) => x + 1;') // { ok: true, js: 'export const f = (x) => x + 1;\n' }
 * await transpileStudentCode('export function f( {')                   // { ok: false, failure: { reason: 'syntax', line: 1, … } }
 */
export async function transpileStudentCode(code: string): Promise<TranspileResult> {
  const key = cacheKey(code);
  return fromCache(key) ?? remember(key, await transform(code, TRANSFORM_OPTIONS).then(transpiled, syntaxError));
}

/** `transpileStudentCode` for callers that cannot wait (checking an authored exercise's files as they are saved). */
export function transpileStudentCodeSync(code: string): TranspileResult {
  const key = cacheKey(code);
  const cached = fromCache(key);
  if (cached) return cached;
  try {
    return remember(key, transpiled(transformSync(code, TRANSFORM_OPTIONS)));
  } catch (error) {
    return remember(key, syntaxError(error));
  }
}

const cacheKey = (code: string) => createHash('sha256').update(code).digest('hex');

const transpiled = ({ code }: { code: string }): TranspileResult => ({ ok: true, js: code });

function fromCache(key: string): TranspileResult | undefined {
  const cached = cache.get(key);
  if (cached) {
    // Least recently used goes first: re-inserting moves the entry to the end.
    cache.delete(key);
    cache.set(key, cached);
  }
  return cached;
}

function remember(key: string, result: TranspileResult): TranspileResult {
  cache.set(key, result);
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  return result;
}

/** The student's syntax error; anything else is esbuild itself failing, a platform fault. */
function syntaxError(error: unknown): TranspileResult {
  const first = (error as { errors?: Message[] }).errors?.[0];
  if (!first) throw error;
  return { ok: false, failure: syntaxFailure(first) };
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
