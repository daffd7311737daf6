import {
  DEFAULT_LOCALE,
  findLocale,
  LOCALES,
  type LocaleCode,
} from './locales.js';

export interface LocaleSources {
  /** `?lang=` on the page URL: a choice made in the picker just now. */
  query?: string | undefined;
  /** The `lang` cookie: a choice made in the picker before. */
  cookie?: string | undefined;
  /** The `Accept-Language` header. */
  acceptLanguage?: string | undefined;
}

/**
 * The language of a page: the person's explicit choice first, then the
 * browser's preferences (RFC 9110, section 12.5.4), then English.
 */
export function negotiateLocale(sources: LocaleSources): LocaleCode {
  for (const chosen of [sources.query, sources.cookie]) {
    const locale = chosen ? findLocale(chosen) : undefined;
    if (locale) return locale.code;
  }
  for (const tag of preferredTags(sources.acceptLanguage ?? '')) {
    const locale = matchTag(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/** Language tags by falling weight; `q=0` means "not this one". */
export function preferredTags(header: string): string[] {
  const weighted: Array<{ tag: string; q: number; order: number }> = [];
  header.split(',').forEach((part, order) => {
    const [rawTag = '', ...params] = part.trim().split(';');
    const tag = rawTag.trim();
    if (!/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return;

    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([01](\.\d{0,3})?)\s*$/.exec(param);
      if (match) q = Number(match[1]);
    }
    if (q > 0) weighted.push({ tag, q, order });
  });
  weighted.sort((a, b) => b.q - a.q || a.order - b.order);
  return weighted.map((w) => w.tag);
}

/**
 * `pt-BR` matches exactly; `de-AT` falls back to `de`; a bare `pt` (or
 * `pt-PT`) takes the one Portuguese we have rather than English.
 */
function matchTag(tag: string): LocaleCode | undefined {
  const exact = findLocale(tag);
  if (exact) return exact.code;

  const language = tag.split('-')[0]?.toLowerCase() ?? '';
  const sameLanguage = LOCALES.find(
    (locale) => locale.code.split('-')[0]?.toLowerCase() === language,
  );
  return sameLanguage?.code;
}
