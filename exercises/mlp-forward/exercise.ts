import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Perceptron multicouche : propagation avant', en: 'Multilayer perceptron: forward pass' },
  module: 'B',
  order: 5,
  difficulty: 2,
  exports: ['mlpForward'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['perceptron multicouche', 'propagation avant', 'activation', 'softmax'],
});
