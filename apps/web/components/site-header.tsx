import Link from 'next/link';
import type { Session } from '../lib/api-types';
import { t, type Language } from '../lib/i18n';
import { apiGet } from '../lib/server-api';
import { IdentityForm, SignOutButton } from './identity-controls';
import { LanguageSwitch } from './language-switch';

/** The platform's name, the language switch and who is signed in (or the name form). */
export async function SiteHeader({ lang }: { lang: Language }) {
  const session = await apiGet<Session>('/api/session');
  return (
    <header className="site-header">
      <Link href="/" className="brand">{t(lang, 'platformName')}</Link>
      <div className="header-tools">
        {session.kind === 'ok' ? (
          <span className="identity" data-testid="identity">
            <span className="identity-name">{session.data.name}</span>
            {session.data.role === 'instructor' && <span className="badge">{t(lang, 'instructor')}</span>}
            <SignOutButton label={t(lang, 'signOut')} />
          </span>
        ) : session.kind === 'status' && session.status === 401 ? (
          <IdentityForm lang={lang} />
        ) : null}
        <LanguageSwitch lang={lang} label={t(lang, 'languageLabel')} />
      </div>
    </header>
  );
}
