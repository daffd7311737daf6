import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  PROGRAM,
  type ServiceProcess,
  Workspace,
} from '../support/service-process.js';

/**
 * The stylesheet and the script are files in src/web/static/, which
 * `npm run build` copies beside the compiled modules: the built program,
 * as an operator runs it, must serve them as they are.
 */
const workspace = new Workspace();
let service: ServiceProcess;

beforeAll(async () => {
  if (!existsSync(PROGRAM)) {
    throw new Error(`${PROGRAM} is missing: run "npm run build" first`);
  }
  const port = await freePort();
  workspace.writeConfig(`listen: 127.0.0.1:${port}
database: sqlite:./data/xmpp-invites.db
hosts:
  example.com:
    base_url: https://example.com/join
`);
  service = await workspace.serve(port);
});
afterAll(async () => {
  await service?.stop();
  workspace.remove();
});

const source = (name: string) =>
  readFileSync(
    new URL(`../../src/web/static/${name}`, import.meta.url),
    'utf8',
  );

describe('the built program', () => {
  it.each([
    ['style.css', 'text/css; charset=utf-8'],
    ['invite.js', 'text/javascript; charset=utf-8'],
  ])(
    'serves src/web/static/%s as it is, cached for a year',
    async (name, type) => {
      const response = await fetch(`${service.baseUrl}/static/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe(
        'public, max-age=31536000, immutable',
      );
      expect(await response.text()).toBe(source(name));
    },
  );

  it("links the stylesheet by its content's version, under base_url's path", async () => {
    const css = await fetch(`${service.baseUrl}/static/style.css`);
    const version = css.headers.get('etag')?.replaceAll('"', '');
    expect(version).toMatch(/^[0-9a-f]{12}$/);

    const page = await fetch(`${service.baseUrl}/no/such/page`, {
      headers: { accept: 'text/html' },
    });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain(
      `<link rel="stylesheet" href="/join/static/style.css?v=${version}">`,
    );
  });
});
