import { describe, expect, it } from 'vitest';
import { appOverrideSchema } from './apps-config.js';
import { BUILTIN_APPS } from './builtin-apps.js';

describe('BUILTIN_APPS', () => {
  it('has unique ids and at least one app per device platform', () => {
    const ids = BUILTIN_APPS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const platform of ['android', 'ios', 'macos', 'windows', 'linux']) {
      const apps = BUILTIN_APPS.filter((a) =>
        a.platforms.some((p) => p === platform),
      );
      expect(apps.length, platform).toBeGreaterThan(0);
    }
  });

  it('passes the same checks as an operator-written entry', () => {
    for (const app of BUILTIN_APPS) {
      const asConfig = {
        id: app.id,
        name: app.name,
        description: app.description,
        platforms: app.platforms,
        homepage: app.homepage,
        supports_preauth: app.supportsPreauth,
        magic_link: app.magicLink,
        downloads: app.downloads,
        setup: app.setup.map((s) => s.text),
        rank: app.rank,
      };
      expect(
        appOverrideSchema.safeParse(asConfig).error,
        app.id,
      ).toBeUndefined();
    }
  });

  it('ships no logo, so pages load no image from a third party', () => {
    for (const app of BUILTIN_APPS) expect(app.logo, app.id).toBeUndefined();
  });

  it('gives every app sign-in steps with translatable keys', () => {
    for (const app of BUILTIN_APPS) {
      expect(app.setup.length, app.id).toBeGreaterThan(0);
      expect(app.descriptionKey).toBe(`app.${app.id}.description`);
      for (const step of app.setup) {
        expect(step.key).toMatch(new RegExp(`^app\\.${app.id}\\.setup\\.\\d$`));
        // Only the placeholders the pages fill in.
        const holes = step.text.match(/\{[^}]*\}/g) ?? [];
        for (const hole of holes) expect(['{jid}', '{host}']).toContain(hole);
      }
    }
  });

  it('gives a magic link only to apps with a Google Play button', () => {
    for (const app of BUILTIN_APPS.filter((a) => a.magicLink)) {
      expect(app.downloads.some((d) => d.kind === 'google-play')).toBe(true);
      expect(app.supportsPreauth).toBe(true);
    }
  });
});
