import { FingerprintIndex } from '@dodona/dolos-core';
import { tokenizedFile } from './code-tokens';

/**
 * k-gram length and winnowing window, in tokens. Smaller than Dolos' defaults (23 and 17),
 * which are tuned for whole programs: exercise answers are a few dozen lines.
 */
const KGRAM_LENGTH = 12;
const KGRAMS_IN_WINDOW = 8;

/** One student's final code. */
export interface SimilarityEntry {
  id: string;
  code: string;
}

/** A matching fragment: 1-based inclusive line ranges on both sides, and the text of those lines. */
export interface MatchedFragment {
  left: { startLine: number; endLine: number; text: string };
  right: { startLine: number; endLine: number; text: string };
}

/** Two entries' similarity (0..1, Dolos' shared-fingerprint coverage) and where they match. */
export interface SimilarPair {
  leftId: string;
  rightId: string;
  similarity: number;
  /** Longest run of shared fingerprints. */
  longest: number;
  fragments: MatchedFragment[];
}

/**
 * Every pair of entries ranked by similarity (highest first), with the matching fragments,
 * computed by Dolos' fingerprinting (winnowing) over TypeScript tokens. Pairs sharing nothing are left out.
 */
export function rankSimilarPairs(entries: SimilarityEntry[]): SimilarPair[] {
  const files = entries.map((entry) => tokenizedFile(entry.id, entry.code));
  const index = new FingerprintIndex(KGRAM_LENGTH, KGRAMS_IN_WINDOW, true);
  index.addFiles(files);
  const codeOf = new Map(entries.map((entry) => [entry.id, entry.code.split('\n')]));
  const side = (id: string, startRow: number, endRow: number) => ({
    startLine: startRow + 1,
    endLine: endRow + 1,
    text: codeOf.get(id)!.slice(startRow, endRow + 1).join('\n'),
  });
  return index
    .allPairs()
    .filter((pair) => pair.similarity > 0)
    .map((pair) => ({
      leftId: pair.leftFile.path,
      rightId: pair.rightFile.path,
      similarity: pair.similarity,
      longest: pair.longest,
      fragments: pair
        .buildFragments()
        .map((fragment) => ({
          left: side(pair.leftFile.path, fragment.leftSelection.startRow, fragment.leftSelection.endRow),
          right: side(pair.rightFile.path, fragment.rightSelection.startRow, fragment.rightSelection.endRow),
        }))
        .sort((a, b) => a.left.startLine - b.left.startLine),
    }))
    .sort((a, b) => b.similarity - a.similarity || b.longest - a.longest);
}
