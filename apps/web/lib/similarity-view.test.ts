import { describe, expect, it } from 'vitest';
import { checkOutcome, highlightedLines, longestFragmentLines, regradeFinished, similarityPercent, type MatchedFragment, type RegradeReport } from './similarity-view';

const fragment = (left: [number, number], right: [number, number]): MatchedFragment => ({
  left: { startLine: left[0], endLine: left[1], text: '' },
  right: { startLine: right[0], endLine: right[1], text: '' },
});

describe('highlightedLines', () => {
  it('maps every line of each fragment, per side, to the fragment index', () => {
    const fragments = [fragment([2, 3], [5, 5]), fragment([7, 7], [1, 2])];
    expect([...highlightedLines(fragments, 'left')]).toEqual([[2, 0], [3, 0], [7, 1]]);
    expect([...highlightedLines(fragments, 'right')]).toEqual([[5, 0], [1, 1], [2, 1]]);
  });

  it('keeps the first fragment on overlapping lines', () => {
    const lines = highlightedLines([fragment([1, 4], [1, 4]), fragment([3, 6], [3, 6])], 'left');
    expect(lines.get(3)).toBe(0);
    expect(lines.get(5)).toBe(1);
    expect(lines.has(7)).toBe(false);
  });

  it('is empty without fragments', () => {
    expect(highlightedLines([], 'left').size).toBe(0);
  });
});

describe('longestFragmentLines', () => {
  it('counts the lines of the longest left range', () => {
    expect(longestFragmentLines([fragment([2, 3], [1, 1]), fragment([10, 14], [1, 1])])).toBe(5);
    expect(longestFragmentLines([])).toBe(0);
  });
});

describe('similarityPercent', () => {
  it('rounds to a whole percentage', () => {
    expect(similarityPercent(0.736)).toBe('74 %');
    expect(similarityPercent(1)).toBe('100 %');
  });
});

describe('regradeFinished', () => {
  const report = (runId: string, pending: number): RegradeReport => ({
    runId, exercise: 'dense-forward', toVersion: 2, createdAt: '', counts: { submissions: 3, regraded: 3 - pending, pending, changed: 0 }, submissions: [],
  });
  it('waits for the run that was started and for its pending submissions', () => {
    expect(regradeFinished(report('a', 0), 'a')).toBe(true);
    expect(regradeFinished(report('a', 1), 'a')).toBe(false);
    expect(regradeFinished(report('old', 0), 'a')).toBe(false);
  });
});

describe('checkOutcome', () => {
  it('shows passed, failed and absent checks', () => {
    expect(checkOutcome({ passed: true, earned: 2 })).toBe('✓ 2');
    expect(checkOutcome({ passed: false, earned: 0 })).toBe('✗ 0');
    expect(checkOutcome(null)).toBe('—');
  });
});
