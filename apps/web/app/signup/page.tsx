import '../accounts.css';
import { ta } from '../../lib/accounts-i18n';
import { currentLanguage } from '../../lib/language';
import { SignUpForm } from './signup-form';

/** /signup?token=…: the page an invitation link opens. */
export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const lang = await currentLanguage();
  const { token } = await searchParams;
  return (
    <section className="narrow-page">
      <h1>{ta(lang, 'signUpTitle')}</h1>
      {typeof token === 'string' && token ? <SignUpForm lang={lang} token={token} /> : <p className="form-error" role="alert">{ta(lang, 'missingToken')}</p>}
    </section>
  );
}
