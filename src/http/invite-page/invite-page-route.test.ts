import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageApp, startPageApp } from '../../../test/web/page-app.js';

const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let pages: PageApp;
beforeAll(async () => {
  pages = await startPageApp();
});
afterAll(() => pages.close());

function get(url: string, headers: Record<string, string> = {}) {
  return pages.app.inject({ method: 'GET', url, headers });
}

/** The app ids of the cards in one list of the page, in order. */
function appIds(body: string, listId: string): string[] {
  const start = body.indexOf(`id="${listId}"`);
  if (start < 0) return [];
  const list = body.slice(start, body.indexOf('</ul>', start));
  return [...list.matchAll(/data-app="([a-z0-9-]+)"/g)].map((m) => m[1] ?? '');
}

describe('GET /invite?TOKEN', () => {
  it('shows the invite with page headers, Link and Accept-CH', async () => {
    const { path, invite } = await pages.invite();
    const response = await get(path, { 'user-agent': ANDROID });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain(
      "script-src 'self'",
    );
    expect(response.headers['content-security-policy']).not.toContain(
      'unsafe-inline',
    );
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers.link).toBe(
      `<xmpp:chat.example?register;preauth=${invite.token}>; rel="alternate"`,
    );
    expect(response.headers['accept-ch']).toBe(
      'Sec-CH-UA-Platform, Sec-CH-UA-Mobile',
    );
    expect(response.body).toContain('<html lang="en" dir="ltr">');
    expect(response.body).toContain('You are invited to chat on Example Chat');
    expect(response.body).toContain('<svg role="img"');
    expect(response.body).not.toMatch(/<script(?![^>]*\ssrc=)/);
    expect(response.body).not.toMatch(/\sstyle=/);
  });

  it('lists the apps of the detected platform first, the rest under "show all"', async () => {
    const { path } = await pages.invite();
    const android = (await get(path, { 'user-agent': ANDROID })).body;
    expect(appIds(android, 'apps-mine')).toEqual([
      'conversations',
      'cheogram',
      'monocles',
    ]);
    expect(appIds(android, 'apps-others')).toContain('monal');
    expect(android).toContain('<details class="more" id="apps-all">');

    const iphone = (await get(path, { 'user-agent': IPHONE })).body;
    expect(appIds(iphone, 'apps-mine')).toEqual(['monal']);

    const hinted = await get(path, {
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64)',
      'sec-ch-ua-platform': '"Windows"',
    });
    expect(appIds(hinted.body, 'apps-mine')[0]).toBe('gajim');
  });

  it('shows every app, none first, when the platform is unknown', async () => {
    const { path } = await pages.invite();
    const body = (await get(path, { 'user-agent': 'curl/8' })).body;
    expect(appIds(body, 'apps-mine')).toEqual([]);
    expect(appIds(body, 'apps-others')).toHaveLength(9);
  });

  it('names an admin inviter and a locked username', async () => {
    const { path } = await pages.invite({
      createdBy: 'boss@chat.example',
      username: 'alice',
    });
    const body = (await get(path)).body;
    expect(body).toContain('<bdi>boss@chat.example</bdi> invited you to chat');
    expect(body).toContain('<span class="jid">alice@chat.example</span>');
  });

  it('names the inviter of a contact invite and promises no contact', async () => {
    const inBand = await startPageApp({ inBand: true });
    try {
      const { path, invite } = await inBand.invite({
        kind: 'contact',
        username: 'alice',
      });
      const response = await inBand.app.inject({ url: path });
      expect(response.statusCode).toBe(200);
      const body = response.body;
      expect(body).toContain(
        '<bdi>alice@chat.example</bdi> invited you to chat on Example Chat',
      );
      expect(body).toContain('You choose your own address');
      expect(body).toContain(
        `href="xmpp:alice@chat.example?roster;preauth=${invite.token};ibr=y" id="open-in-app"`,
      );
      expect(body).toContain('create your account in a few taps');
      expect(body).not.toMatch(/contacts|would like to chat/);
    } finally {
      await inBand.close();
    }
  });

  it('offers "Open in the app" only when the backend registers in-band', async () => {
    const { path } = await pages.invite();
    expect((await get(path)).body).not.toContain('id="open-in-app"');

    const inBand = await startPageApp({ inBand: true });
    try {
      const { path: other, invite } = await inBand.invite();
      const body = (await inBand.app.inject({ url: other })).body;
      expect(body).toContain(
        `href="xmpp:chat.example?register;preauth=${invite.token}" id="open-in-app"`,
      );
    } finally {
      await inBand.close();
    }
  });

  it('answers unknown, expired, used-up and revoked invites with 404 and 410', async () => {
    expect((await get('/invite?doesnotexist1234567890')).statusCode).toBe(404);
    expect((await get('/invite')).statusCode).toBe(404);
    expect((await get('/invite?%zz')).statusCode).toBe(404);

    const revoked = await pages.invite();
    await pages.store.revokeInvite(
      'chat.example',
      revoked.invite.id,
      Date.now(),
    );
    const page = await get(revoked.path);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('This invite was cancelled');

    const used = await pages.invite();
    await pages.store.claimInvite(used.invite.token, Date.now());
    expect((await get(used.path)).body).toContain(
      'This invite has already been used',
    );
  });

  it('sends a reset invite to its form', async () => {
    const { path, invite } = await pages.invite({
      kind: 'reset',
      username: 'bob',
    });
    const response = await get(path);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/reset?t=${invite.token}`);
  });
});

describe('GET /invite/APP?TOKEN', () => {
  it('leads a web-form app through install, registration and sign-in', async () => {
    const { invite } = await pages.invite();
    const response = await get(`/invite/gajim?${invite.token}`, {
      'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
    });
    expect(response.statusCode).toBe(200);
    const body = response.body;
    expect(body).toContain('Set up Gajim');
    expect(body).toContain('data-download="microsoft-store"');
    expect(body).not.toContain('data-download="flathub"');
    expect(body).toContain(`href="/register?t=${invite.token}&amp;c=gajim"`);
    expect(body).toContain('id="step-signin"');
    expect(body).not.toContain('id="step-open"');
  });

  it('opens the invite in a preauth app when the backend allows it', async () => {
    const inBand = await startPageApp({ inBand: true });
    try {
      const { invite } = await inBand.invite();
      const body = (
        await inBand.app.inject({
          url: `/invite/conversations?${invite.token}`,
          headers: { 'user-agent': ANDROID },
        })
      ).body;
      expect(body).toContain('id="step-open"');
      // The Play Store link carries the invite to the app (install referrer).
      const uri = `xmpp:chat.example?register;preauth=${invite.token}`;
      expect(body).toContain(`&amp;referrer=${encodeURIComponent(uri)}"`);
    } finally {
      await inBand.close();
    }
  });

  it('tells iPhone users to come back, with the link to copy', async () => {
    const { invite, url } = await pages.invite();
    const body = (
      await get(`/invite/monal?${invite.token}`, { 'user-agent': IPHONE })
    ).body;
    expect(body).toContain('come back to this page');
    expect(body).toContain(`value="${url}"`);
    expect(body).toContain('data-copy="invite-link"');
    expect(body).toMatch(
      /<script src="\/static\/invite\.js\?v=[0-9a-f]+" defer>/,
    );
  });

  it('answers 404 for an app the host does not offer', async () => {
    const { invite } = await pages.invite();
    const response = await get(`/invite/nope?${invite.token}`);
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('We do not know this app');
  });
});

describe('reused drawings of the landing page', () => {
  it('differ by language and platform, and never outlive the invite', async () => {
    const { path, invite } = await pages.invite();
    const english = await get(path, { 'user-agent': ANDROID });
    const german = await get(path, {
      'user-agent': ANDROID,
      'accept-language': 'de',
    });
    const iphone = await get(path, { 'user-agent': IPHONE });
    expect(german.body).toContain('<html lang="de"');
    expect(appIds(iphone.body, 'apps-mine')).not.toEqual(
      appIds(english.body, 'apps-mine'),
    );
    expect((await get(path, { 'user-agent': ANDROID })).body).toBe(
      english.body,
    );

    await pages.store.revokeInvite(invite.host, invite.id, Date.now());
    expect((await get(path, { 'user-agent': ANDROID })).statusCode).toBe(410);
  });
});
