import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Rétropropagation dans un perceptron à deux couches', en: 'Backpropagation in a two-layer perceptron' },
  module: 'B',
  order: 7,
  difficulty: 3,
  exports: ['mlpLossAndGradients'],
  limits: { cpuMs: 4000, memoryMb: 128 },
  tags: ['rétropropagation', 'ReLU', 'softmax', 'entropie croisée', 'gradient'],
});
