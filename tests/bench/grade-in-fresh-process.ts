// Baseline of the bench: one grading in a brand-new Node process, the way process- or
// container-per-job graders work (start the runtime, load the libraries and the exercise,
// grade, exit). Same checks and sandbox code as the pool, minus the warm process.
import { readFileSync } from 'node:fs';
import { gradeSubmission, type GradingMode } from '@dl/graders';
import { loadExercise } from '@dl/exercises';
import { initReferenceBackend } from '@dl/reference';

const [slug, file, mode = 'submit', seed = '1'] = process.argv.slice(2);
const referenceBackend = await initReferenceBackend();
const exercise = await loadExercise(slug!);
const result = await gradeSubmission({ exercise, code: readFileSync(file!, 'utf8'), mode: mode as GradingMode, seed: Number(seed), referenceBackend });
process.stdout.write(JSON.stringify({ status: result.status, score: result.score }));
