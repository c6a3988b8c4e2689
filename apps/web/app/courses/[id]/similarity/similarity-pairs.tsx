'use client';
import { useState } from 'react';
import { ta } from '../../../../lib/accounts-i18n';
import type { Language } from '../../../../lib/i18n';
import { longestFragmentLines, similarityPercent, type SimilarityReport } from '../../../../lib/similarity-view';
import { SideBySide } from './side-by-side';

/** The ranked pairs of one exercise; the selected pair's two codes are shown side by side below the table. */
export function SimilarityPairs({ lang, report }: { lang: Language; report: SimilarityReport }) {
  const [selected, setSelected] = useState(0);
  const pair = report.pairs[selected];
  return (
    <div data-testid="similarity-report">
      <p data-testid="similarity-students">{report.students} {ta(lang, 'similarityStudents')}</p>
      {report.pairs.length === 0 ? <p data-testid="similarity-no-pairs">{ta(lang, 'similarityNoPairs')}</p> : (
        <table className="data-table similarity-pairs" data-testid="similarity-pairs">
          <thead>
            <tr>
              <th>#</th><th>{ta(lang, 'student')}</th><th>{ta(lang, 'student')}</th>
              <th>{ta(lang, 'similarityPercent')}</th><th>{ta(lang, 'similarityLongest')}</th><th />
            </tr>
          </thead>
          <tbody>
            {report.pairs.map((item, index) => (
              <tr key={`${item.left.submissionId}-${item.right.submissionId}`} className={index === selected ? 'selected-pair' : undefined}
                data-testid={`similarity-pair-${index}`}>
                <td>{index + 1}</td>
                <td>{item.left.name}</td>
                <td>{item.right.name}</td>
                <td className="similarity-value">
                  <span className="similarity-bar" style={{ width: `${Math.round(item.similarity * 60)}px` }} />
                  {similarityPercent(item.similarity)}
                </td>
                <td>{longestFragmentLines(item.fragments)} {ta(lang, 'similarityLines')}, {item.fragments.length} {ta(lang, 'similarityFragments')}</td>
                <td>
                  <button type="button" className="link-button" aria-pressed={index === selected}
                    data-testid={`similarity-view-${index}`} onClick={() => setSelected(index)}>{ta(lang, 'similarityView')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pair && <SideBySide pair={pair} />}
    </div>
  );
}
