import { escapeHtml, html, raw, type SafeHtml } from '../html.js';
import { CATALOGS } from './catalogs.js';
import { type LocaleCode, localeInfo } from './locales.js';
import type { MessageKey } from './messages/en.js';

type Params = Record<string, string | number>;
type HtmlParams = Record<string, string | number | SafeHtml>;

/** A text that may have a translation: app texts, operators' texts. */
export interface Translatable {
  text: string;
  key?: string | undefined;
}

/** Everything a page needs to speak one language. */
export interface Translator {
  locale: LocaleCode;
  dir: 'ltr' | 'rtl';
  /** The message with its placeholders filled in, as plain text. */
  t(key: MessageKey, params?: Params): string;
  /**
   * The message as markup: its own text escaped, each placeholder filled
   * with a value that is escaped too unless it is already `html`.
   */
  tHtml(key: MessageKey, params: HtmlParams): SafeHtml;
  /** A catalog text by its key when this language has it, else as given. */
  text(item: Translatable, params?: Params): string;
  /** A moment, long date and time, in UTC: the server knows no time zone. */
  date(ms: number): string;
  /** "a, b and c" in this language. */
  list(items: readonly string[]): string;
}

const PLACEHOLDER = /\{([a-z]+)\}/g;

const translators = new Map<LocaleCode, Translator>();

/**
 * The translator of a language, made once: building the Intl formatters
 * costs more than rendering a whole page with them.
 */
export function createTranslator(locale: LocaleCode): Translator {
  let translator = translators.get(locale);
  if (!translator) {
    translator = buildTranslator(locale);
    translators.set(locale, translator);
  }
  return translator;
}

function buildTranslator(locale: LocaleCode): Translator {
  const catalog: Readonly<Record<string, string>> = CATALOGS[locale];
  const { dir } = localeInfo(locale);
  const dates = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });

  const fill = (message: string, params: Params = {}) =>
    message.replace(PLACEHOLDER, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );

  return {
    locale,
    dir,
    t: (key, params) => fill(catalog[key] ?? key, params),
    tHtml(key, params) {
      const message = escapeHtml(catalog[key] ?? key);
      return raw(
        message.replace(PLACEHOLDER, (whole, name: string) => {
          const value = params[name];
          return value === undefined ? whole : html`${value}`.value;
        }),
      );
    },
    text(item, params) {
      const message = (item.key && catalog[item.key]) || item.text;
      return fill(message, params);
    },
    date: (ms) => dates.format(new Date(ms)),
    list: (items) => lists.format(items),
  };
}
