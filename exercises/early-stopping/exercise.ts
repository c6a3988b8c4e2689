import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Arrêt précoce', en: 'Early stopping' },
  module: 'B',
  order: 15,
  difficulty: 1,
  exports: ['earlyStoppingEpoch'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['arrêt précoce', 'validation', 'surapprentissage', 'patience'],
});
