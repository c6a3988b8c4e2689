import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Régularisation L2', en: 'L2 regularization' },
  module: 'B',
  order: 10,
  difficulty: 1,
  exports: ['l2Penalty', 'regularizedStep'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['régularisation', 'L2', 'weight decay', 'descente de gradient'],
});
