import { ta } from '../../lib/accounts-i18n';
import '../accounts.css';
import { currentLanguage } from '../../lib/language';
import { SignInForm } from './signin-form';

/** /signin?next=/path: the sign-in form; back to `next` (a local path) afterwards. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const lang = await currentLanguage();
  const { next } = await searchParams;
  // Only local paths: an open redirect would send a fresh session's user anywhere.
  const target = typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  return (
    <section className="narrow-page">
      <h1>{ta(lang, 'signInTitle')}</h1>
      <SignInForm lang={lang} next={target} />
    </section>
  );
}
