import { describe, expect, it } from 'vitest';
import type { AppEntry } from './app-entry.js';
import {
  appMessages,
  DOWNLOAD_LABELS,
  downloadsFor,
  loginLinkFor,
  magicLinkFor,
} from './app-links.js';
import { BUILTIN_APPS } from './builtin-apps.js';

const INVITE_URI = 'xmpp:example.com?register;preauth=Tok3n-_x';

function builtin(id: string): AppEntry {
  const found = BUILTIN_APPS.find((a) => a.id === id);
  if (!found) throw new Error(`no built-in app ${id}`);
  return found;
}

describe('magicLinkFor', () => {
  it('puts the percent-encoded invite URI in the Play referrer', () => {
    const link = magicLinkFor(builtin('conversations'), INVITE_URI) as string;
    expect(link).toBe(
      'https://play.google.com/store/apps/details?id=eu.siacs.conversations&referrer=xmpp%3Aexample.com%3Fregister%3Bpreauth%3DTok3n-_x',
    );
    // The store hands the app the decoded referrer: the invite URI itself.
    expect(new URL(link).searchParams.get('referrer')).toBe(INVITE_URI);
  });

  it('gives nothing for an app without a magic link', () => {
    expect(magicLinkFor(builtin('monal'), INVITE_URI)).toBeUndefined();
  });
});

describe('loginLinkFor', () => {
  it('fills in the encoded address', () => {
    const app = {
      ...builtin('movim'),
      loginLink: 'https://m.example/?j={jid}',
    };
    expect(loginLinkFor(app, 'anna+x@example.com')).toBe(
      'https://m.example/?j=anna%2Bx%40example.com',
    );
    expect(loginLinkFor(builtin('movim'), 'a@example.com')).toBeUndefined();
  });
});

describe('downloadsFor', () => {
  it('keeps the buttons made for the platform and those for any', () => {
    const gajim = builtin('gajim');
    expect(downloadsFor(gajim, 'windows').map((d) => d.kind)).toEqual([
      'microsoft-store',
      'website',
    ]);
    expect(downloadsFor(gajim, 'linux').map((d) => d.kind)).toEqual([
      'flathub',
      'website',
    ]);
  });

  it('shows every button when the platform is unknown or none fits', () => {
    const monal = builtin('monal');
    expect(downloadsFor(monal, 'unknown')).toHaveLength(2);
    expect(downloadsFor(monal, 'windows')).toHaveLength(2);
    expect(downloadsFor(monal, 'ios').map((d) => d.url)).toEqual([
      'https://apps.apple.com/app/id317711500',
    ]);
  });

  it('turns the Google Play button into the magic link for an invite', () => {
    const app = builtin('conversations');
    const [play, fdroid] = downloadsFor(app, 'android', INVITE_URI);
    expect(play?.url).toBe(magicLinkFor(app, INVITE_URI));
    expect(fdroid?.url).toBe(
      'https://f-droid.org/packages/eu.siacs.conversations/',
    );
    expect(downloadsFor(app, 'android')[0]?.url).toBe(
      'https://play.google.com/store/apps/details?id=eu.siacs.conversations',
    );
  });
});

describe('appMessages', () => {
  it('lists the English text of every key the apps use', () => {
    const messages = appMessages(BUILTIN_APPS);
    expect(messages['app.conversations.description']).toBe(
      builtin('conversations').description,
    );
    expect(messages['app.monal.setup.2']).toContain('{jid}');
    expect(messages['app.download.f-droid']).toBe(
      DOWNLOAD_LABELS['f-droid'].text,
    );
  });
});
