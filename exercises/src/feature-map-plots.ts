import type { Outcome, Plot } from '@dl/graders';

/** Larger maps are cropped to their top-left corner: a plot is a glance, not the data. */
const MAX_SIDE = 40;

/** A rectangular matrix of finite numbers, cropped to MAX_SIDE × MAX_SIDE, or null when `value` is not one. */
function croppedGrid(value: unknown): number[][] | null {
  if (!Array.isArray(value) || value.length === 0 || !Array.isArray(value[0])) return null;
  const width = (value[0] as unknown[]).length;
  if (width === 0) return null;
  const rows = value.slice(0, MAX_SIDE);
  const isRow = (row: unknown) =>
    Array.isArray(row) && row.length === width && row.every((v) => typeof v === 'number' && Number.isFinite(v));
  return rows.every(isRow) ? (rows as number[][]).map((row) => row.slice(0, MAX_SIDE)) : null;
}

/**
 * Channel `channel` of an H×W×C tensor as an H×W matrix, or null when `value` is not such a tensor
 * (a student's result is untrusted data: anything may come back).
 * @example channelOf([[[1, 2]], [[3, 4]]], 1) // [[2], [4]]
 */
export function channelOf(value: unknown, channel = 0): number[][] | null {
  if (!Array.isArray(value)) return null;
  const plane = value.map((row) => (Array.isArray(row) ? row.map((pixel) => (Array.isArray(pixel) ? pixel[channel] : undefined)) : null));
  return croppedGrid(plane);
}

/**
 * Two heatmaps, expected then the student's (when it is a well-formed matrix), titled with `name`,
 * e.g. 'conv2d(image, kernel)' or 'canal 0 / channel 0 of maxPool2d(x, 2, 2)'.
 * @example featureMapPlots('conv2d(image, kernel)', got, expected)
 */
export function featureMapPlots(name: { fr: string; en: string }, got: unknown, expected: number[][]): Plot[] {
  const heatmap = (title: { fr: string; en: string }, grid: number[][]): Plot => ({
    kind: 'heatmap',
    title,
    series: [],
    grid,
    xLabel: 'j',
    yLabel: 'i',
  });
  const plots = [heatmap({ fr: `Attendu : ${name.fr}`, en: `Expected: ${name.en}` }, croppedGrid(expected)!)];
  const student = croppedGrid(got);
  if (student) plots.push(heatmap({ fr: `Votre résultat : ${name.fr}`, en: `Your result: ${name.en}` }, student));
  return plots;
}

/** Adds plots to an outcome's details, keeping what is already there. */
export function withPlots(outcome: Outcome, plots: Plot[]): Outcome {
  return { ...outcome, details: { ...outcome.details, plots: [...(outcome.details?.plots ?? []), ...plots] } };
}
