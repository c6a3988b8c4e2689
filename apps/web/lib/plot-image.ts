// Turning an 'image' plot (H×W×3 RGB rows) into canvas pixels.

/** Colour given to a pixel whose channel is missing or not a finite number: a neutral grey. */
const MISSING_CHANNEL = 128;
/** Side, in CSS pixels, that small images are enlarged towards. */
const TARGET_SIDE = 192;

/**
 * RGBA bytes for a canvas from H×W×3 RGB values (rounded and clamped to 0..255; missing or
 * non-finite channels grey), or null when the image is empty. Ragged rows are padded to the
 * widest row.
 * @example
 * imagePixels([[[255, 0, 0]]])!.data // Uint8ClampedArray [255, 0, 0, 255]
 */
export function imagePixels(image: readonly (readonly (readonly number[])[])[]): { width: number; height: number; data: Uint8ClampedArray<ArrayBuffer> } | null {
  const height = image.length;
  const width = Math.max(0, ...image.map((row) => (Array.isArray(row) ? row.length : 0)));
  if (height === 0 || width === 0) return null;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < height; i++) {
    for (let j = 0; j < width; j++) {
      const pixel = image[i]?.[j];
      for (let c = 0; c < 3; c++) {
        const value = Array.isArray(pixel) ? pixel[c] : undefined;
        data[(i * width + j) * 4 + c] = typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : MISSING_CHANNEL;
      }
      data[(i * width + j) * 4 + 3] = 255;
    }
  }
  return { width, height, data };
}

/**
 * The whole enlargement factor (at least 1) that brings an image's larger side closest to
 * ~192 CSS pixels without passing it.
 * @example
 * imageScale(32, 16) // 6
 */
export function imageScale(width: number, height: number): number {
  return Math.max(1, Math.floor(TARGET_SIDE / Math.max(width, height, 1)));
}
