import { gradeSubmission } from '@dl/graders';
import { loadExercise } from '@dl/exercises';
import { initReferenceBackend } from '@dl/reference';
const backend = await initReferenceBackend();
for (const slug of ['dense-forward', 'softmax-cross-entropy', 'activations', 'mean-squared-error']) {
  const ex = await loadExercise(slug);
  for (const [kind, code] of [['ok', ex.solution], ['wrong', ex.mistakes[0]!.code]] as const) for (const mode of ['run', 'submit'] as const) {
    const t: number[][] = [];
    for (let i = 0; i < 40; i++) {
      const c0 = process.cpuUsage();
      const r = await gradeSubmission({ exercise: ex, code: code + `\n// ${i}${Math.random()}`, mode, seed: i, referenceBackend: backend });
      const c = process.cpuUsage(c0);
      if (i >= 10) t.push([r.timings.transpileMs, r.timings.setupMs, r.timings.checksMs, r.timings.totalMs, (c.user + c.system) / 1000]);
    }
    const avg = t[0]!.map((_, j) => (t.reduce((s, r) => s + r[j]!, 0) / t.length).toFixed(2));
    console.log(slug.padEnd(22), kind.padEnd(6), mode.padEnd(7), 'transpile/setup/checks/total/cpu', avg.join(' '));
  }
}
