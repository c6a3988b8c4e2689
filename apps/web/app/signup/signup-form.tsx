'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ta } from '../../lib/accounts-i18n';
import type { Language } from '../../lib/i18n';
import { messageOf, postJson } from '../../lib/post-json';

/** Name, email and password, with the invitation's token: creates the account, joins the course, signs in. */
export function SignUpForm({ lang, token }: { lang: Language; token: string }) {
  const router = useRouter();
  const [fields, setFields] = useState({ name: '', email: '', password: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });

  async function signUp(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await postJson('/api/signup', { token, name: fields.name.trim(), email: fields.email.trim(), password: fields.password });
      router.push('/courses');
      router.refresh();
    } catch (caught) {
      setError(messageOf(caught));
      setBusy(false);
    }
  }

  return (
    <form className="stacked-form" onSubmit={signUp}>
      <label>{ta(lang, 'name')}<input data-testid="name-input" value={fields.name} onChange={set('name')} maxLength={64} required /></label>
      <label>{ta(lang, 'email')}<input data-testid="email-input" type="email" autoComplete="username" value={fields.email} onChange={set('email')} required /></label>
      <label>{ta(lang, 'newPassword')}<input data-testid="password-input" type="password" autoComplete="new-password" minLength={8} value={fields.password} onChange={set('password')} required /></label>
      <button data-testid="signup-submit" type="submit" className="primary" disabled={busy}>{ta(lang, 'signUp')}</button>
      {error && <p className="form-error" role="alert" data-testid="form-error">{error}</p>}
    </form>
  );
}
