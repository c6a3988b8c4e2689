'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ta } from '../../../lib/accounts-i18n';
import { ApiRequestError } from '../../../lib/grading-client';
import type { Language } from '../../../lib/i18n';
import { messageOf, postJson } from '../../../lib/post-json';

/** A link as the browser will open it (the API answers paths relative to the web app). */
const absolute = (url: string) => new URL(url, window.location.origin).toString();

/** Creates a sign-up link for the course and shows it to copy. */
export function InviteButton({ lang, courseId }: { lang: Language; courseId: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <button type="button" data-testid="invite-button" onClick={async () => {
        try {
          setUrl(absolute((await postJson<{ url: string }>(`/api/courses/${courseId}/invitations`, {})).url));
        } catch (caught) {
          setError(messageOf(caught));
        }
      }}>{ta(lang, 'invite')}</button>
      <p className="hint">{ta(lang, 'inviteHint')}</p>
      {url && <p className="invite-url" data-testid="invite-url">{url}</p>}
      {error && <p className="form-error" role="alert">{error}</p>}
    </div>
  );
}

/** A one-time password-reset link for a member. */
export function ResetLinkButton({ lang, courseId, userId }: { lang: Language; courseId: string; userId: string }) {
  const [text, setText] = useState<string | null>(null);
  return (
    <span>
      <button type="button" className="link-button" data-testid={`reset-link-${userId}`} onClick={async () => {
        try {
          setText(absolute((await postJson<{ url: string }>(`/api/courses/${courseId}/members/${userId}/password-reset`, undefined)).url));
        } catch (caught) {
          setText(messageOf(caught));
        }
      }}>{ta(lang, 'resetLink')}</button>
      {text && <span className="invite-url">{text}</span>}
    </span>
  );
}

interface RowError {
  line: number;
  errors: string[];
}

/** CSV of students (email,name[,password]); every bad row is listed with its line, and nothing is imported. */
export function ImportForm({ lang, courseId }: { lang: Language; courseId: string }) {
  const router = useRouter();
  const [csv, setCsv] = useState('email,name,password\n');
  const [result, setResult] = useState<{ imported?: { email: string; resetUrl?: string }[]; message?: string; rows?: RowError[] }>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const { imported } = await postJson<{ imported: { email: string; resetUrl?: string }[] }>(`/api/courses/${courseId}/students/import`, { csv });
      setResult({ imported });
      router.refresh();
    } catch (caught) {
      const rows = caught instanceof ApiRequestError ? (caught.body?.rows as RowError[] | undefined) : undefined;
      setResult({ message: messageOf(caught), rows });
    }
  }

  return (
    <form className="stacked-form" onSubmit={submit}>
      <label>{ta(lang, 'importTitle')}<textarea data-testid="import-csv" value={csv} onChange={(e) => setCsv(e.target.value)} rows={6} /></label>
      <button type="submit" data-testid="import-submit">{ta(lang, 'importSubmit')}</button>
      {result.imported && (
        <div data-testid="import-result">
          <p>{result.imported.length} {ta(lang, 'imported')}</p>
          <ul>{result.imported.filter((s) => s.resetUrl).map((s) => <li key={s.email}>{s.email}: <span className="invite-url">{absolute(s.resetUrl!)}</span></li>)}</ul>
        </div>
      )}
      {result.message && (
        <div className="row-errors" role="alert" data-testid="import-errors">
          {result.rows ? <ul>{result.rows.map((row) => <li key={row.line}>{`ligne / line ${row.line}: ${row.errors.join(', ')}`}</li>)}</ul> : <p>{result.message}</p>}
        </div>
      )}
    </form>
  );
}

/** "dense-forward:2, relu" → [{ slug: 'dense-forward', weight: 2 }, { slug: 'relu', weight: 1 }]. */
function parseExercises(text: string): { slug: string; weight: number }[] {
  return text.split(',').map((item) => item.trim()).filter(Boolean).map((item) => {
    const [slug, weight] = item.split(':').map((part) => part.trim());
    return { slug, weight: weight ? Number(weight) : 1 };
  });
}

const localInput = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** Title, exercises with weights, opening, deadline and late penalty. */
export function NewAssignmentForm({ lang, courseId }: { lang: Language; courseId: string }) {
  const router = useRouter();
  const [fields, setFields] = useState(() => ({
    title: '', exercises: '', opensAt: localInput(new Date()), dueAt: localInput(new Date(Date.now() + 7 * 24 * 3600 * 1000)), penalty: '0',
  }));
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await postJson(`/api/courses/${courseId}/assignments`, {
        title: fields.title.trim(),
        exercises: parseExercises(fields.exercises),
        // The inputs are in the browser's time zone; the API stores instants.
        opensAt: new Date(fields.opensAt).toISOString(),
        dueAt: new Date(fields.dueAt).toISOString(),
        latePenaltyPercent: Number(fields.penalty),
      });
      setFields({ ...fields, title: '', exercises: '' });
      router.refresh();
    } catch (caught) {
      setError(messageOf(caught));
    }
  }

  return (
    <form className="stacked-form narrow-page" onSubmit={create}>
      <h3>{ta(lang, 'newAssignment')}</h3>
      <label>{ta(lang, 'assignmentTitle')}<input data-testid="assignment-title" value={fields.title} onChange={set('title')} required /></label>
      <label>{ta(lang, 'exercises')}<input data-testid="assignment-exercises" value={fields.exercises} onChange={set('exercises')} placeholder="dense-forward:2, activations" required /></label>
      <label>{ta(lang, 'opensAt')}<input data-testid="assignment-opens" type="datetime-local" value={fields.opensAt} onChange={set('opensAt')} required /></label>
      <label>{ta(lang, 'dueAt')}<input data-testid="assignment-due" type="datetime-local" value={fields.dueAt} onChange={set('dueAt')} required /></label>
      <label>{ta(lang, 'latePenalty')}<input data-testid="assignment-penalty" type="number" min={0} max={100} value={fields.penalty} onChange={set('penalty')} /></label>
      <button type="submit" className="primary" data-testid="assignment-submit">{ta(lang, 'create')}</button>
      {error && <p className="form-error" role="alert" data-testid="assignment-error">{error}</p>}
    </form>
  );
}
