import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Erreur quadratique moyenne', en: 'Mean squared error' },
  module: 'A',
  order: 1,
  difficulty: 1,
  exports: ['mse'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['régression', 'fonction de coût', 'erreur quadratique moyenne'],
});
