// `npm run bench`: the platform's speed figures, measured in one run on this machine.
// Shared machines are noisy: compare ratios from the same run, not absolute times across runs.
import { cpus } from 'node:os';
import { benchEndToEndLatency } from './end-to-end-latency';
import { benchSandboxAgainstFreshProcess } from './sandbox-vs-fresh-process';
import { ms } from './stats';

const quick = process.argv.includes('--quick');
const slug = 'dense-forward';

console.log(`bench on ${cpus().length} cores, Node ${process.version}${quick ? ' (quick)' : ''}\n`);

const sandbox = await benchSandboxAgainstFreshProcess(slug, quick ? 50 : 300, quick ? 5 : 15);
console.log(`grading cost per submission, ${slug}, submit mode (all checks), reference backend ${sandbox.referenceBackend}`);
console.table({
  'sandbox pool (fresh isolate, warm worker)': { gradings: sandbox.poolGradings, mean: ms(sandbox.poolMeanMs), p50: ms(sandbox.poolP50Ms), p95: ms(sandbox.poolP95Ms) },
  'fresh Node process per grading': { gradings: sandbox.freshProcessGradings, mean: ms(sandbox.freshProcessMeanMs), p50: '', p95: '' },
});
console.log(`ratio (fresh process / sandbox pool): ${sandbox.ratio.toFixed(1)}×  (target ≥ 20×)\n`);

const latency = await benchEndToEndLatency(slug, quick ? 50 : 200);
console.log(`end-to-end latency at low load: POST /api/submissions → final result stored (${slug}, run mode, one student at a time)`);
console.table({ latency: { submissions: latency.submissions, p50: ms(latency.p50Ms), p95: ms(latency.p95Ms), mean: ms(latency.meanMs), 'not passed': latency.failures } });
console.log(`p50 target ≤ 25 ms: ${latency.p50Ms <= 25 ? 'met' : 'missed'}`);
process.exit(0);
