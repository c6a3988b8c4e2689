import { describe, expect, it } from 'vitest';
import { readRssMb } from './rss';

describe('readRssMb', () => {
  it('reads this process’s resident memory, close to what Node reports', () => {
    const rssMb = readRssMb(process.pid)!;
    expect(Math.abs(rssMb - process.memoryUsage().rss / 2 ** 20)).toBeLessThan(64);
  });

  it('answers undefined for a process that does not exist', () => {
    expect(readRssMb(2 ** 30)).toBeUndefined();
    expect(readRssMb(undefined)).toBeUndefined();
  });
});
