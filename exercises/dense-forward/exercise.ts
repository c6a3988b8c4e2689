import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Couche dense : propagation avant', en: 'Dense layer: forward pass' },
  module: 'B',
  order: 4,
  difficulty: 1,
  exports: ['denseForward'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['couche dense', 'produit matriciel', 'propagation avant'],
});
