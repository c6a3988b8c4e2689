import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Pooling : max, moyenne, moyenne globale et rétropropagation', en: 'Pooling: max, average, global average and backpropagation' },
  module: 'C',
  order: 5,
  difficulty: 2,
  exports: ['maxPool2d', 'avgPool2d', 'globalAveragePool', 'maxPool2dBackward'],
  limits: { cpuMs: 3000, memoryMb: 128 },
  tags: ['pooling', 'max-pooling', 'moyenne', 'sous-échantillonnage', 'rétropropagation'],
});
