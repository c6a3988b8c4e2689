import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Quantification des couleurs par k-moyennes', en: 'Colour quantization with k-means' },
  module: 'D',
  order: 2,
  difficulty: 3,
  exports: ['quantize'],
  limits: { cpuMs: 6000, memoryMb: 128 },
  tags: ['k-moyennes', 'k-means++', 'image', 'compression', 'apprentissage non supervisé'],
});
