import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Normalisation par batch', en: 'Batch normalisation' },
  module: 'B',
  order: 13,
  difficulty: 3,
  exports: ['batchNormForward', 'batchNormBackward'],
  limits: { cpuMs: 3000, memoryMb: 128 },
  tags: ['batch norm', 'normalisation', 'rétropropagation', 'gradient'],
});
