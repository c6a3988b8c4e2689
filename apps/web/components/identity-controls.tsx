'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { errorFromResponse } from '../lib/grading-client';
import { t, type Language } from '../lib/i18n';

/** The minimal identity: a name POSTed to /api/session, which sets the identity cookie. */
export function IdentityForm({ lang }: { lang: Language }) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function signIn(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: name.trim() }),
      });
      if (!response.ok) throw await errorFromResponse(response);
      router.refresh();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="identity-form" onSubmit={signIn}>
      <label>
        <span className="sr-only">{t(lang, 'nameLabel')}</span>
        <input data-testid="name-input" value={name} onChange={(e) => setName(e.target.value)}
          placeholder={t(lang, 'nameLabel')} maxLength={64} required />
      </label>
      <button data-testid="name-submit" type="submit" disabled={busy}>{t(lang, 'nameSubmit')}</button>
      {error && <span className="form-error" role="alert">{error}</span>}
    </form>
  );
}

/** Clears the identity cookie (DELETE /api/session) and re-renders the page. */
export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  return (
    <button type="button" className="link-button" data-testid="sign-out"
      onClick={async () => {
        await fetch('/api/session', { method: 'DELETE' }).catch((error: unknown) => console.error('sign-out failed', error));
        router.refresh();
      }}>
      {label}
    </button>
  );
}
