import { describe, expect, it } from 'vitest';
import { appMessages } from '../apps/app-links.js';
import { BUILTIN_APPS } from '../apps/builtin-apps.js';
import { CATALOGS } from './catalogs.js';
import { LOCALES } from './locales.js';
import { en } from './messages/en.js';

/** The placeholders a text uses, each once: a translation may repeat one. */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1]))].sort();

describe('message catalogs', () => {
  it('has one catalog per locale', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual(
      LOCALES.map((l) => l.code).sort(),
    );
  });

  it.each(LOCALES.map((l) => l.code))(
    '%s has every English key, no other, with the same placeholders',
    (code) => {
      const catalog: Record<string, string> = CATALOGS[code];
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      for (const [key, english] of Object.entries(en)) {
        const text = catalog[key] ?? '';
        expect(text.trim(), `${code} ${key}`).not.toBe('');
        expect(placeholders(text), `${code} ${key}`).toEqual(
          placeholders(english),
        );
      }
    },
  );

  it('is translated: no catalog but English repeats most English texts', () => {
    for (const { code } of LOCALES) {
      if (code === 'en') continue;
      const catalog: Record<string, string> = CATALOGS[code];
      const same = Object.entries(en).filter(
        ([key, text]) => catalog[key] === text,
      );
      // Store names and a few proper nouns stay as they are.
      expect(same.length, code).toBeLessThan(12);
    }
  });

  it('holds the app catalog texts in English as the apps define them', () => {
    const fromApps = appMessages(BUILTIN_APPS);
    const catalog: Record<string, string> = en;
    for (const [key, text] of Object.entries(fromApps)) {
      expect(catalog[key], key).toBe(text);
    }
  });
});
