/** Reader of the IDX format (the original MNIST files): big-endian header, then unsigned bytes. */

/** IDX magic numbers: two zero bytes, the type code 0x08 (unsigned byte), then the number of dimensions. */
export const IDX_UBYTE_IMAGES_MAGIC = 0x0000_0803;
export const IDX_UBYTE_LABELS_MAGIC = 0x0000_0801;

/** A decoded IDX file of unsigned bytes. */
export interface IdxArray {
  /** Sizes of each dimension, e.g. [60000, 28, 28]. */
  dimensions: number[];
  /** The values, row-major; a view on the file's bytes (no copy). */
  data: Uint8Array;
}

/** Thrown for a file that is not a well-formed IDX file of the expected kind. */
export class IdxFormatError extends Error {
  override name = 'IdxFormatError';
}

/**
 * Decodes an IDX file of unsigned bytes with `dimensionCount` dimensions, checking the magic
 * number, that every size is positive and that the file holds exactly the announced values.
 * @example readIdx(readFileSync('train-labels-idx1-ubyte'), 1).dimensions // [60000]
 */
export function readIdx(bytes: Uint8Array, dimensionCount: number, name = 'IDX file'): IdxArray {
  const headerBytes = 4 + 4 * dimensionCount;
  if (bytes.length < headerBytes) throw new IdxFormatError(`${name}: ${bytes.length} bytes, shorter than its ${headerBytes}-byte header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0, false);
  const expectedMagic = 0x0000_0800 | dimensionCount;
  if (magic !== expectedMagic) {
    throw new IdxFormatError(`${name}: magic number 0x${magic.toString(16).padStart(8, '0')}, expected 0x${expectedMagic.toString(16).padStart(8, '0')}`);
  }
  const dimensions = Array.from({ length: dimensionCount }, (_, i) => view.getUint32(4 + 4 * i, false));
  if (dimensions.some((size) => size === 0)) throw new IdxFormatError(`${name}: a dimension is zero (${dimensions.join(' × ')})`);
  const valueCount = dimensions.reduce((product, size) => product * size, 1);
  if (bytes.length !== headerBytes + valueCount) {
    throw new IdxFormatError(`${name}: ${bytes.length - headerBytes} bytes of data, expected ${valueCount} (${dimensions.join(' × ')})`);
  }
  return { dimensions, data: bytes.subarray(headerBytes) };
}
