import { describe, expect, it } from 'vitest';
import { createAppCatalog } from './app-catalog.js';
import type { AppEntry } from './app-entry.js';
import type { AppsHostOptions } from './apps-config.js';
import { BUILTIN_APPS } from './builtin-apps.js';

function app(id: string, fields: Partial<AppEntry> = {}): AppEntry {
  return {
    id,
    name: id.toUpperCase(),
    description: `${id} app`,
    descriptionKey: `app.${id}.description`,
    platforms: ['android'],
    homepage: `https://${id}.example/`,
    supportsPreauth: false,
    downloads: [{ kind: 'website', url: `https://${id}.example/get` }],
    setup: [{ text: 'Sign in as {jid}.', key: `app.${id}.setup.1` }],
    ...fields,
  };
}

const BUILTIN: AppEntry[] = [
  app('alpha', { rank: { android: 2 } }),
  app('beta', { rank: { android: 1 } }),
  app('gamma'),
  app('delta', { platforms: ['ios', 'macos'], rank: { ios: 1 } }),
  app('web1', { platforms: ['web'] }),
];

const ids = (apps: readonly AppEntry[]) => apps.map((a) => a.id);

describe('createAppCatalog without host settings', () => {
  const catalog = createAppCatalog(BUILTIN);

  it('recommends the platform apps by rank, unranked after in catalog order', () => {
    const { recommended, others } = catalog.forPlatform('android');
    expect(ids(recommended)).toEqual(['beta', 'alpha', 'gamma']);
    expect(ids(others)).toEqual(['delta', 'web1']);
  });

  it('puts every app among the others when the platform is unknown', () => {
    const { recommended, others } = catalog.forPlatform('unknown');
    expect(recommended).toEqual([]);
    expect(ids(others)).toEqual(ids(BUILTIN));
  });

  it('recommends nothing on a platform no app runs on', () => {
    expect(catalog.forPlatform('windows').recommended).toEqual([]);
    expect(catalog.forPlatform('windows').others).toHaveLength(5);
  });

  it('finds apps by id and lists them all in catalog order', () => {
    expect(catalog.get('delta')?.name).toBe('DELTA');
    expect(catalog.get('nope')).toBeUndefined();
    expect(ids(catalog.all())).toEqual(ids(BUILTIN));
  });

  it('hands out frozen copies, never the built-in objects', () => {
    const alpha = catalog.get('alpha') as AppEntry;
    expect(Object.isFrozen(alpha)).toBe(true);
    expect(Object.isFrozen(alpha.downloads[0])).toBe(true);
    expect(alpha).not.toBe(BUILTIN[0]);
    expect(alpha).toEqual(BUILTIN[0]);
  });
});

describe('createAppCatalog with a host override', () => {
  it('replaces only the fields given, and drops keys of replaced text', () => {
    const catalog = createAppCatalog(BUILTIN, {
      apps: [
        {
          id: 'alpha',
          description: 'Our favourite.',
          setup: ['Tap Login.', 'Type {jid}.'],
          logo: '/static/alpha.svg',
          supports_preauth: true,
        },
      ],
    });
    const alpha = catalog.get('alpha') as AppEntry;
    expect(alpha.name).toBe('ALPHA');
    expect(alpha.homepage).toBe('https://alpha.example/');
    expect(alpha.description).toBe('Our favourite.');
    expect(alpha.descriptionKey).toBeUndefined();
    expect(alpha.setup).toEqual([
      { text: 'Tap Login.' },
      { text: 'Type {jid}.' },
    ]);
    expect(alpha.logo).toBe('/static/alpha.svg');
    expect(alpha.supportsPreauth).toBe(true);
    expect(BUILTIN[0]?.supportsPreauth).toBe(false);
  });

  it('keeps the message keys of text the host did not change', () => {
    const catalog = createAppCatalog(BUILTIN, {
      apps: [{ id: 'alpha', name: 'Alpha Chat' }],
    });
    expect(catalog.get('alpha')?.descriptionKey).toBe('app.alpha.description');
    expect(catalog.get('alpha')?.setup[0]?.key).toBe('app.alpha.setup.1');
  });

  it('replaces lists and ranks whole instead of merging them', () => {
    const catalog = createAppCatalog(BUILTIN, {
      apps: [
        {
          id: 'alpha',
          downloads: [{ kind: 'f-droid', url: 'https://f-droid.example/a' }],
          rank: { android: 1, linux: 1 },
          platforms: ['android', 'linux'],
        },
        { id: 'beta', rank: { android: 5 } },
      ],
    });
    expect(catalog.get('alpha')?.downloads).toEqual([
      { kind: 'f-droid', url: 'https://f-droid.example/a' },
    ]);
    expect(ids(catalog.forPlatform('android').recommended)).toEqual([
      'alpha',
      'beta',
      'gamma',
    ]);
    expect(ids(catalog.forPlatform('linux').recommended)).toEqual(['alpha']);
  });

  it('adds a new app after the built-in ones', () => {
    const catalog = createAppCatalog(BUILTIN, {
      apps: [
        {
          id: 'house-chat',
          name: 'House Chat',
          description: 'The app our club built.',
          platforms: ['android', 'ios'],
          homepage: 'https://chat.club.example/',
          downloads: [{ kind: 'website', url: '/files/house-chat.apk' }],
          rank: { android: 1 },
          magic_link: 'https://store.example/x?ref={uri_encoded}',
        },
      ],
    });
    const added = catalog.get('house-chat') as AppEntry;
    expect(added.supportsPreauth).toBe(false);
    expect(added.setup).toEqual([]);
    expect(added.magicLink).toBe('https://store.example/x?ref={uri_encoded}');
    expect(ids(catalog.all()).at(-1)).toBe('house-chat');
    // Rank 1 ties with beta's: a tie keeps catalog order.
    expect(ids(catalog.forPlatform('android').recommended)).toEqual([
      'beta',
      'house-chat',
      'alpha',
      'gamma',
    ]);
    expect(ids(catalog.forPlatform('ios').recommended)).toEqual([
      'delta',
      'house-chat',
    ]);
  });
});

describe('createAppCatalog with apps_show and apps_hide', () => {
  it('hides apps everywhere', () => {
    const catalog = createAppCatalog(BUILTIN, { apps_hide: ['beta', 'web1'] });
    expect(catalog.get('beta')).toBeUndefined();
    expect(ids(catalog.all())).toEqual(['alpha', 'gamma', 'delta']);
    expect(ids(catalog.forPlatform('android').recommended)).toEqual([
      'alpha',
      'gamma',
    ]);
    expect(ids(catalog.forPlatform('android').others)).toEqual(['delta']);
  });

  it('shows only the listed apps, in the listed order, over rank', () => {
    const catalog = createAppCatalog(BUILTIN, {
      apps_show: ['gamma', 'delta', 'alpha'],
    });
    expect(ids(catalog.all())).toEqual(['gamma', 'delta', 'alpha']);
    expect(catalog.get('beta')).toBeUndefined();
    expect(ids(catalog.forPlatform('android').recommended)).toEqual([
      'gamma',
      'alpha',
    ]);
    expect(ids(catalog.forPlatform('android').others)).toEqual(['delta']);
  });

  it('may show an app the host added', () => {
    const options: AppsHostOptions = {
      apps: [
        {
          id: 'ours',
          name: 'Ours',
          description: 'Ours.',
          platforms: ['web'],
          homepage: 'https://ours.example/',
          downloads: [{ kind: 'web', url: 'https://ours.example/chat' }],
          login_link: 'https://ours.example/chat#login={jid}',
        },
      ],
      apps_show: ['ours', 'beta'],
    };
    const catalog = createAppCatalog(BUILTIN, options);
    expect(ids(catalog.all())).toEqual(['ours', 'beta']);
    expect(catalog.get('ours')?.loginLink).toBe(
      'https://ours.example/chat#login={jid}',
    );
  });

  it('throws on settings that validation would have refused', () => {
    expect(() => createAppCatalog(BUILTIN, { apps_hide: ['nope'] })).toThrow(
      /unknown app "nope"/,
    );
    expect(() => createAppCatalog([app('a'), app('a')])).toThrow(/duplicate/);
  });
});

describe('the built-in catalog', () => {
  const catalog = createAppCatalog(BUILTIN_APPS);

  it.each([
    ['android', ['conversations', 'cheogram', 'monocles']],
    ['ios', ['monal']],
    ['macos', ['monal']],
    ['windows', ['gajim']],
    ['linux', ['dino', 'gajim', 'kaidan']],
    ['web', ['movim', 'conversejs']],
  ] as const)('recommends on %s: %j', (platform, expected) => {
    expect(ids(catalog.forPlatform(platform).recommended)).toEqual(expected);
  });

  it('offers the other apps on every platform', () => {
    const { recommended, others } = catalog.forPlatform('ios');
    expect(recommended.length + others.length).toBe(BUILTIN_APPS.length);
  });
});
