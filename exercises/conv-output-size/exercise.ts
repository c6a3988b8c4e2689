import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Taille de sortie d’une convolution', en: 'Output size of a convolution' },
  module: 'C',
  order: 1,
  difficulty: 1,
  exports: ['convOutputSize'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['convolution', 'pas', 'padding', 'dimensions'],
});
