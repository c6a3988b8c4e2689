import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Régression logistique : coût et gradient', en: 'Logistic regression: cost and gradient' },
  module: 'A',
  order: 6,
  difficulty: 2,
  exports: ['sigmoid', 'logisticLoss', 'logisticGradient'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['régression logistique', 'sigmoïde', 'entropie croisée binaire', 'gradient', 'stabilité numérique'],
});
