import type { LocaleCode } from './locales.js';
import { de } from './messages/de.js';
import { type Catalog, en } from './messages/en.js';
import { es } from './messages/es.js';
import { fa } from './messages/fa.js';
import { fr } from './messages/fr.js';
import { it } from './messages/it.js';
import { nl } from './messages/nl.js';
import { pl } from './messages/pl.js';
import { ptBR } from './messages/pt-br.js';
import { ru } from './messages/ru.js';

/** Every language's messages; each typed against English's keys. */
export const CATALOGS: Readonly<Record<LocaleCode, Catalog>> = {
  en,
  de,
  fr,
  es,
  it,
  'pt-BR': ptBR,
  nl,
  pl,
  ru,
  fa,
};
