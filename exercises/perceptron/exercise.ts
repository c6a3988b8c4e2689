import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Le perceptron de Rosenblatt', en: 'Rosenblatt’s perceptron' },
  module: 'B',
  order: 3,
  difficulty: 1,
  exports: ['predict', 'trainPerceptron'],
  limits: { cpuMs: 2000, memoryMb: 128 },
  tags: ['perceptron', 'neurone formel', 'classification binaire', 'frontière de décision'],
});
