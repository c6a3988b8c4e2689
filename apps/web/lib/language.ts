import { cookies } from 'next/headers';
import { LANGUAGE_COOKIE, parseLanguage, type Language } from './i18n';

/** The language chosen by the `lang` cookie (French by default), for server components. */
export async function currentLanguage(): Promise<Language> {
  return parseLanguage((await cookies()).get(LANGUAGE_COOKIE)?.value);
}
