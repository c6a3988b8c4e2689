import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Initialisation des poids : Xavier et He', en: 'Weight initialisation: Xavier and He' },
  module: 'B',
  order: 11,
  difficulty: 2,
  exports: ['xavierInit', 'heInit'],
  limits: { cpuMs: 3000, memoryMb: 128 },
  tags: ['initialisation', 'Xavier', 'He', 'loi normale', 'aléatoire'],
});
