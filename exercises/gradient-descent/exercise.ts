import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Descente de gradient', en: 'Gradient descent' },
  module: 'A',
  order: 4,
  difficulty: 1,
  exports: ['gradientDescent'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['descente de gradient', 'optimisation', 'pas d’apprentissage'],
});
