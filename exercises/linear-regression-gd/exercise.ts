import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Régression linéaire par descente de gradient', en: 'Linear regression by gradient descent' },
  module: 'A',
  order: 5,
  difficulty: 2,
  exports: ['trainLinearRegression'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['régression linéaire', 'descente de gradient', 'erreur quadratique moyenne', 'entraînement'],
});
