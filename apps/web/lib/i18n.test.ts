import { expect, it } from 'vitest';
import { messages, parseLanguage, pick, t } from './i18n';

it('has every interface string in both languages', () => {
  const missing = Object.entries(messages).filter(([, text]) => !text.fr.trim() || !text.en.trim()).map(([key]) => key);
  expect(missing).toEqual([]);
});

it('defaults to French and reads the lang cookie', () => {
  expect(parseLanguage(undefined)).toBe('fr');
  expect(parseLanguage('de')).toBe('fr');
  expect(parseLanguage('en')).toBe('en');
  expect(t('fr', 'run')).toBe('Exécuter');
  expect(t('en', 'submit')).toBe('Submit');
  expect(pick({ fr: 'Réussi', en: '' }, 'en')).toBe('Réussi');
});
