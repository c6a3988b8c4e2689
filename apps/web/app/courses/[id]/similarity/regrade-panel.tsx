'use client';
import { useEffect, useRef, useState } from 'react';
import './similarity.css';
import { ta } from '../../../../lib/accounts-i18n';
import { errorFromResponse } from '../../../../lib/grading-client';
import type { Language } from '../../../../lib/i18n';
import { messageOf, postJson } from '../../../../lib/post-json';
import { checkOutcome, regradeFinished, type RegradeReport, type RegradeStarted } from '../../../../lib/similarity-view';

/** How often the last run is read back while submissions wait to be regraded. */
const POLL_MS = 1500;

async function lastRegrade(slug: string): Promise<RegradeReport> {
  const response = await fetch(`/api/exercises/${encodeURIComponent(slug)}/regrades`, { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as RegradeReport;
}

/** Points out of the maximum, as the result view shows them (e.g. 5 / 7). */
const score = ({ score: value, maxScore }: { score: number | null; maxScore: number | null }) =>
  value === null ? '—' : maxScore === null ? String(value) : `${value} / ${maxScore}`;

/** "Recorriger / Regrade" for one exercise: starts a regrade, then follows the run until nothing is pending. */
export function RegradeButton({ lang, slug }: { lang: Language; slug: string }) {
  const [runId, setRunId] = useState<string | null>(null);
  const [report, setReport] = useState<RegradeReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const done = runId !== null && report !== null && regradeFinished(report, runId);

  useEffect(() => {
    if (runId === null || done) return;
    let cancelled = false;
    const poll = async () => {
      try {
        const next = await lastRegrade(slug);
        if (cancelled) return;
        setReport(next);
        if (!regradeFinished(next, runId)) timer.current = setTimeout(poll, POLL_MS);
      } catch (caught) {
        if (!cancelled) setError(messageOf(caught));
      }
    };
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer.current);
    };
  }, [runId, slug, done]);

  async function start() {
    setError(null);
    setReport(null);
    try {
      setRunId((await postJson<RegradeStarted>(`/api/exercises/${encodeURIComponent(slug)}/regrade`, {})).runId);
    } catch (caught) {
      setError(messageOf(caught));
    }
  }

  const running = runId !== null && !done && error === null;
  return (
    <div className="regrade-panel" data-testid={`regrade-${slug}`}>
      <button type="button" data-testid={`regrade-button-${slug}`} disabled={running} onClick={start}>
        {ta(lang, 'regrade')}
      </button>
      {running && <span className="hint" role="status"> {ta(lang, 'regradeRunning')}</span>}
      {error && <p className="form-error" role="alert">{error}</p>}
      {report && report.runId === runId && <RegradeSummary lang={lang} report={report} finished={done} />}
    </div>
  );
}

/** Counts of the run, and per submission the score before → after and the checks that flipped. */
function RegradeSummary({ lang, report, finished }: { lang: Language; report: RegradeReport; finished: boolean }) {
  const { counts } = report;
  return (
    <div data-testid="regrade-summary">
      {finished && <strong>{ta(lang, 'regradeDone')} ({ta(lang, 'regradeVersion')} {report.toVersion})</strong>}
      <div className="regrade-counts" data-testid="regrade-counts">
        <span>{ta(lang, 'regradeSubmissions')}: {counts.submissions}</span>
        <span>{ta(lang, 'regradeRegraded')}: {counts.regraded}</span>
        <span>{ta(lang, 'regradePending')}: {counts.pending}</span>
        <span>{ta(lang, 'regradeChanged')}: {counts.changed}</span>
      </div>
      {report.submissions.length > 0 && (
        <table className="data-table" data-testid="regrade-submissions">
          <thead>
            <tr><th>{ta(lang, 'student')}</th><th>{ta(lang, 'regradeScore')}</th><th>{ta(lang, 'regradeFlipped')}</th></tr>
          </thead>
          <tbody>
            {report.submissions.map((submission) => (
              <tr key={submission.submissionId} data-testid={`regrade-row-${submission.submissionId}`}>
                <td>{submission.userName}</td>
                <td>{score(submission.before)} → {score(submission.after)}</td>
                <td>
                  {submission.changedChecks.length === 0 ? ta(lang, 'regradeNoChange') : (
                    <ul className="flipped-checks">
                      {submission.changedChecks.map((check) => (
                        <li key={check.id}><code>{check.id}</code>: {checkOutcome(check.before)} → {checkOutcome(check.after)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
