// Web side of the similarity report and of regrade runs: the API's answer shapes, and the pure
// helpers the pages use to highlight matching lines and to know when a regrade has finished.

/** One side of a matching fragment: 1-based inclusive line range and the text of those lines. */
export interface FragmentSide {
  startLine: number;
  endLine: number;
  text: string;
}

/** A matching fragment between the two codes of a pair. */
export interface MatchedFragment {
  left: FragmentSide;
  right: FragmentSide;
}

/** One student's side of a pair (their final submission). */
export interface PairSide {
  userId: string;
  name: string;
  submissionId: string;
  code: string;
}

/** A pair of students ranked by similarity (0..1); `longest` is the longest shared run of fingerprints. */
export interface SimilarPair {
  left: PairSide;
  right: PairSide;
  similarity: number;
  longest: number;
  fragments: MatchedFragment[];
}

/** GET /api/courses/:id/similarity?exercise=slug */
export interface SimilarityReport {
  exercise: string;
  students: number;
  pairs: SimilarPair[];
}

/** A check whose outcome differs between the old and the new grading (null: absent on that side). */
export interface ChangedCheck {
  id: string;
  before: { passed: boolean; earned: number } | null;
  after: { passed: boolean; earned: number } | null;
}

/** One regraded submission: score before and after, and the checks that flipped. */
export interface RegradedSubmission {
  submissionId: string;
  userId: string;
  userName: string;
  fromVersion: number | null;
  toVersion: number;
  before: { status: string; score: number | null; maxScore: number | null };
  after: { status: string; score: number | null; maxScore: number | null };
  changedChecks: ChangedCheck[];
}

/** POST /api/exercises/:slug/regrade (202). */
export interface RegradeStarted {
  runId: string;
  exercise: string;
  toVersion: number;
  submissions: number;
}

/** GET /api/exercises/:slug/regrades: the last run. */
export interface RegradeReport {
  runId: string;
  exercise: string;
  toVersion: number;
  createdAt: string;
  counts: { submissions: number; regraded: number; pending: number; changed: number };
  submissions: RegradedSubmission[];
}

/**
 * For one side of a pair, the fragment each highlighted line belongs to: 1-based line number →
 * index of the fragment in `fragments`. Where fragments overlap the first one listed wins, so
 * that a line keeps one colour.
 * @example
 * highlightedLines([{ left: { startLine: 2, endLine: 3, text }, right }], 'left') // Map { 2 → 0, 3 → 0 }
 */
export function highlightedLines(fragments: MatchedFragment[], side: 'left' | 'right'): Map<number, number> {
  const lines = new Map<number, number>();
  fragments.forEach((fragment, index) => {
    const { startLine, endLine } = fragment[side];
    for (let line = startLine; line <= endLine; line++) if (!lines.has(line)) lines.set(line, index);
  });
  return lines;
}

/** The number of lines of the longest fragment of a pair, measured on its left side (0 when none). */
export function longestFragmentLines(fragments: MatchedFragment[]): number {
  return fragments.reduce((most, { left }) => Math.max(most, left.endLine - left.startLine + 1), 0);
}

/** A 0..1 similarity as a whole percentage: 0.736 → "74 %". */
export function similarityPercent(similarity: number): string {
  return `${Math.round(similarity * 100)} %`;
}

/** True once the report is of run `runId` and no submission of it waits to be regraded. */
export function regradeFinished(report: RegradeReport, runId: string): boolean {
  return report.runId === runId && report.counts.pending <= 0;
}

/** A check outcome in a few characters: "✓ 2", "✗ 0", or "—" when the check is absent. */
export function checkOutcome(outcome: ChangedCheck['before']): string {
  return outcome === null ? '—' : `${outcome.passed ? '✓' : '✗'} ${outcome.earned}`;
}
