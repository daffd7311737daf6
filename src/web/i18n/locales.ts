/**
 * The languages the pages speak. Besides English, nine that are common in
 * the XMPP community, Persian among them: XMPP is widely used in Iran, and
 * it makes the pages prove themselves right to left.
 */
export const LOCALES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'it', name: 'Italiano', dir: 'ltr' },
  { code: 'pt-BR', name: 'Português (Brasil)', dir: 'ltr' },
  { code: 'nl', name: 'Nederlands', dir: 'ltr' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];
export type LocaleInfo = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: LocaleCode = 'en';

const BY_LOWER_CODE = new Map<string, LocaleInfo>(
  LOCALES.map((locale) => [locale.code.toLowerCase(), locale]),
);

/** The locale with exactly this code, in any letter case. */
export function findLocale(code: string): LocaleInfo | undefined {
  return BY_LOWER_CODE.get(code.trim().toLowerCase());
}

export function localeInfo(code: LocaleCode): LocaleInfo {
  return findLocale(code) as LocaleInfo;
}
