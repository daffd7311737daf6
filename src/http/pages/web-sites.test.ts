import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageApp, startPageApp } from '../../../test/web/page-app.js';

/** A site served by a proxy under a path, `https://chat.example/join/`. */
let pages: PageApp;
beforeAll(async () => {
  pages = await startPageApp({ baseUrl: 'https://chat.example/join' });
});
afterAll(() => pages.close());

describe('a site under a path prefix', () => {
  it("links the error page's stylesheet through the prefix", async () => {
    const response = await pages.app.inject({
      url: '/no/such/page',
      headers: { accept: 'text/html', host: 'chat.example' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toMatch(
      /<link rel="stylesheet" href="\/join\/static\/style\.css\?v=[0-9a-f]{12}">/,
    );

    const css = await pages.app.inject({ url: '/static/style.css' });
    expect(css.statusCode).toBe(200);
  });

  it('links the pages and their stylesheets through the prefix', async () => {
    const { path, invite } = await pages.invite();
    const body = (await pages.app.inject({ url: path })).body;
    expect(body).toMatch(/href="\/join\/static\/style\.css\?v=/);
    expect(body).toMatch(/href="\/join\/static\/brand\/chat\.example\.css\?v=/);
    expect(body).toContain(`href="/join/register?t=${invite.token}"`);
  });
});
