import Link from 'next/link';
import type { Session } from '../lib/api-types';
import { t, type Language } from '../lib/i18n';
import { apiGet } from '../lib/server-api';
import { ta } from '../lib/accounts-i18n';
import { tAuthoring } from '../lib/authoring-i18n';
import { SignOutButton } from './identity-controls';
import { LanguageSwitch } from './language-switch';

/** The platform's name, the language switch and who is signed in (or a sign-in link). */
export async function SiteHeader({ lang }: { lang: Language }) {
  const session = await apiGet<Session>('/api/session');
  return (
    <header className="site-header">
      <Link href="/" className="brand">{t(lang, 'platformName')}</Link>
      <div className="header-tools">
        {session.kind === 'ok' ? (
          <span className="identity" data-testid="identity">
            <Link href="/courses" data-testid="my-courses">{ta(lang, 'myCourses')}</Link>
            <Link href="/history" data-testid="my-history">{ta(lang, 'history')}</Link>
            {session.data.role !== 'student' && <Link href="/authoring" data-testid="authoring-link">{tAuthoring(lang, 'authoringLink')}</Link>}
            <span className="identity-name">{session.data.name}</span>
            {session.data.role === 'instructor' && <span className="badge">{t(lang, 'instructor')}</span>}
            <SignOutButton label={t(lang, 'signOut')} />
          </span>
        ) : session.kind === 'status' && session.status === 401 ? (
          <Link href="/signin" data-testid="signin-link">{ta(lang, 'signIn')}</Link>
        ) : null}
        <LanguageSwitch lang={lang} label={t(lang, 'languageLabel')} />
      </div>
    </header>
  );
}
