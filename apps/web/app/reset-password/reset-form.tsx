'use client';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { ta } from '../../lib/accounts-i18n';
import type { Language } from '../../lib/i18n';
import { messageOf, postJson } from '../../lib/post-json';

/** A new password, with the one-time link's token. */
export function ResetForm({ lang, token }: { lang: Language; token: string }) {
  const [password, setPassword] = useState('');
  const [state, setState] = useState<{ error?: string; done?: boolean; busy?: boolean }>({});

  async function reset(event: FormEvent) {
    event.preventDefault();
    setState({ busy: true });
    try {
      await postJson('/api/password-reset', { token, password });
      setState({ done: true });
    } catch (caught) {
      setState({ error: messageOf(caught) });
    }
  }

  if (state.done) return <p data-testid="reset-done">{ta(lang, 'resetDone')} <Link href="/signin">{ta(lang, 'signIn')}</Link></p>;
  return (
    <form className="stacked-form" onSubmit={reset}>
      <label>{ta(lang, 'newPassword')}<input data-testid="password-input" type="password" autoComplete="new-password" minLength={8} value={password} onChange={(e) => setPassword(e.target.value)} required /></label>
      <button data-testid="reset-submit" type="submit" className="primary" disabled={state.busy}>{ta(lang, 'resetSubmit')}</button>
      {state.error && <p className="form-error" role="alert">{state.error}</p>}
    </form>
  );
}
