import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageApp, startPageApp } from '../../../test/web/page-app.js';

let pages: PageApp;
beforeAll(async () => {
  pages = await startPageApp({
    hostYaml: `    accent_color: '#ffcc00'
    logo_url: https://static.chat.example/logo.svg
    stylesheet_url: /custom/site.css
`,
  });
});
afterAll(() => pages.close());

describe('static files', () => {
  it('serves the stylesheet and script with a long cache and nosniff', async () => {
    for (const [url, type] of [
      ['/static/style.css', 'text/css; charset=utf-8'],
      ['/static/invite.js', 'text/javascript; charset=utf-8'],
    ]) {
      const response = await pages.app.inject({ url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(type);
      expect(response.headers['cache-control']).toBe(
        'public, max-age=31536000, immutable',
      );
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it("darkens a light accent for text on the host's brand stylesheet", async () => {
    const response = await pages.app.inject({
      url: '/static/brand/chat.example.css',
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('--accent: #ffcc00;');
    expect(response.body).toContain('--on-accent: #000000;');
    expect(response.body).not.toContain('--accent-text: #ffcc00;');
    expect(
      (await pages.app.inject({ url: '/static/brand/other.example.css' }))
        .statusCode,
    ).toBe(404);
  });

  it("allows exactly the operator's logo origin in the page policy", async () => {
    const { path } = await pages.invite();
    const page = await pages.app.inject({ url: path });
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("img-src 'self' data: https://static.chat.example;");
    expect(csp).toContain("style-src 'self';");
    expect(page.body).toContain(
      '<img class="site-logo" src="https://static.chat.example/logo.svg" alt="">',
    );
    expect(page.body).toContain(
      '<link rel="stylesheet" href="/custom/site.css">',
    );
  });
});
