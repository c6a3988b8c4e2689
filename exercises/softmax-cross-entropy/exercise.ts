import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Softmax et entropie croisée', en: 'Softmax and cross-entropy' },
  module: 'B',
  order: 2,
  difficulty: 2,
  exports: ['softmax', 'crossEntropy', 'softmaxCrossEntropyGrad'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['softmax', 'entropie croisée', 'stabilité numérique', 'gradient'],
});
