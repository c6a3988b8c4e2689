import { highlightedLines, similarityPercent, type PairSide, type SimilarPair } from '../../../../lib/similarity-view';

/** Distinct highlight colours; fragment i takes colour i modulo this count, on both sides. */
const HIGHLIGHT_COLOURS = 4;

/** One student's code as numbered lines of text, the lines of matching fragments highlighted. */
function CodeColumn({ side, lines, testId }: { side: PairSide; lines: Map<number, number>; testId: string }) {
  return (
    <div className="similarity-column">
      <h3>{side.name}</h3>
      <div className="similarity-code" data-testid={testId}>
        <div className="code-lines">
          {side.code.split('\n').map((text, index) => {
            const fragment = lines.get(index + 1);
            return (
              <div key={index} className={fragment === undefined ? 'code-line' : `code-line match-${fragment % HIGHLIGHT_COLOURS}`}
                data-fragment={fragment}>
                <span className="line-number">{index + 1}</span>
                <span className="line-text">{text || ' '}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** The two codes of a pair side by side; the same colour marks the same fragment on both sides. */
export function SideBySide({ pair }: { pair: SimilarPair }) {
  return (
    <div data-testid="similarity-side-by-side">
      <h2>{pair.left.name} ↔ {pair.right.name}: {similarityPercent(pair.similarity)}</h2>
      <div className="similarity-columns">
        <CodeColumn side={pair.left} lines={highlightedLines(pair.fragments, 'left')} testId="similarity-left" />
        <CodeColumn side={pair.right} lines={highlightedLines(pair.fragments, 'right')} testId="similarity-right" />
      </div>
    </div>
  );
}
