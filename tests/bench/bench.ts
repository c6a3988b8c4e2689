// `npm run bench`: the platform's speed figures, measured in one run on this machine.
// Shared machines are noisy: compare ratios from the same run, not absolute times across runs.
// Flags: --quick (shorter runs), --only=sandbox|latency|load, and for the load part
// --students=N --duration=S --workers=N (sandbox processes) --concurrency=N (jobs in flight)
// --layout=separate|in-process|both --rate=N (the paced run's offered submissions per second).
import { cpus } from 'node:os';
import { benchEndToEndLatency } from './end-to-end-latency';
import { benchLoad, LOAD_EXERCISES, type LoadBenchOptions, type LoadBenchResult } from './load';
import { benchSandboxAgainstFreshProcess } from './sandbox-vs-fresh-process';
import { ms } from './stats';

const flag = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const quick = process.argv.includes('--quick');
const only = flag('only');
const runs = (part: string) => !only || only === part;
const slug = 'dense-forward';
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');

console.log(`bench on ${cpus().length} cores, Node ${process.version}${quick ? ' (quick)' : ''}\n`);

if (runs('sandbox')) {
  const sandbox = await benchSandboxAgainstFreshProcess(slug, quick ? 50 : 300, quick ? 5 : 15);
  console.log(`grading cost per submission, ${slug}, submit mode (all checks), reference backend ${sandbox.referenceBackend}`);
  console.table({
    'sandbox pool (fresh isolate, warm worker)': { gradings: sandbox.poolGradings, mean: ms(sandbox.poolMeanMs), p50: ms(sandbox.poolP50Ms), p95: ms(sandbox.poolP95Ms) },
    'fresh Node process per grading': { gradings: sandbox.freshProcessGradings, mean: ms(sandbox.freshProcessMeanMs), p50: '', p95: '' },
  });
  console.log(`ratio (fresh process / sandbox pool): ${sandbox.ratio.toFixed(1)}×  (target ≥ 20×: ${verdict(sandbox.ratio >= 20)})\n`);
}

if (runs('latency')) {
  const latency = await benchEndToEndLatency(slug, quick ? 50 : 200);
  console.log(`end-to-end latency at low load: POST /api/submissions → final result stored (${slug}, run mode, one student at a time)`);
  console.table({ latency: { submissions: latency.submissions, p50: ms(latency.p50Ms), p95: ms(latency.p95Ms), mean: ms(latency.meanMs), 'not passed': latency.failures } });
  console.log(`p50 target ≤ 25 ms: ${verdict(latency.p50Ms <= 25)}\n`);
}

if (runs('load')) {
  const layout = flag('layout') ?? 'both';
  const base = {
    students: Number(flag('students') ?? 200),
    warmupMs: quick ? 3_000 : 8_000,
    durationMs: Number(flag('duration') ?? (quick ? 10 : 30)) * 1000,
    gradingWorkers: Number(flag('workers') ?? 2),
    // Jobs in flight beyond the sandbox processes hide the database round trips of one job behind the grading of
    // another (measured: 8 jobs on 2 sandbox processes graded ~1.7× more per second than 2 on this machine).
    workerConcurrency: Number(flag('concurrency') ?? 4 * Number(flag('workers') ?? 2)),
  };
  const layouts: LoadBenchOptions['layout'][] = layout === 'both' ? ['separate', 'in-process'] : [layout as LoadBenchOptions['layout']];
  const results: LoadBenchResult[] = [];
  for (const each of layouts) results.push(await benchLoad({ ...base, layout: each }));
  // The same students paced below capacity: the latency a class sees while the platform keeps up.
  const rate = Number(flag('rate') ?? 40);
  const paced = await benchLoad({ ...base, layout: layouts.includes('in-process') ? 'in-process' : layouts[0]!, ratePerSecond: rate });
  console.log(
    `load: ${base.students} students in a closed loop (submit, wait for the stored result, submit again) for ${base.durationMs / 1000} s after ${base.warmupMs / 1000} s of warm-up;\n` +
      `then paced: the same students offering ${rate} submissions/s in all (each waits its turn, ${(base.students / rate).toFixed(0)} s apart);\n` +
      `${LOAD_EXERCISES.join(', ')}; correct and wrong code; Run and Submit; ${base.gradingWorkers} sandbox processes`,
  );
  console.table(
    Object.fromEntries(
      [...results, paced].map((result) => [
        `${result.options.ratePerSecond ? `paced at ${result.options.ratePerSecond}/s, ` : ''}${result.options.layout} (${result.options.workerConcurrency ?? result.options.gradingWorkers} jobs in flight)`,
        {
          'gradings/s': result.gradingsPerSecond.toFixed(1),
          p50: ms(result.p50Ms),
          p95: ms(result.p95Ms),
          rejected: result.rejected,
          'error results': result.errorResults,
          lost: result.lost,
          'passed/failed': `${result.statuses.passed ?? 0}/${result.statuses.failed ?? 0}`,
        },
      ]),
    ),
  );
  for (const result of results) {
    console.log(`CPU per grading, ${result.options.layout}:`);
    console.table(Object.fromEntries(Object.entries(result.cpuMsPerGrading).map(([group, cpuMs]) => [group, { 'CPU ms / grading': cpuMs.toFixed(2) }])));
    // What the machine could grade if every core did nothing else: the closed loop's ceiling.
    const cpuMsInAll = Object.values(result.cpuMsPerGrading).reduce((sum, cpuMs) => sum + cpuMs, 0);
    console.log(`in all ${cpuMsInAll.toFixed(1)} ms of CPU per grading: at most ${((cpus().length * 1000) / cpuMsInAll).toFixed(0)} gradings/s on ${cpus().length} cores`);
    if (result.firstRejection) console.log(`first rejection: ${result.firstRejection}`);
  }
  const best = results.reduce((a, b) => (b.gradingsPerSecond > a.gradingsPerSecond ? b : a));
  const errors = [...results, paced].reduce((sum, result) => sum + result.rejected + result.errorResults + result.lost, 0);
  console.log(`targets (best closed-loop layout, ${best.options.layout}): ≥ 100 gradings/s: ${verdict(best.gradingsPerSecond >= 100)}; p95 ≤ 500 ms: ${verdict(best.p95Ms <= 500)}; errors = 0 (every run): ${verdict(errors === 0)}`);
  console.log(`paced at ${rate}/s: ${paced.gradingsPerSecond.toFixed(1)} gradings/s, p95 ${ms(paced.p95Ms)} (≤ 500 ms: ${verdict(paced.p95Ms <= 500)})`);
}
process.exit(0);
