import { defineChecks, describeValue, fail, firstFailure, formatNumber, pass, text, type Outcome, type Plot, type StudentModule } from '@dl/graders';
import { sigmoidNetworkOutput, type TwoLayerSigmoidNetwork } from '@dl/reference';
import { everyTrial } from '../src/check-helpers';

/** The four XOR points and their classes. */
const XOR: { x: [number, number]; y: number }[] = [
  { x: [0, 0], y: 0 },
  { x: [0, 1], y: 1 },
  { x: [1, 0], y: 1 },
  { x: [1, 1], y: 0 },
];
/** Hidden layers beyond this are certainly a mistake (and would make the plot slow). */
const MAX_HIDDEN = 256;

const isFiniteRow = (row: unknown, length: number): boolean =>
  Array.isArray(row) && row.length === length && row.every((v) => typeof v === 'number' && Number.isFinite(v));

/** The network if its fields have the shapes of a 2-H-1 network with finite numbers, else why not. */
function asNetwork(value: unknown): { network: TwoLayerSigmoidNetwork } | { problem: Outcome } {
  const shapeFail = (fr: string, en: string) => ({ problem: fail('shape', text(fr, en)) });
  if (typeof value !== 'object' || value === null) {
    return { problem: fail('type', text(`xorNetwork() devrait renvoyer un objet, reçu ${describeValue(value)}`, `xorNetwork() should return an object, got ${describeValue(value)}`)) };
  }
  const { W1, b1, W2, b2 } = value as Record<string, unknown>;
  if (!Array.isArray(W1) || W1.length !== 2) {
    return shapeFail('W1 doit avoir 2 lignes (une par entrée) : W1 est 2×H', 'W1 must have 2 rows (one per input): W1 is 2×H');
  }
  const hidden = Array.isArray(W1[0]) ? W1[0].length : 0;
  if (hidden < 1 || hidden > MAX_HIDDEN || !W1.every((row) => isFiniteRow(row, hidden))) {
    return shapeFail(`W1 doit être une matrice 2×H de nombres finis, avec 1 ≤ H ≤ ${MAX_HIDDEN}`, `W1 must be a 2×H matrix of finite numbers, with 1 ≤ H ≤ ${MAX_HIDDEN}`);
  }
  if (!isFiniteRow(b1, hidden)) return shapeFail(`b1 doit avoir H = ${hidden} nombres finis`, `b1 must hold H = ${hidden} finite numbers`);
  if (!Array.isArray(W2) || W2.length !== hidden || !W2.every((row) => isFiniteRow(row, 1))) {
    return shapeFail(`W2 doit être une matrice H×1 = ${hidden}×1 de nombres finis`, `W2 must be an H×1 = ${hidden}×1 matrix of finite numbers`);
  }
  if (!isFiniteRow(b2, 1)) return shapeFail('b2 doit contenir exactement 1 nombre fini', 'b2 must hold exactly 1 finite number');
  return { network: value as TwoLayerSigmoidNetwork };
}

/** Each XOR point on its strict side of 0.5 (float64 evaluation), or the first that is not. */
function classifiesXor(network: TwoLayerSigmoidNetwork): Outcome {
  for (const { x, y } of XOR) {
    const output = sigmoidNetworkOutput(network, x);
    const right = y === 1 ? output > 0.5 : output < 0.5;
    if (!right) {
      const [want, wantEn] = y === 1 ? ['> 0.5', '> 0.5'] : ['< 0.5', '< 0.5'];
      return fail('value', text(
        `Pour x = (${x.join(', ')}), le réseau donne ŷ = ${formatNumber(output)} ; il faut ŷ ${want} (strictement)`,
        `For x = (${x.join(', ')}), the network gives ŷ = ${formatNumber(output)}; it must be ŷ ${wantEn} (strictly)`,
      ), { got: XOR.map((point) => sigmoidNetworkOutput(network, point.x)), expected: XOR.map((point) => point.y) });
    }
  }
  return pass(text('Les quatre points du OU exclusif sont bien classés.', 'The four XOR points are classified correctly.'), {
    got: XOR.map((point) => sigmoidNetworkOutput(network, point.x)),
  });
}

const GRID = 40;
const [LOW, HIGH] = [-0.25, 1.25];

/** ŷ of the student's network over [−0.25, 1.25]², with the four points of each class over it. */
function outputPlot(network: TwoLayerSigmoidNetwork): Plot {
  const coordinate = (i: number) => LOW + ((i + 0.5) * (HIGH - LOW)) / GRID;
  return {
    kind: 'heatmap',
    title: { fr: 'Sortie ŷ de votre réseau sur le plan (x₁, x₂)', en: 'Your network’s output ŷ over the (x₁, x₂) plane' },
    grid: Array.from({ length: GRID }, (_, row) => Array.from({ length: GRID }, (_, col) => sigmoidNetworkOutput(network, [coordinate(col), coordinate(GRID - 1 - row)]))),
    extent: { xMin: LOW, xMax: HIGH, yMin: LOW, yMax: HIGH },
    series: [
      { name: 'y = 0', style: 'points', points: XOR.filter((p) => p.y === 0).map((p) => p.x) },
      { name: 'y = 1', style: 'points', points: XOR.filter((p) => p.y === 1).map((p) => p.x) },
    ],
    xLabel: 'x₁',
    yLabel: 'x₂',
  };
}

/** Calls xorNetwork() once and judges the network it returns. */
async function judgeOneCall(student: StudentModule, plot: boolean): Promise<Outcome> {
  const checked = asNetwork(await student.xorNetwork!());
  if ('problem' in checked) return checked.problem;
  const outcome = classifiesXor(checked.network);
  return plot ? { ...outcome, details: { ...outcome.details, plots: [outputPlot(checked.network)] } } : outcome;
}

export default defineChecks({
  'shapes': {
    title: { fr: 'Formes des paramètres : W1 2×H, b1 H, W2 H×1, b2 1', en: 'Parameter shapes: W1 2×H, b1 H, W2 H×1, b2 1' },
    visible: true,
    points: 1,
    async run({ student }) {
      const checked = asNetwork(await student.xorNetwork!());
      if ('problem' in checked) return checked.problem;
      const hidden = checked.network.b1.length;
      return pass(text(`Formes correctes, H = ${hidden}.`, `Correct shapes, H = ${hidden}.`));
    },
  },
  'xor-outputs': {
    title: { fr: 'Le réseau calcule le OU exclusif', en: 'The network computes XOR' },
    visible: true,
    points: 3,
    run: ({ student }) => judgeOneCall(student, true),
  },
  'repeat-calls': {
    title: { fr: 'Chaque appel renvoie un réseau qui calcule le OU exclusif', en: 'Every call returns a network that computes XOR' },
    visible: false,
    points: 1,
    // A network trained from a random start can get stuck; each call draws a new start, so each must succeed.
    run: ({ student }) => everyTrial(3, async () => firstFailure(await judgeOneCall(student, false))),
  },
});
