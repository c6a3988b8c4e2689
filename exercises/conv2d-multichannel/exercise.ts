import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Convolution 2D à plusieurs canaux', en: 'Multi-channel 2D convolution' },
  module: 'C',
  order: 3,
  difficulty: 2,
  exports: ['conv2dMulti'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['convolution', 'canaux', 'filtres', 'biais', 'couche de convolution'],
});
