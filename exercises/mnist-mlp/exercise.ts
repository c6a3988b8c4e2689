import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Défi MNIST : perceptron multicouche', en: 'MNIST challenge: multilayer perceptron' },
  module: 'E',
  order: 1,
  difficulty: 3,
  exports: ['train', 'predict'],
  tags: ['MNIST', 'défi', 'classement', 'perceptron multicouche'],
  challenge: { threshold: 0.95, cpuMs: 90_000, memoryMb: 1_024, closesAt: '2027-01-31T23:00:00Z', dailyLimit: 5 },
});
