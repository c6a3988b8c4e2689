import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Convolution 2D à un canal', en: 'Single-channel 2D convolution' },
  module: 'C',
  order: 2,
  difficulty: 2,
  exports: ['conv2d'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['convolution', 'corrélation croisée', 'pas', 'padding', 'carte de caractéristiques'],
});
