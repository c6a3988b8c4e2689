import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Dropout', en: 'Dropout' },
  module: 'B',
  order: 12,
  difficulty: 2,
  exports: ['dropoutForward', 'dropoutBackward'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['dropout', 'régularisation', 'aléatoire', 'rétropropagation'],
});
