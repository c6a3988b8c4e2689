import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadExercise } from '@dl/exercises';
import { createGradingPool } from '@dl/graders/pool';
import { repoRoot } from '@dl/infra';
import { mean, percentile } from './stats';

export interface SandboxBenchResult {
  poolGradings: number;
  poolMeanMs: number;
  poolP50Ms: number;
  poolP95Ms: number;
  freshProcessGradings: number;
  freshProcessMeanMs: number;
  ratio: number;
  referenceBackend: string;
}

/**
 * Cost per grading of one submission through the warm sandbox pool (a fresh isolate per
 * grading in a long-lived worker process) against a fresh Node process per grading.
 */
export async function benchSandboxAgainstFreshProcess(slug: string, poolGradings: number, freshGradings: number): Promise<SandboxBenchResult> {
  const exercise = await loadExercise(slug);
  const pool = await createGradingPool({ size: 1 });
  const poolTimes: number[] = [];
  try {
    for (let i = 0; i < 20; i++) await pool.grade({ slug, code: exercise.solution, mode: 'submit', seed: i }); // warm-up
    for (let i = 0; i < poolGradings; i++) {
      const started = performance.now();
      const result = await pool.grade({ slug, code: exercise.solution, mode: 'submit', seed: 1000 + i });
      poolTimes.push(performance.now() - started);
      if (result.status !== 'passed') throw new Error(`the solution of ${slug} did not pass in the pool: ${JSON.stringify(result.checks.filter((c) => !c.passed))}`);
    }
  } finally {
    await pool.close();
  }

  const file = join(mkdtempSync(join(tmpdir(), 'dl-bench-')), 'solution.ts');
  writeFileSync(file, exercise.solution);
  const freshTimes: number[] = [];
  for (let i = 0; i < freshGradings; i++) {
    const started = performance.now();
    const out = execFileSync(process.execPath, ['--no-node-snapshot', '--import', 'tsx', join(repoRoot, 'tests/bench/grade-in-fresh-process.ts'), slug, file, 'submit', String(i)], { cwd: repoRoot, encoding: 'utf8' });
    freshTimes.push(performance.now() - started);
    if (JSON.parse(out.trim().split('\n').at(-1)!).status !== 'passed') throw new Error(`the solution of ${slug} did not pass in a fresh process: ${out}`);
  }
  const poolMeanMs = mean(poolTimes);
  const freshProcessMeanMs = mean(freshTimes);
  return {
    poolGradings,
    poolMeanMs,
    poolP50Ms: percentile(poolTimes, 50),
    poolP95Ms: percentile(poolTimes, 95),
    freshProcessGradings: freshGradings,
    freshProcessMeanMs,
    ratio: freshProcessMeanMs / poolMeanMs,
    referenceBackend: pool.referenceBackend,
  };
}
