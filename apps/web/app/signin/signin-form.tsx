'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { errorFromResponse } from '../../lib/grading-client';
import { ta } from '../../lib/accounts-i18n';
import type { Language } from '../../lib/i18n';

/** Email and password, POSTed to /api/session, which sets the session cookie. */
export function SignInForm({ lang, next }: { lang: Language; next: string }) {
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
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
        body: JSON.stringify({ email: email.trim(), password }),
      });
      if (!response.ok) throw await errorFromResponse(response);
      router.push(next);
      router.refresh();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  }

  return (
    <form className="stacked-form" onSubmit={signIn}>
      <label>
        {ta(lang, 'email')}
        <input data-testid="email-input" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      <label>
        {ta(lang, 'password')}
        <input data-testid="password-input" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      </label>
      <button data-testid="signin-submit" type="submit" disabled={busy}>{ta(lang, 'signIn')}</button>
      {error && <p className="form-error" role="alert" data-testid="form-error">{error}</p>}
    </form>
  );
}
