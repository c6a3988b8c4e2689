// What the fault tests submit and how they read a submission's row back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { repoRoot } from '@dl/infra';

/** The instructor's dense-forward solution: passes every check. */
export const DENSE_SOLUTION = readFileSync(join(repoRoot, 'exercises', 'dense-forward', 'solution.ts'), 'utf8');

/**
 * The same solution, busy for `ms` when the module loads: a grading long enough to be
 * interrupted, still within the exercise's 2 s CPU budget when `ms` stays near 1 s.
 */
export function slowDenseSolution(ms: number): string {
  return `{ const end = Date.now() + ${ms}; while (Date.now() < end) {} }\n${DENSE_SOLUTION}`;
}

export interface SubmissionRow {
  status: string;
  attempts: number;
  result: { status: string; failure?: { reason: string } } | null;
}

/** The submission's row, straight from the database. */
export async function readSubmission(client: pg.Client | pg.Pool, id: string): Promise<SubmissionRow> {
  const { rows } = await client.query<SubmissionRow>('SELECT status, attempts, result FROM submissions WHERE id = $1', [id]);
  return rows[0]!;
}

/** Grading jobs still queued or locked for this submission. */
export async function jobsLeft(client: pg.Client | pg.Pool, id: string): Promise<number> {
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE key = $1', [id]);
  return rows[0]!.n;
}

export const isFinal = (row: SubmissionRow | undefined) => row !== undefined && ['passed', 'failed', 'error'].includes(row.status);
