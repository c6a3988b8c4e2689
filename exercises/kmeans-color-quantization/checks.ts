import {
  defineChecks,
  expectExactEqual,
  fail,
  firstFailure,
  formatNumber,
  pass,
  randomInt,
  randomNormal,
  randomUniform,
  redrawUntil,
  sandboxRng,
  text,
  type Outcome,
  type Plot,
  type Rng,
  type StudentModule,
} from '@dl/graders';
import { quantizationDistortion, referenceQuantization, type Quantization } from '@dl/reference';
import { showInput } from '../src/check-helpers';

/** CURRICULUM: the student's distortion may exceed the reference's best k-means++ run by 5 %. */
const DISTORTION_RATIO = 1.05;
/** Absolute slack for images the reference quantizes without loss (distortion 0). */
const DISTORTION_ATOL = 1e-9;

interface Image {
  height: number;
  width: number;
  /** height × width pixels in row-major order, n × 3 RGB. */
  pixels: number[][];
}

const clamp = (v: number) => Math.min(255, Math.max(0, v));

/** `count` colours at least `separation` apart (Euclidean distance in RGB), each drawn until it is far from the previous ones. */
function distinctColours(rng: Rng, count: number, separation: number): number[][] {
  const colours: number[][] = [];
  while (colours.length < count) {
    const far = (c: number[]) => colours.every((b) => Math.hypot(c[0]! - b[0]!, c[1]! - b[1]!, c[2]! - b[2]!) >= separation);
    colours.push(redrawUntil(rng, (r) => [0, 1, 2].map(() => Math.round(randomUniform(r, 10, 245))), far));
  }
  return colours;
}

/**
 * A picture of `regions` flat areas (the Voronoi cells of random points of the image plane, each holding
 * at least half its fair share of pixels, so that no colour is a handful of pixels that any k-means run
 * may miss), each of one colour plus Gaussian noise of standard deviation `noise` per channel, rounded.
 */
function randomImage(rng: Rng, regions: number, noise: number): Image {
  const [height, width] = [randomInt(rng, 12, 24), randomInt(rng, 12, 24)];
  const colours = distinctColours(rng, regions, 80);
  const regionOf = (sites: (readonly [number, number])[], y: number, x: number) => {
    let region = 0;
    sites.forEach(([sy, sx], r) => {
      if ((y - sy) ** 2 + (x - sx) ** 2 < (y - sites[region]![0]) ** 2 + (x - sites[region]![1]) ** 2) region = r;
    });
    return region;
  };
  const cells = (sites: (readonly [number, number])[]) =>
    Array.from({ length: height * width }, (_, i) => regionOf(sites, Math.floor(i / width), i % width));
  const balanced = (labels: number[]) => colours.every((_, r) => labels.filter((l) => l === r).length >= (height * width) / (2 * regions));
  const labels = redrawUntil(rng, (r) => cells(colours.map(() => [randomUniform(r, 0, height), randomUniform(r, 0, width)] as const)), balanced);
  const pixels = labels.map((region) => colours[region]!.map((c) => Math.round(clamp(c + (noise > 0 ? randomNormal(rng, 0, noise) : 0)))));
  return { height, width, pixels };
}

/** Checks that the result is a palette of at most k colours in [0, 255] and one valid index per pixel. */
function validate(label: string, got: unknown, pixelCount: number, k: number): Outcome {
  const palette = typeof got === 'object' && got !== null ? (got as Record<string, unknown>).palette : undefined;
  const indices = typeof got === 'object' && got !== null ? (got as Record<string, unknown>).indices : undefined;
  if (!Array.isArray(palette) || palette.length === 0 || !palette.every((c) => Array.isArray(c) && c.length === 3 && c.every((v) => typeof v === 'number'))) {
    return fail('type', text(`${label}.palette doit être un tableau non vide de couleurs [r, g, b]`, `${label}.palette must be a non-empty array of [r, g, b] colours`));
  }
  if (palette.length > k) {
    return fail('shape', text(`${label}.palette a ${palette.length} couleurs, au plus ${k} permises`, `${label}.palette has ${palette.length} colours, at most ${k} allowed`));
  }
  const outside = (palette as number[][]).findIndex((c) => !c.every((v) => Number.isFinite(v) && v >= 0 && v <= 255));
  if (outside >= 0) {
    return fail('value', text(
      `${label}.palette[${outside}] = [${(palette[outside] as number[]).join(', ')}] : chaque composante doit être un nombre fini entre 0 et 255`,
      `${label}.palette[${outside}] = [${(palette[outside] as number[]).join(', ')}]: every channel must be a finite number between 0 and 255`,
    ));
  }
  if (!Array.isArray(indices) || indices.length !== pixelCount) {
    return fail('shape', text(`${label}.indices doit avoir un indice par pixel (${pixelCount})`, `${label}.indices must hold one index per pixel (${pixelCount})`));
  }
  const bad = indices.findIndex((i) => !Number.isInteger(i) || i < 0 || i >= palette.length);
  if (bad >= 0) {
    return fail('value', text(
      `${label}.indices[${bad}] = ${String(indices[bad])} n’est pas un indice de la palette (0 à ${palette.length - 1})`,
      `${label}.indices[${bad}] = ${String(indices[bad])} is not an index of the palette (0 to ${palette.length - 1})`,
    ));
  }
  return pass(text(`${label} : palette et indices valides.`, `${label}: valid palette and indices.`));
}

/** The image before and after quantization, as the result page draws it. */
function imagePlots({ height, width, pixels }: Image, quantized: number[][]): Plot[] {
  const toImage = (values: number[][]) => Array.from({ length: height }, (_, y) => values.slice(y * width, (y + 1) * width));
  return [
    { kind: 'image', title: text('Image d’origine', 'Original image'), series: [], image: toImage(pixels) },
    { kind: 'image', title: text('Votre image quantifiée', 'Your quantized image'), series: [], image: toImage(quantized) },
  ];
}

/** Valid output, then distortion at most 1.05 × the reference's. */
async function checkDistortion(student: StudentModule, image: Image, k: number, rng: Rng, visible: boolean): Promise<Outcome> {
  const label = `quantize(pixels, ${k}, rng)`;
  const got = await student.quantize!(image.pixels, k, sandboxRng(randomInt(rng, 1, 2 ** 31)));
  const input = { height: image.height, width: image.width, k, pixels: image.pixels };
  const validity = validate(label, got, image.pixels.length, k);
  if (!validity.passed) return showInput(validity, input, visible);
  const { palette, indices } = got as Quantization;
  const distortion = quantizationDistortion(image.pixels, palette, indices);
  const reference = referenceQuantization(image.pixels, k, rng).distortion;
  const allowed = DISTORTION_RATIO * reference + DISTORTION_ATOL;
  const [d, r, a] = [formatNumber(distortion, 4), formatNumber(reference, 4), formatNumber(allowed, 4)];
  const outcome = distortion <= allowed
    ? pass(text(`${label} : distorsion ${d} (référence ${r}).`, `${label}: distortion ${d} (reference ${r}).`), { expected: { distortion: reference }, got: { distortion } })
    : fail('value', text(
        `${label} : distorsion ${d}, alors que les k-moyennes de référence atteignent ${r} (au plus ${a} permis)`,
        `${label}: distortion ${d}, while the reference k-means reaches ${r} (at most ${a} allowed)`,
      ), { expected: { distortion: reference }, got: { distortion } });
  const withPlots = visible ? { ...outcome, details: { ...outcome.details, plots: imagePlots(image, indices.map((i) => palette[i]!)) } } : outcome;
  return showInput(withPlots, input, visible);
}

export default defineChecks({
  'valid-output': {
    title: { fr: 'Au plus k couleurs, des indices valides', en: 'At most k colours, valid indices' },
    visible: true,
    points: 1,
    async run({ student, rng }) {
      const image = randomImage(rng, 5, 8);
      const k = randomInt(rng, 2, 4);
      const got = await student.quantize!(image.pixels, k, sandboxRng(randomInt(rng, 1, 2 ** 31)));
      return showInput(validate(`quantize(pixels, ${k}, rng)`, got, image.pixels.length, k), { k, pixels: image.pixels }, true);
    },
  },
  distortion: {
    title: { fr: 'Distorsion proche de celle des k-moyennes', en: 'Distortion close to that of k-means' },
    visible: true,
    points: 3,
    async run({ student, rng }) {
      const regions = randomInt(rng, 3, 6);
      return checkDistortion(student, randomImage(rng, regions, 8), regions, rng, true);
    },
  },
  'exact-colours': {
    title: { fr: 'Image d’exactement k couleurs : aucune perte', en: 'Image of exactly k colours: no loss' },
    visible: false,
    points: 1,
    async run({ student, rng }) {
      const k = randomInt(rng, 2, 6);
      return checkDistortion(student, randomImage(rng, k, 0), k, rng, false);
    },
  },
  'single-colour': {
    title: { fr: 'k = 1 : la couleur moyenne', en: 'k = 1: the mean colour' },
    visible: false,
    points: 1,
    run: ({ student, rng }) => checkDistortion(student, randomImage(rng, randomInt(rng, 2, 4), 8), 1, rng, false),
  },
  'more-colours': {
    title: { fr: 'Davantage de couleurs (k de 8 à 12)', en: 'More colours (k from 8 to 12)' },
    visible: false,
    points: 1,
    async run({ student, rng }) {
      const k = randomInt(rng, 8, 12);
      return checkDistortion(student, randomImage(rng, k, 5), k, rng, false);
    },
  },
  'same-rng-same-result': {
    title: { fr: 'Même générateur, même résultat', en: 'Same generator, same result' },
    visible: false,
    points: 1,
    // More colours asked for than the picture has, in strong noise: where the extra centres settle
    // depends on where they start, so a solution drawing from anything but the rng it is given
    // almost never gives the same picture three times (measured: 0 of 1,000 seeds).
    async run({ student, rng }) {
      const image = randomImage(rng, 3, 30);
      const seed = randomInt(rng, 1, 2 ** 31);
      const calls = [];
      for (let call = 0; call < 3; call++) calls.push(await student.quantize!(image.pixels, 8, sandboxRng(seed)));
      const [first, ...again] = calls;
      const outcome = firstFailure(
        validate('quantize(pixels, 8, rng)', first, image.pixels.length, 8),
        ...again.map((other, i) => expectExactEqual(`quantize(pixels, 8, rng) (call ${i + 2}, same seed)`, other, first)),
      );
      return showInput(outcome, { k: 8, pixels: image.pixels }, false);
    },
  },
});
