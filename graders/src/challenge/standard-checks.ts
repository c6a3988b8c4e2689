import { formatNumber } from '../compare/format';
import { text, type Localized } from '../localized';
import { fail, pass, type Outcome, type Plot } from '../outcome';
import type { ChallengeCheckDefinition, ChallengeRun } from './challenge-checks';
import { CLASS_COUNT, findMisclassified, findPredictionProblem, formatAccuracy, scoreSubset, type PredictionProblem } from './scoring';

/** How many misclassified digits the accuracy check draws. */
const MISCLASSIFIED_SHOWN = 6;
const SIDE = 28;

/** Visible check: `predict` returned one integer class in 0–9 per test image. */
export function predictionsValidCheck(points = 1): ChallengeCheckDefinition {
  return {
    title: text('predict renvoie une classe (0 à 9) par image', 'predict returns one class (0 to 9) per image'),
    visible: true,
    points,
    evaluate(run) {
      const problem = findPredictionProblem(run.predictions, run.returnedLength, run.test.count);
      return problem ? problemOutcome(problem) : pass(text(`${run.test.count} classes valides.`, `${run.test.count} valid classes.`));
    },
  };
}

/**
 * Visible check: accuracy on the public half at least the challenge's threshold. Its details carry
 * the confusion matrix (public half), the loss curve reported while training and a few misclassified digits.
 */
export function publicAccuracyCheck(points = 4): ChallengeCheckDefinition {
  return {
    title: text('Précision sur la moitié publique du jeu de test', 'Accuracy on the public half of the test set'),
    visible: true,
    points,
    evaluate(run) {
      const problem = findPredictionProblem(run.predictions, run.returnedLength, run.test.count);
      if (problem) {
        return fail(problem.kind === 'length' ? 'shape' : 'type', text('Précision non calculée : les prédictions ne sont pas valides.', 'Accuracy not computed: the predictions are not valid.'));
      }
      const score = scoreSubset(run.predictions, run.test.labels, run.split.publicIndices);
      const plots = [confusionPlot(score.confusion), ...lossPlot(run), ...misclassifiedPlots(run)];
      const details = { got: score.accuracy, expected: run.threshold, plots };
      const summary = `${formatAccuracy(score.accuracy)} (${score.correct}/${score.total})`;
      if (score.accuracy >= run.threshold) {
        return pass(text(`Précision ${summary}, seuil ${formatAccuracy(run.threshold)} atteint.`, `Accuracy ${summary}, threshold ${formatAccuracy(run.threshold)} reached.`), details);
      }
      return fail(
        'value',
        text(`Précision ${summary}, en dessous du seuil de ${formatAccuracy(run.threshold)}.`, `Accuracy ${summary}, below the ${formatAccuracy(run.threshold)} threshold.`),
        details,
      );
    },
  };
}

function problemOutcome(problem: PredictionProblem): Outcome {
  if (problem.kind === 'length') {
    return fail(
      'shape',
      text(`predict doit renvoyer ${problem.expected} valeurs (une par image), pas ${problem.got}.`, `predict must return ${problem.expected} values (one per image), not ${problem.got}.`),
    );
  }
  const value = formatNumber(problem.value);
  if (problem.kind === 'not-integer') {
    return fail(
      'type',
      text(`La prédiction n°${problem.index} vaut ${value} : une classe est un entier (utilisez l’indice du maximum, argmax).`, `Prediction #${problem.index} is ${value}: a class is an integer (take the index of the largest score, argmax).`),
    );
  }
  return fail(
    'value',
    text(`La prédiction n°${problem.index} vaut ${value}, hors des classes 0 à ${CLASS_COUNT - 1}.`, `Prediction #${problem.index} is ${value}, outside the classes 0 to ${CLASS_COUNT - 1}.`),
  );
}

function confusionPlot(confusion: number[][]): Plot {
  return {
    kind: 'heatmap',
    title: text('Matrice de confusion (ligne : vraie classe, colonne : prédite)', 'Confusion matrix (row: true class, column: predicted)'),
    series: [],
    grid: confusion,
    xLabel: 'predicted',
    yLabel: 'true',
  };
}

function lossPlot(run: ChallengeRun): Plot[] {
  if (run.losses.length === 0) return [];
  return [
    {
      kind: 'line',
      title: text('Perte pendant l’entraînement', 'Training loss'),
      series: [{ name: 'loss', points: run.losses.map(({ epoch, loss }) => [epoch, loss] as [number, number]) }],
      xLabel: 'epoch',
      yLabel: 'loss',
    },
  ];
}

function misclassifiedPlots(run: ChallengeRun): Plot[] {
  return findMisclassified(run.predictions, run.test.labels, run.split.publicIndices, MISCLASSIFIED_SHOWN).map(({ index, label, predicted }) => {
    const pixels = run.test.images.subarray(index * SIDE * SIDE, (index + 1) * SIDE * SIDE);
    const title: Localized = text(`Image ${index} : un ${label}, prédit ${predicted}`, `Image ${index}: a ${label}, predicted ${predicted}`);
    // Dark ink on white, as the digit was written; an image keeps six of them small enough to sit side by side.
    const ink = (v: number) => 255 - Math.round(v * 255);
    return {
      kind: 'image',
      title,
      series: [],
      image: Array.from({ length: SIDE }, (_, row) => Array.from(pixels.subarray(row * SIDE, (row + 1) * SIDE), (v) => [ink(v), ink(v), ink(v)])),
    };
  });
}
