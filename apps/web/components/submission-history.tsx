'use client';
import { useState } from 'react';
import { ta } from '../lib/accounts-i18n';
import { formatDateTime, type HistoryEntry } from '../lib/course-types';
import { errorFromResponse } from '../lib/grading-client';
import type { Language } from '../lib/i18n';
import { messageOf } from '../lib/post-json';

/** A list of submissions (newest first) with their code, and the unified diff of two ticked ones. */
export function SubmissionHistory({ lang, entries }: { lang: Language; entries: HistoryEntry[] }) {
  const [ticked, setTicked] = useState<string[]>([]);
  const [diff, setDiff] = useState<{ text?: string; error?: string }>({});
  const [open, setOpen] = useState<string | null>(null);

  const toggle = (id: string) => setTicked((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current.slice(-1), id]));
  async function compare() {
    if (ticked.length !== 2) return setDiff({ error: ta(lang, 'pickTwo') });
    // Older first, so that + lines are what the newer one added.
    const [older, newer] = [...ticked].sort((a, b) => entries.findIndex((e) => e.id === b) - entries.findIndex((e) => e.id === a));
    try {
      const response = await fetch(`/api/submissions/${older}/diff/${newer}`, { credentials: 'same-origin' });
      if (!response.ok) throw await errorFromResponse(response);
      setDiff({ text: ((await response.json()) as { diff: string }).diff });
    } catch (caught) {
      setDiff({ error: messageOf(caught) });
    }
  }

  if (entries.length === 0) return <p>{ta(lang, 'noSubmissions')}</p>;
  return (
    <div>
      <table className="data-table" data-testid="history">
        <thead><tr><th /><th>{ta(lang, 'date')}</th><th>{ta(lang, 'exercise')}</th><th>{ta(lang, 'status')}</th><th>{ta(lang, 'score')}</th><th /></tr></thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-testid={`history-${entry.id}`}>
              <td><input type="checkbox" checked={ticked.includes(entry.id)} onChange={() => toggle(entry.id)} aria-label={entry.id} /></td>
              <td>{formatDateTime(entry.createdAt, lang)}{entry.isLate && <span className="late-flag">{ta(lang, 'late')}</span>}</td>
              <td>{entry.exercise} ({entry.mode})</td>
              <td>{entry.status}</td>
              <td>{entry.score !== null && entry.maxScore ? `${entry.score} / ${entry.maxScore}` : '—'}</td>
              <td>
                <button type="button" className="link-button" onClick={() => setOpen(open === entry.id ? null : entry.id)}>code</button>
                {open === entry.id && <pre className="history-code">{entry.code}</pre>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" data-testid="compare-button" onClick={compare}>{ta(lang, 'compare')}</button>
      {diff.error && <p className="form-error" role="alert">{diff.error}</p>}
      {diff.text && <pre className="history-code" data-testid="diff">{diff.text}</pre>}
    </div>
  );
}
