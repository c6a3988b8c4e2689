import { defineExercise } from '@dl/graders';

export default defineExercise({
  title: { fr: 'Un réseau qui calcule le OU exclusif', en: 'A network that computes XOR' },
  module: 'B',
  order: 8,
  difficulty: 2,
  exports: ['xorNetwork'],
  // Room for students who train their network inside xorNetwork() rather than build it by hand.
  limits: { cpuMs: 5000, memoryMb: 128 },
  tags: ['XOR', 'couche cachée', 'sigmoïde', 'séparabilité linéaire'],
});
