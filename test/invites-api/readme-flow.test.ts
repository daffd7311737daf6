import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  type ServiceProcess,
  Workspace,
} from '../support/service-process.js';

// The steps of the reference README (mod_invites_api), with the real
// program over real sockets: `xmpp-invites` in place of `prosodyctl`.

const workspace = new Workspace();
let service: ServiceProcess;
let base: string;
const secretsSeen: string[] = [];

beforeAll(async () => {
  const port = await freePort();
  workspace.writeConfig(`listen: 127.0.0.1:${port}
database: sqlite:./data/xmpp-invites.db
hosts:
  example.com:
    base_url: https://example.com
`);
  service = await workspace.serve(port);
  base = service.baseUrl;
});

afterAll(async () => {
  await service?.stop();
  workspace.remove();
});

async function createKey(name = 'My test key'): Promise<string> {
  const result = await workspace.cli(
    'mod_invites_api',
    'create',
    'example.com',
    name,
  );
  expect(result.code).toBe(0);
  const key = result.stdout.trim();
  secretsSeen.push(key, key.split('/')[1] as string);
  return key;
}

function tokenOf(location: string | null): string {
  expect(location).toMatch(
    /^https:\/\/example\.com\/invite\?[A-Za-z0-9_-]{24}$/,
  );
  const token = (location as string).split('?')[1] as string;
  secretsSeen.push(token);
  return token;
}

describe('the reference README, step by step', () => {
  it('creates a key that is printed alone on stdout', async () => {
    const result = await workspace.cli(
      'api-key',
      'create',
      'example.com',
      'My test key',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^[A-Za-z0-9_-]{8}\/[A-Za-z0-9_-]{32}\n$/);
    secretsSeen.push(result.stdout.trim());
  });

  it('creates an invite with ?key= and answers 201 with Location', async () => {
    const key = await createKey();
    const response = await fetch(`${base}/invites_api?key=${key}`);
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const token = tokenOf(response.headers.get('location'));
    const body = await response.json();
    expect(body.url).toBe(response.headers.get('location'));
    expect(body.xmpp_uri).toBe(`xmpp:example.com?register;preauth=${token}`);
  });

  it('creates an invite with only the Bearer header', async () => {
    const key = await createKey();
    const response = await fetch(`${base}/invites_api`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(response.status).toBe(201);
    tokenOf(response.headers.get('location'));
  });

  it('redirects with 303 when asked, and the invite page answers 200', async () => {
    const key = await createKey();
    const response = await fetch(
      `${base}/invites_api?key=${key}&redirect=true`,
      {
        redirect: 'manual',
      },
    );
    expect(response.status).toBe(303);
    const token = tokenOf(response.headers.get('location'));

    const page = await fetch(`${base}/invite?${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('example.com');
  });

  it('lists the key by id and name, and refuses it once deleted', async () => {
    const key = await createKey('Signup bot');
    const id = key.split('/')[0] as string;

    const listed = await workspace.cli(
      'mod_invites_api',
      'list',
      'example.com',
    );
    expect(listed.code).toBe(0);
    const line = listed.stdout.split('\n').find((l) => l.startsWith(`${id}\t`));
    expect(line).toMatch(/^\S+\tSignup bot\tcreated \S+\tlast used never$/);

    await fetch(`${base}/invites_api?key=${key}`);
    const used = await workspace.cli('api-key', 'list', 'example.com');
    expect(used.stdout).toMatch(
      new RegExp(`${id}\\tSignup bot\\tcreated \\S+\\tlast used 20`),
    );

    const deleted = await workspace.cli(
      'mod_invites_api',
      'delete',
      'example.com',
      id,
    );
    expect(deleted.stderr).toBe('');
    expect(deleted.code).toBe(0);
    const refused = await fetch(`${base}/invites_api?key=${key}`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('answers the CORS preflight and creates nothing on HEAD', async () => {
    const preflight = await fetch(`${base}/invites_api`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe(
      'GET, POST, OPTIONS',
    );
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'Content-Type, Authorization',
    );
    expect(preflight.headers.get('access-control-max-age')).toBe('7200');

    const key = await createKey();
    const before = (await workspace.cli('invite', 'list', 'example.com'))
      .stdout;
    const head = await fetch(`${base}/invites_api?key=${key}`, {
      method: 'HEAD',
    });
    expect(head.status).toBe(405);
    const after = (await workspace.cli('invite', 'list', 'example.com')).stdout;
    expect(after).toBe(before);
  });

  it('takes POST with a form body and the optional parameters', async () => {
    const key = await createKey();
    const response = await fetch(`${base}/invites_api`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'uses=3&expires=2d&note=choir',
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.kind).toBe('group');
    expect(body.max_uses).toBe(3);
    tokenOf(response.headers.get('location'));
    expect(body.xmpp_uri).toMatch(/^xmpp:example\.com\?register;preauth=/);
    const days = (Date.parse(body.expires) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(1.99);
    expect(days).toBeLessThanOrEqual(2);

    const shown = await workspace.cli(
      'invite',
      'show',
      'example.com',
      body.id,
      '--json',
    );
    const invite = JSON.parse(shown.stdout);
    expect(invite.created_by).toBe(`api/token/${key.split('/')[0]}`);
    expect(invite.note).toBe('choir');
  });
});

describe('invites for one username', () => {
  it('name the account in the XMPP URI, and take a JSON body', async () => {
    const key = await createKey();
    const response = await fetch(`${base}/invites_api`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ username: 'Alice', redirect: false }),
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    tokenOf(response.headers.get('location'));
    expect(body.xmpp_uri).toMatch(
      /^xmpp:alice@example\.com\?register;preauth=/,
    );
  });

  it.each([
    ['username=admin', 'username is reserved on this host'],
    ['username=alice&uses=2', 'an invite for one username allows one use'],
  ])('refuse ?%s from an API key', async (query, reason) => {
    const key = await createKey();
    const response = await fetch(`${base}/invites_api?${query}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toBe(reason);
  });

  it('may name a reserved account from the command line, as the operator', async () => {
    const made = await workspace.cli(
      'invite',
      'create',
      'example.com',
      '--username',
      'admin',
    );
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^https:\/\/example\.com\/invite\?/);
  });
});

describe('the logs of this run', () => {
  it('never contain a key, a secret or a token', async () => {
    expect(secretsSeen.length).toBeGreaterThan(10);
    expect(service.output).toContain('"route":"/invites_api"');
    for (const secret of secretsSeen) {
      expect(service.output).not.toContain(secret);
    }
  });
});
