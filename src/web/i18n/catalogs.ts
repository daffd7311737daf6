import type { LocaleCode } from './locales.js';
import type { Catalog } from './messages/en.js';
import { en } from './messages/en.js';

/** Every language's messages; each typed against English's keys. */
export const CATALOGS: Readonly<Record<LocaleCode, Catalog>> = {
  en,
  de: en,
  fr: en,
  es: en,
  it: en,
  'pt-BR': en,
  nl: en,
  pl: en,
  ru: en,
  fa: en,
};
