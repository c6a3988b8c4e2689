import { existsSync } from 'node:fs';
import { loadExercise } from '@dl/exercises';
import { gradeChallenge } from '@dl/graders/challenge/grading';
import { loadMnist } from '@dl/graders/mnist';
import { describe, expect, it } from 'vitest';

// Full size: the instructor solutions on all 60,000 training images, against the real thresholds
// and budgets. Minutes of CPU, so only with SLOW=1.
const solutionExists = (slug: string) => existsSync(new URL(`../../exercises/${slug}/solution.ts`, import.meta.url));

describe.skipIf(!process.env.SLOW)('MNIST challenges at full size (SLOW=1)', () => {
  it.each(['mnist-mlp', 'mnist-cnn'].filter(solutionExists))(
    '%s: the instructor solution passes its threshold within its budget',
    async (slug) => {
      const exercise = await loadExercise(slug);
      const result = await gradeChallenge({ exercise, code: exercise.solution, mode: 'submit', seed: 1, dataset: loadMnist(), referenceBackend: 'none' });
      expect(result.failure).toBeUndefined();
      expect(result.status).toBe('passed');
      expect(result.challenge!.publicAccuracy).toBeGreaterThanOrEqual(exercise.meta.challenge!.threshold);
      expect(result.challenge!.cpuMs).toBeLessThan(exercise.meta.challenge!.cpuMs);
    },
    600_000,
  );
});
