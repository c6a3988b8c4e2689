import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'k-moyennes (algorithme de Lloyd)', en: 'k-means (Lloyd’s algorithm)' },
  module: 'D',
  order: 1,
  difficulty: 2,
  exports: ['kmeans'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['k-moyennes', 'clustering', 'apprentissage non supervisé', 'Lloyd'],
});
