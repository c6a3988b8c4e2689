import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Fonctions d’activation et leurs dérivées', en: 'Activation functions and their derivatives' },
  module: 'B',
  order: 1,
  difficulty: 1,
  exports: ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'sigmoidGrad', 'tanhGrad', 'reluGrad', 'leakyReluGrad'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['activation', 'sigmoïde', 'tanh', 'ReLU', 'dérivée', 'stabilité numérique'],
});
