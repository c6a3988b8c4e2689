import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Mettre un vecteur à l’échelle', en: 'Scaling a vector' },
  module: 'A',
  order: 99,
  difficulty: 1,
  exports: ['scale'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['vecteurs'],
});
