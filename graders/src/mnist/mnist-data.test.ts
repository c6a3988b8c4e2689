import { describe, expect, it } from 'vitest';
import { IdxFormatError, readIdx } from './idx';
import { loadMnist, readMnistPair, splitTestSet, subsetMnist } from './mnist-data';

/** An IDX file of unsigned bytes with the given header fields and data. */
function idx(magic: number, dimensions: number[], data: number[]): Uint8Array {
  const bytes = new Uint8Array(4 + 4 * dimensions.length + data.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, magic);
  dimensions.forEach((size, i) => view.setUint32(4 + 4 * i, size));
  bytes.set(data, 4 + 4 * dimensions.length);
  return bytes;
}

describe('readIdx', () => {
  it('decodes the big-endian header and keeps the data as a view', () => {
    const decoded = readIdx(idx(0x801, [3], [7, 8, 9]), 1);
    expect(decoded.dimensions).toEqual([3]);
    expect([...decoded.data]).toEqual([7, 8, 9]);
  });

  it('rejects a wrong magic number, a truncated or padded file and a zero dimension', () => {
    expect(() => readIdx(idx(0x803, [3], [1, 2, 3]), 1)).toThrow(/magic number 0x00000803, expected 0x00000801/);
    expect(() => readIdx(idx(0x801, [4], [1, 2, 3]), 1)).toThrow(/3 bytes of data, expected 4/);
    expect(() => readIdx(idx(0x801, [2], [1, 2, 3]), 1)).toThrow(/3 bytes of data, expected 2/);
    expect(() => readIdx(idx(0x801, [0], []), 1)).toThrow(/dimension is zero/);
    expect(() => readIdx(new Uint8Array(5), 1)).toThrow(IdxFormatError);
  });
});

describe('readMnistPair', () => {
  const pixels = Array.from({ length: 2 * 784 }, (_, i) => i % 256);

  it('scales pixels to [0, 1] and checks images against labels', () => {
    const set = readMnistPair(idx(0x803, [2, 28, 28], pixels), idx(0x801, [2], [3, 9]), 2, 'tiny');
    expect(set.count).toBe(2);
    expect(set.images[255]).toBe(1);
    expect(set.images[1]).toBeCloseTo(1 / 255, 7);
    expect([...set.labels]).toEqual([3, 9]);
    expect(() => readMnistPair(idx(0x803, [2, 28, 28], pixels), idx(0x801, [3], [1, 2, 3]), undefined, 'tiny')).toThrow(/2 images but 3 labels/);
    expect(() => readMnistPair(idx(0x803, [2, 28, 28], pixels), idx(0x801, [2], [1, 12]), undefined, 'tiny')).toThrow(/label 12/);
    expect(() => readMnistPair(idx(0x803, [2, 28, 28], pixels), idx(0x801, [2], [1, 2]), 3, 'tiny')).toThrow(/expected 3/);
  });
});

describe('splitTestSet', () => {
  it('is reproducible and makes two disjoint sorted halves covering every image', () => {
    const split = splitTestSet(101);
    expect(splitTestSet(101)).toEqual(split);
    expect(split.publicIndices.length).toBe(51);
    const all = [...split.publicIndices, ...split.privateIndices].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 101 }, (_, i) => i));
    expect([...split.publicIndices]).toEqual([...split.publicIndices].sort((a, b) => a - b));
    // A shuffle, not the first half: both halves reach across the whole set.
    expect(split.publicIndices[split.publicIndices.length - 1]).toBeGreaterThan(60);
  });
});

describe('loadMnist', () => {
  it('loads the full set from mnist-data once, with the known first labels', () => {
    const dataset = loadMnist();
    expect(loadMnist()).toBe(dataset);
    expect([dataset.train.count, dataset.test.count]).toEqual([60_000, 10_000]);
    expect(dataset.train.images.length).toBe(60_000 * 784);
    expect([...dataset.train.labels.subarray(0, 5)]).toEqual([5, 0, 4, 1, 9]);
    expect([...dataset.test.labels.subarray(0, 3)]).toEqual([7, 2, 1]);
    expect(dataset.split.publicIndices.length + dataset.split.privateIndices.length).toBe(10_000);
    const subset = subsetMnist(dataset, 2_000, 1_000);
    expect([subset.train.count, subset.test.count, subset.split.publicIndices.length]).toEqual([2_000, 1_000, 500]);
  });
});
