import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Dérivée et gradient numériques', en: 'Numerical derivative and gradient' },
  module: 'A',
  order: 3,
  difficulty: 1,
  exports: ['derivative', 'gradient'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['dérivée', 'gradient', 'différences finies'],
});
