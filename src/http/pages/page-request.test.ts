import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageApp, startPageApp } from '../../../test/web/page-app.js';

let pages: PageApp;
beforeAll(async () => {
  pages = await startPageApp();
});
afterAll(() => pages.close());

describe('page languages', () => {
  it('follows Accept-Language and sets lang and dir', async () => {
    const { path } = await pages.invite();
    const german = await pages.app.inject({
      url: path,
      headers: { 'accept-language': 'de-AT,de;q=0.9,en;q=0.5' },
    });
    expect(german.body).toContain('<html lang="de" dir="ltr">');
    expect(german.headers.vary).toContain('Accept-Language');

    const persian = await pages.app.inject({
      url: path,
      headers: { 'accept-language': 'fa' },
    });
    expect(persian.body).toContain('<html lang="fa" dir="rtl">');
  });

  it('remembers the picker choice in a cookie and links every language', async () => {
    const { path, invite } = await pages.invite();
    const chosen = await pages.app.inject({ url: `${path}&lang=pl` });
    expect(chosen.body).toContain('<html lang="pl"');
    const cookie = String(chosen.headers['set-cookie']);
    expect(cookie).toMatch(/^lang=pl; Path=\/; SameSite=Lax; Max-Age=31536000/);
    expect(chosen.body).toContain(`href="/invite?${invite.token}&amp;lang=fa"`);

    const later = await pages.app.inject({
      url: path,
      headers: { cookie: 'lang=pl', 'accept-language': 'de' },
    });
    expect(later.body).toContain('<html lang="pl"');
  });
});
