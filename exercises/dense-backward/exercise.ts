import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Couche dense : rétropropagation', en: 'Dense layer: backward pass' },
  module: 'B',
  order: 6,
  difficulty: 2,
  exports: ['denseBackward'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['couche dense', 'rétropropagation', 'gradient', 'règle de la chaîne'],
});
