import '../accounts.css';
import { ta } from '../../lib/accounts-i18n';
import { currentLanguage } from '../../lib/language';
import { ResetForm } from './reset-form';

/** /reset-password?token=…: the page a password-reset link opens. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const lang = await currentLanguage();
  const { token } = await searchParams;
  return (
    <section className="narrow-page">
      <h1>{ta(lang, 'resetTitle')}</h1>
      {typeof token === 'string' && token ? <ResetForm lang={lang} token={token} /> : <p className="form-error" role="alert">{ta(lang, 'missingToken')}</p>}
    </section>
  );
}
