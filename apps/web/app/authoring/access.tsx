import Link from 'next/link';
import type { ReactNode } from 'react';
import { ApiUnreachable } from '../../components/api-unreachable';
import { ta } from '../../lib/accounts-i18n';
import type { Session } from '../../lib/api-types';
import { tAuthoring } from '../../lib/authoring-i18n';
import type { Language } from '../../lib/i18n';
import type { ApiRead } from '../../lib/server-api';

/** True when the session may author exercises (role 'instructor' already covers admins; isAdmin is belt and braces). */
export const mayAuthor = (session: Session) => session.role === 'instructor' || session.isAdmin;

/**
 * What an authoring page shows instead of its content when the visitor may not author:
 * a sign-in link, the reason, or the API being down; null when they may.
 */
export function AccessNotice({ lang, session, next }: { lang: Language; session: ApiRead<Session>; next: string }): ReactNode {
  if (session.kind === 'unreachable') return <ApiUnreachable lang={lang} />;
  if (session.kind === 'status') {
    if (session.status !== 401) return <p className="form-error" role="alert">{session.message}</p>;
    return (
      <div className="notice notice-warning" data-testid="authoring-signin">
        <p>{tAuthoring(lang, 'signInFirst')} <Link href={`/signin?next=${encodeURIComponent(next)}`} data-testid="signin-link-page">{ta(lang, 'signIn')}</Link></p>
      </div>
    );
  }
  if (!mayAuthor(session.data)) {
    return <div className="notice notice-warning" role="alert" data-testid="authoring-forbidden">{tAuthoring(lang, 'instructorsOnly')}</div>;
  }
  return null;
}
