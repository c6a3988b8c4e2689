import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Propagation avant d’un petit réseau convolutif', en: 'Forward pass of a small convolutional network' },
  module: 'C',
  order: 6,
  difficulty: 3,
  exports: ['cnnForward'],
  limits: { cpuMs: 3000, memoryMb: 128 },
  tags: ['réseau convolutif', 'convolution', 'ReLU', 'max-pooling', 'softmax', 'propagation avant'],
});
