'use client';
import { useRouter } from 'next/navigation';
import { LANGUAGE_COOKIE, LANGUAGES, type Language } from '../lib/i18n';

/** FR/EN buttons; the choice lives in the `lang` cookie for a year. */
export function LanguageSwitch({ lang, label }: { lang: Language; label: string }) {
  const router = useRouter();
  const choose = (next: Language) => {
    document.cookie = `${LANGUAGE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  };
  return (
    <div className="language-switch" role="group" aria-label={label}>
      {LANGUAGES.map((option) => (
        <button key={option} type="button" data-testid={`lang-${option}`} aria-pressed={option === lang}
          className={option === lang ? 'active' : undefined} onClick={() => choose(option)}>
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
