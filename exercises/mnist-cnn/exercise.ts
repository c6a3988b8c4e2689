import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Défi MNIST : réseau convolutif', en: 'MNIST challenge: convolutional network' },
  module: 'E',
  order: 2,
  difficulty: 3,
  exports: ['train', 'predict'],
  tags: ['MNIST', 'défi', 'classement', 'convolution'],
  challenge: { threshold: 0.97, cpuMs: 300_000, memoryMb: 1_536, closesAt: '2027-01-31T23:00:00Z', dailyLimit: 5 },
});
