import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Optimiseurs : descente de gradient et momentum', en: 'Optimizers: gradient descent and momentum' },
  module: 'B',
  order: 9,
  difficulty: 1,
  exports: ['sgdStep', 'momentumStep'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['optimisation', 'descente de gradient', 'momentum', 'pas d’apprentissage'],
});
