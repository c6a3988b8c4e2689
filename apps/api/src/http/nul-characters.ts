import type { NextFunction, Request, Response } from 'express';
import { errorBody } from './exception.filter';

/** Postgres text cannot hold U+0000: a NUL that reached a query would answer 500 instead of 400. */
const NUL_IN_URL = /%00|\u0000/i;

/** Refuses a URL (path or query) carrying a NUL character, before any route sees it. */
export function rejectNulInUrl(request: Request, response: Response, next: NextFunction): void {
  if (NUL_IN_URL.test(request.originalUrl)) {
    response.status(400).json(errorBody(400, 'The URL contains a NUL character (%00), which no parameter may hold'));
    return;
  }
  next();
}

/**
 * The path of the first string (or key) holding a NUL character in a parsed JSON value, or
 * undefined. Iterative: a body may nest deeper than the call stack.
 */
export function findNul(root: unknown): string | undefined {
  const pending: Array<{ value: unknown; path: string }> = [{ value: root, path: 'body' }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) pending.push({ value: value[i], path: `${path}[${i}]` });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (const [key] of entries) if (key.includes('\u0000')) return `${path} key`;
      for (let i = entries.length - 1; i >= 0; i--) pending.push({ value: entries[i]![1], path: `${path}.${entries[i]![0]}` });
    }
  }
  return undefined;
}
