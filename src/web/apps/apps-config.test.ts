import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  appOverrideSchema,
  appsConfigSchema,
  appsConfigShape,
  validateAppsConfig,
} from './apps-config.js';

const BUILTIN_IDS = ['conversations', 'monal', 'gajim'];

const newApp = {
  id: 'house-chat',
  name: 'House Chat',
  description: 'Our own app.',
  platforms: ['android'],
  homepage: 'https://chat.example/',
  downloads: [{ kind: 'website', url: 'https://chat.example/get' }],
};

function issues(input: unknown): string[] {
  const parsed = appsConfigSchema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('appsConfigSchema', () => {
  it('accepts a full host setting', () => {
    const input = {
      apps: [
        newApp,
        {
          id: 'conversations',
          logo: '/static/conversations.svg',
          rank: { android: 2 },
          magic_link:
            'https://play.google.com/store/apps/details?id=x&referrer={uri_encoded}',
          setup: ['Open it.', 'Sign in as {jid}.'],
        },
      ],
      apps_show: ['house-chat', 'conversations'],
      apps_hide: ['gajim'],
    };
    expect(issues(input)).toEqual([]);
  });

  it('refuses plain http, other schemes and protocol-relative links', () => {
    for (const url of [
      'http://chat.example/',
      'javascript:alert(1)',
      '//evil.example/x',
      'chat.example',
    ]) {
      const result = appOverrideSchema.safeParse({ id: 'a', homepage: url });
      expect(result.success, url).toBe(false);
    }
  });

  it('requires {uri_encoded} in a magic link', () => {
    const result = appOverrideSchema.safeParse({
      id: 'conversations',
      magic_link: 'https://play.google.com/store/apps/details?id=x',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/\{uri_encoded\}/);
  });

  it('refuses malformed ids, unknown platforms, kinds and keys', () => {
    expect(issues({ apps_show: ['Conversations'] })[0]).toMatch(/lowercase/);
    expect(issues({ apps_show: [] })).toHaveLength(1);
    expect(
      issues({ apps: [{ id: 'a', platforms: ['symbian'] }] }),
    ).toHaveLength(1);
    expect(
      issues({ apps: [{ id: 'a', downloads: [{ kind: 'ovi', url: '/x' }] }] }),
    ).toHaveLength(1);
    expect(issues({ apps: [{ id: 'a', colour: 'red' }] })).toHaveLength(1);
    expect(issues({ apps: [{ id: 'a', rank: { android: 0 } }] })).toHaveLength(
      1,
    );
  });

  it('spreads into a host schema', () => {
    const host = z.strictObject({ base_url: z.string(), ...appsConfigShape });
    const parsed = host.parse({ base_url: 'x', apps_hide: ['monal'] });
    expect(parsed.apps_hide).toEqual(['monal']);
  });
});

describe('validateAppsConfig', () => {
  it('finds nothing wrong with sound settings', () => {
    const options = appsConfigSchema.parse({
      apps: [newApp, { id: 'monal', name: 'Monal IM' }],
      apps_show: ['house-chat', 'monal'],
      apps_hide: ['gajim'],
    });
    expect(validateAppsConfig(options, BUILTIN_IDS, 'hosts.a.b')).toEqual([]);
  });

  it('reports unknown ids in apps_show and apps_hide with the known ones', () => {
    const problems = validateAppsConfig(
      { apps_show: ['conversation'], apps_hide: ['siskin'] },
      BUILTIN_IDS,
      'hosts.example.com',
    );
    expect(problems).toEqual([
      'hosts.example.com.apps_show: unknown app "conversation": use one of conversations, monal, gajim, or add it under apps',
      'hosts.example.com.apps_hide: unknown app "siskin": use one of conversations, monal, gajim, or add it under apps',
    ]);
  });

  it('names apps the host added, and each app once, in the hint', () => {
    const options = appsConfigSchema.parse({
      apps: [newApp, { id: 'monal', name: 'Monal IM' }],
      apps_hide: ['gajm'],
    });
    expect(validateAppsConfig(options, BUILTIN_IDS)).toEqual([
      'apps_hide: unknown app "gajm": use one of conversations, monal, gajim, house-chat, or add it under apps',
    ]);
  });

  it('reports a new app missing the fields it needs', () => {
    const problems = validateAppsConfig(
      { apps: [{ id: 'conversation', name: 'Typo' }] },
      BUILTIN_IDS,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(
      'apps.0: "conversation" is not a built-in app, so it needs description, platforms, homepage, downloads',
    );
    expect(problems[0]).toContain('use a built-in id (conversations, monal');
  });

  it('reports an app listed twice', () => {
    const problems = validateAppsConfig(
      { apps: [{ id: 'monal' }, { id: 'monal', name: 'M' }] },
      BUILTIN_IDS,
    );
    expect(problems).toEqual([
      'apps.1: "monal" is listed twice: merge the two entries into one',
    ]);
  });

  it('reports an app both shown and hidden', () => {
    const problems = validateAppsConfig(
      { apps_show: ['monal', 'gajim'], apps_hide: ['monal'] },
      BUILTIN_IDS,
    );
    expect(problems).toEqual([
      'apps_show: "monal" is also in apps_hide: remove it from one of the two lists',
    ]);
  });

  it('reports hiding every app', () => {
    const problems = validateAppsConfig(
      { apps_hide: ['conversations', 'monal', 'gajim'] },
      BUILTIN_IDS,
      'hosts.x',
    );
    expect(problems).toEqual([
      'hosts.x.apps_hide: every app is hidden, so invite pages would recommend none: hide fewer apps',
    ]);
  });
});
