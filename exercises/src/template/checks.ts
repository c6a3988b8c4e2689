import { defineChecks, expectVectorClose, randomInt, randomVector, withInput, type StudentModule } from '@dl/graders';

/** The expected answer, written here: a new exercise usually calls a reference from @dl/reference instead. */
const scaled = (xs: number[], factor: number) => xs.map((x) => x * factor);

async function compareOn(student: StudentModule, xs: number[], factor: number) {
  const got = await student.scale!(xs, factor);
  return withInput(expectVectorClose('scale(xs, factor)', got, scaled(xs, factor)), { xs, factor });
}

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    run: ({ student }) => compareOn(student, [1, -2, 0.5], 3),
  },
  'random-vectors': {
    title: { fr: 'Vecteurs aléatoires', en: 'Random vectors' },
    visible: false,
    points: 2,
    run: ({ student, rng }) => compareOn(student, randomVector(rng, randomInt(rng, 1, 20)), randomInt(rng, -5, 5) + 0.5),
  },
});
