import { describe, expect, it } from 'vitest';
import { negotiateLocale, preferredTags } from './negotiate-locale.js';
import { createTranslator } from './translator.js';

describe('negotiateLocale', () => {
  it.each([
    ['de-DE,de;q=0.9,en;q=0.8', 'de'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT,pt;q=0.9', 'pt-BR'],
    ['fa-IR', 'fa'],
    ['ja,fr;q=0.5', 'fr'],
    ['ja, zh', 'en'],
    ['en;q=0.1, ru;q=0.8', 'ru'],
    ['de;q=0, nl', 'nl'],
    ['*', 'en'],
    ['', 'en'],
    ['garbage;;;,==', 'en'],
  ])('Accept-Language %j gives %s', (header, locale) => {
    expect(negotiateLocale({ acceptLanguage: header })).toBe(locale);
  });

  it('puts the picker choice over the cookie over the browser', () => {
    const acceptLanguage = 'de';
    expect(negotiateLocale({ acceptLanguage, cookie: 'fr' })).toBe('fr');
    expect(negotiateLocale({ acceptLanguage, cookie: 'fr', query: 'pl' })).toBe(
      'pl',
    );
    expect(negotiateLocale({ acceptLanguage, cookie: 'xx' })).toBe('de');
  });

  it('orders tags by weight, then by order', () => {
    expect(preferredTags('a;q=0.5, b, c;q=0.5, d;q=1')).toEqual([
      'b',
      'd',
      'a',
      'c',
    ]);
  });
});

describe('createTranslator', () => {
  it('fills placeholders and escapes them in markup', () => {
    const t = createTranslator('en');
    expect(t.t('invite.address.locked', { jid: 'a@b' })).toBe(
      'Your address will be a@b.',
    );
    expect(t.tHtml('invite.address.locked', { jid: '<b>' }).value).toBe(
      'Your address will be &lt;b&gt;.',
    );
  });

  it('writes dates in the language, right to left where it is', () => {
    const moment = Date.UTC(2026, 11, 24, 18, 30);
    expect(createTranslator('de').date(moment)).toContain('24. Dezember 2026');
    const fa = createTranslator('fa');
    expect(fa.dir).toBe('rtl');
    expect(fa.date(moment)).toMatch(/[۰-۹]/);
  });
});
