import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Rétropropagation dans une convolution', en: 'Backpropagation through a convolution' },
  module: 'C',
  order: 4,
  difficulty: 3,
  exports: ['conv2dBackward'],
  limits: { cpuMs: 4000, memoryMb: 128 },
  tags: ['convolution', 'rétropropagation', 'gradient', 'filtres'],
});
