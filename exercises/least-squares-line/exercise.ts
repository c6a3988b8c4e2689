import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Droite des moindres carrés', en: 'Least-squares line' },
  module: 'A',
  order: 2,
  difficulty: 1,
  exports: ['fitLine'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['régression linéaire', 'moindres carrés', 'solution exacte', 'stabilité numérique'],
});
