import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Découpage des données : apprentissage, validation, test et k-fold', en: 'Data splits: train, validation, test and k-fold' },
  module: 'B',
  order: 14,
  difficulty: 2,
  exports: ['trainValTestSplit', 'kFold'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['validation', 'test', 'validation croisée', 'k-fold', 'aléatoire'],
});
