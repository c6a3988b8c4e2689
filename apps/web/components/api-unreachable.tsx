import { t, type Language } from '../lib/i18n';

/** Shown instead of a page's content when the API does not answer. */
export function ApiUnreachable({ lang }: { lang: Language }) {
  return (
    <div className="notice notice-error" role="alert" data-testid="api-unreachable">
      <strong>{t(lang, 'apiUnreachable')}</strong>
      <p>{t(lang, 'apiUnreachableHint')}</p>
    </div>
  );
}
