import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, startTestDatabase, type TestDatabase } from '@dl/infra';
import { DEMO_USERS, demoPassword } from '../identity/demo-users';
import { logger } from '../logger';
import { startPlatformServices, type PlatformHandle } from '../platform';
import { followSandboxKills } from './grading-metrics';
import { startWorkerMetricsServer } from './worker-metrics-server';

/** The value of one sample line of a Prometheus text exposition (0 when absent). */
function sample(text: string, name: string, labels = ''): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}${labels} `));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

const solution = readFileSync(join(repoRoot, 'exercises', 'dense-forward', 'solution.ts'), 'utf8');

describe('GET /metrics', () => {
  let database: TestDatabase;
  let platform: PlatformHandle;
  let cookie: string;
  beforeAll(async () => {
    logger.level = 'warn';
    database = await startTestDatabase();
    platform = await startPlatformServices({ databaseUrl: database.url, apiPort: 0, host: '127.0.0.1', withWorker: true, gradingWorkers: 1, cookieSecret: 'test-secret' });
    const session = await fetch(`${platform.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: DEMO_USERS[1].email, password: demoPassword() }) });
    cookie = session.headers.getSetCookie()[0]!.split(';')[0]!;
  });
  afterAll(async () => {
    await platform?.close();
    await database?.stop();
  });

  const scrape = async () => {
    const response = await fetch(`${platform.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return response.text();
  };

  it('moves the grading counters and histogram after a grading, and reports the queue and Node defaults', async () => {
    const before = await scrape();
    const response = await fetch(`${platform.url}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ exercise: 'dense-forward', code: solution, mode: 'run' }),
    });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    const deadline = Date.now() + 30_000;
    for (;;) {
      const submission = await (await fetch(`${platform.url}/api/submissions/${id}`, { headers: { cookie } })).json();
      if (submission.status === 'passed') break;
      expect(['queued', 'running']).toContain(submission.status);
      if (Date.now() > deadline) throw new Error('no result in 30 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const after = await scrape();
    expect(sample(after, 'dl_gradings_total', '{outcome="passed",reason=""}') - sample(before, 'dl_gradings_total', '{outcome="passed",reason=""}')).toBe(1);
    expect(sample(after, 'dl_grading_duration_seconds_count', '{outcome="passed"}') - sample(before, 'dl_grading_duration_seconds_count', '{outcome="passed"}')).toBe(1);
    expect(sample(after, 'dl_grading_duration_seconds_sum', '{outcome="passed"}')).toBeGreaterThan(sample(before, 'dl_grading_duration_seconds_sum', '{outcome="passed"}'));
    expect(after).toContain('dl_queue_jobs{task="grade_submission",state="waiting"} 0');
    expect(after).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(after).toContain('# TYPE dl_sandbox_kills_total counter');
  });

  it('is not under /api (the web app forwards /api only)', async () => {
    expect((await fetch(`${platform.url}/api/metrics`)).status).toBe(404);
  });
});

describe('worker metrics server', () => {
  it('serves the registry, with sandbox kills followed from the pool’s cumulative stats', async () => {
    const kills: Record<string, number> = { time: 0 };
    const stop = followSandboxKills(() => ({ kills }));
    const server = await startWorkerMetricsServer(0, '127.0.0.1');
    try {
      const read = async () => (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text();
      const before = sample(await read(), 'dl_sandbox_kills_total', '{reason="time"}');
      kills.time = 2;
      kills.memory = 1;
      const after = await read();
      expect(sample(after, 'dl_sandbox_kills_total', '{reason="time"}') - before).toBe(2);
      expect(sample(after, 'dl_sandbox_kills_total', '{reason="memory"}')).toBe(1);
      // Cumulative counts are followed, not added again at the next scrape.
      expect(sample(await read(), 'dl_sandbox_kills_total', '{reason="time"}') - before).toBe(2);
      expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${server.port}/other`)).status).toBe(404);
    } finally {
      stop();
      server.close();
    }
  });
});
