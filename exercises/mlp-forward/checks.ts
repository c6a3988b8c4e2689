import { defineChecks, expectMatrixClose, randomInt, randomMatrix, randomVector, type Outcome, type Rng, type StudentModule } from '@dl/graders';
import { mlpForward, type LayerActivation, type MlpLayer } from '@dl/reference';
import { everyTrial, showInput } from '../src/check-helpers';

const ACTIVATIONS: LayerActivation[] = ['relu', 'sigmoid', 'tanh', 'linear', 'softmax'];

async function compareOn(student: StudentModule, X: number[][], layers: MlpLayer[], visible: boolean): Promise<Outcome> {
  const got = await student.mlpForward!(X, layers);
  return showInput(expectMatrixClose('mlpForward(X, layers)', got, mlpForward(X, layers)), { X, layers }, visible);
}

/** A random layer in×out with values in [−1, 1] (biases in [−0.5, 0.5]). */
function randomLayer(rng: Rng, inputs: number, outputs: number, activation: LayerActivation): MlpLayer {
  return { W: randomMatrix(rng, inputs, outputs), b: randomVector(rng, outputs, -0.5, 0.5), activation };
}

/** A network through the given widths (widths[0] is the input size), with the given activations. */
function randomNetwork(rng: Rng, widths: number[], activations: LayerActivation[]): MlpLayer[] {
  return activations.map((activation, i) => randomLayer(rng, widths[i]!, widths[i + 1]!, activation));
}

/** Two different sizes in [2, 6]: with in ≠ out, a W read the wrong way round gives the wrong shape. */
function differentSizes(rng: Rng): [number, number] {
  const a = randomInt(rng, 2, 6);
  let b = randomInt(rng, 2, 5);
  if (b >= a) b++;
  return [a, b];
}

/** Integers, so that every pre-activation is exact in float32 too (the reference computes in float32). */
const integerMatrix = (rng: Rng, rows: number, cols: number, max: number) =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => randomInt(rng, -max, max)));

export default defineChecks({
  'statement-example': {
    title: { fr: 'Exemple de l’énoncé', en: 'Statement example' },
    visible: true,
    points: 1,
    run: ({ student }) =>
      compareOn(
        student,
        [[1, -1], [0, 2]],
        [
          { W: [[1, 0.5], [2, 1]], b: [0.5, 1], activation: 'relu' },
          { W: [[1, -1], [2, 0]], b: [0, 0], activation: 'softmax' },
        ],
        true,
      ),
  },
  'each-activation': {
    title: { fr: 'Une couche, chaque activation', en: 'One layer, each activation' },
    visible: true,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(ACTIVATIONS.length, (trial) => {
        const [inputs, outputs] = differentSizes(rng);
        const X = randomMatrix(rng, randomInt(rng, 2, 4), inputs, -2, 2);
        return compareOn(student, X, [randomLayer(rng, inputs, outputs, ACTIVATIONS[trial]!)], true);
      }),
  },
  'two-layers': {
    title: { fr: 'Deux couches : ReLU puis softmax', en: 'Two layers: ReLU then softmax' },
    visible: true,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, () => {
        const widths = [randomInt(rng, 2, 5), randomInt(rng, 3, 6), randomInt(rng, 2, 4)];
        const X = randomMatrix(rng, randomInt(rng, 2, 5), widths[0]!, -2, 2);
        return compareOn(student, X, randomNetwork(rng, widths, ['relu', 'softmax']), true);
      }),
  },
  'softmax-per-row': {
    title: { fr: 'Softmax ligne par ligne (une distribution par exemple)', en: 'Softmax row by row (one distribution per sample)' },
    visible: false,
    points: 1,
    async run({ student, rng }) {
      const [inputs, outputs] = differentSizes(rng);
      const X = randomMatrix(rng, randomInt(rng, 4, 8), inputs, -3, 3);
      return compareOn(student, X, [randomLayer(rng, inputs, outputs, 'softmax')], false);
    },
  },
  'softmax-stable': {
    title: { fr: 'Softmax stable pour des pré-activations d’environ ±1000', en: 'Softmax stable for pre-activations around ±1000' },
    visible: false,
    points: 1,
    run: ({ student, rng }) =>
      everyTrial(2, (trial) => {
        // Integer inputs, weights and biases of about ±1000: the logits are exact integers near ±1000.
        const [inputs, hidden, classes] = [randomInt(rng, 2, 4), randomInt(rng, 2, 5), randomInt(rng, 2, 4)];
        const offset = trial === 0 ? 1000 : -1000;
        const layers: MlpLayer[] = [
          { W: integerMatrix(rng, inputs, hidden, 2), b: integerMatrix(rng, 1, hidden, 2)[0]!, activation: 'relu' },
          { W: integerMatrix(rng, hidden, classes, 1), b: integerMatrix(rng, 1, classes, 3)[0]!.map((v) => v + offset), activation: 'softmax' },
        ];
        return compareOn(student, integerMatrix(rng, randomInt(rng, 2, 4), inputs, 2), layers, false);
      }),
  },
  'deep-network': {
    title: { fr: 'Réseau de 3 à 5 couches aux activations variées', en: 'Network of 3 to 5 layers with mixed activations' },
    visible: false,
    points: 2,
    run: ({ student, rng }) =>
      everyTrial(3, () => {
        const depth = randomInt(rng, 3, 5);
        const widths = Array.from({ length: depth + 1 }, () => randomInt(rng, 1, 7));
        const activations = Array.from({ length: depth }, (_, i) =>
          i === depth - 1 ? ACTIVATIONS[randomInt(rng, 0, 4)]! : ACTIVATIONS[randomInt(rng, 0, 3)]!,
        );
        const X = randomMatrix(rng, randomInt(rng, 1, 6), widths[0]!, -2, 2);
        return compareOn(student, X, randomNetwork(rng, widths, activations), false);
      }),
  },
  'single-sample': {
    title: { fr: 'Un seul exemple (batch de 1)', en: 'A single sample (batch of 1)' },
    visible: false,
    points: 1,
    async run({ student, rng }) {
      const widths = [randomInt(rng, 2, 5), randomInt(rng, 2, 5), randomInt(rng, 2, 5)];
      return compareOn(student, randomMatrix(rng, 1, widths[0]!, -2, 2), randomNetwork(rng, widths, ['tanh', 'sigmoid']), false);
    },
  },
});
