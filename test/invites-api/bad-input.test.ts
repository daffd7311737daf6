import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  type ServiceProcess,
  Workspace,
} from '../support/service-process.js';

// Every kind of bad input gets a clear error and changes nothing.

const workspace = new Workspace();
let service: ServiceProcess;
let base: string;
let key: string;

beforeAll(async () => {
  const port = await freePort();
  workspace.writeConfig(`listen: 127.0.0.1:${port}
database: sqlite:./data/test.db
hosts:
  example.com:
    base_url: https://example.com
    max_invite_expiry: 10d
`);
  key = (
    await workspace.cli('api-key', 'create', 'example.com', 'k')
  ).stdout.trim();
  service = await workspace.serve(port);
  base = service.baseUrl;
});

afterAll(async () => {
  await service?.stop();
  workspace.remove();
});

async function inviteCount(): Promise<number> {
  const listed = await workspace.cli('invite', 'list', 'example.com', '--json');
  return JSON.parse(listed.stdout).length;
}

describe('bad keys', () => {
  const keys: Array<[string, string]> = [
    ['without a slash', 'HTwALnKL73UUylA2ZJbu9x1XMATuIbjWpip8ow1'],
    ['empty', ''],
    ['10 kB long', `HTwALnKL/${'a'.repeat(10_240)}`],
    ['non-ASCII', 'HTwALnKL/sécrét-ünïcödé'],
    ['with a wrong secret', 'x'],
  ];

  it.each(keys)('a key %s gets 401 and creates nothing', async (_, bad) => {
    const presented = bad === 'x' ? `${key.split('/')[0]}/wrongsecret` : bad;
    const before = await inviteCount();
    for (const response of [
      await fetch(`${base}/invites_api?key=${encodeURIComponent(presented)}`),
      await fetch(`${base}/invites_api`, {
        method: 'POST',
        headers: { authorization: `Bearer ${presented}` },
      }),
    ]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.json()).toEqual({
        error: 'XI_KEY_REQUIRED',
        message: 'a valid API key is required',
      });
    }
    expect(await inviteCount()).toBe(before);
  });

  it('gives the same answer for an unknown id as for a wrong secret', async () => {
    const unknownId = await fetch(
      `${base}/invites_api?key=AAAAAAAA/${'b'.repeat(32)}`,
    );
    const wrongSecret = await fetch(
      `${base}/invites_api?key=${key.split('/')[0]}/${'b'.repeat(32)}`,
    );
    expect(unknownId.status).toBe(wrongSecret.status);
    expect(await unknownId.text()).toBe(await wrongSecret.text());
  });

  it('refuses other auth schemes, even with a good ?key=', async () => {
    const basic = Buffer.from(key).toString('base64');
    const response = await fetch(`${base}/invites_api?key=${key}`, {
      headers: { authorization: `Basic ${basic}` },
    });
    expect(response.status).toBe(401);
  });

  it('lets the header win over ?key=', async () => {
    const response = await fetch(`${base}/invites_api?key=nope/nope`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(response.status).toBe(201);
  });
});

describe('bad parameters', () => {
  it.each([
    ['uses=2&uses=3', 'parameter "uses" is given more than once'],
    ['colour=blue', 'unknown parameter "colour"'],
    ['uses=0', 'uses must be a whole number from 1 to 10000'],
    ['expires=forever', 'expires must be a duration like 7d, 12h or 90m'],
    ['expires=11d', 'expires may be at most 10d on this host'],
    ['redirect=perhaps', 'redirect must be true, false, 1, 0, yes or no'],
    ['username=a%40b', 'username is not a valid XMPP username'],
  ])(
    '?%s gets 400 with one line, and creates nothing',
    async (query, reason) => {
      const before = await inviteCount();
      const response = await fetch(`${base}/invites_api?${query}`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: 'XI_BAD_PARAMETER',
        message: reason,
      });
      expect(await inviteCount()).toBe(before);
    },
  );

  it('refuses a body that is neither a form nor a JSON object', async () => {
    const response = await fetch(`${base}/invites_api`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
      },
      body: '{"uses": ',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('XI_UNREADABLE_REQUEST');
  });

  it('refuses a body over 64 KiB with 413', async () => {
    const response = await fetch(`${base}/invites_api`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: `note=${'x'.repeat(70_000)}`,
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toBe('XI_UNREADABLE_REQUEST');
  });
});

describe('bad command lines', () => {
  it('an unknown host: one line on stderr, non-zero, nothing written', async () => {
    const result = await workspace.cli('api-key', 'create', 'example.org', 'x');
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('unknown host example.org');
    const listed = await workspace.cli('api-key', 'list', 'example.com');
    expect(listed.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('an unknown key id on delete', async () => {
    const result = await workspace.cli(
      'api-key',
      'delete',
      'example.com',
      'NOSUCHID',
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toBe(
      'xmpp-invites: no API key NOSUCHID for host example.com',
    );
  });

  it('a missing argument', async () => {
    const result = await workspace.cli('api-key', 'delete', 'example.com');
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain("missing required argument 'id'");
  });

  it('--listen on a command that does not listen', async () => {
    const result = await workspace.cli(
      '--listen',
      '127.0.0.1:1',
      'api-key',
      'list',
      'example.com',
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toBe(
      'xmpp-invites: --listen applies to serve only',
    );
  });

  it('a bad --expires', async () => {
    const result = await workspace.cli(
      'api-key',
      'create',
      'example.com',
      '--expires',
      'soon',
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('a configuration with mistakes', () => {
  it('lists every problem with its fix and starts nothing', async () => {
    const bad = new Workspace();
    bad.writeConfig(`listen: 127.0.0.1
databse: sqlite:x.db
hosts:
  example.com:
    base_url: example.com
    invite_expiry: 7 days
    site_name: 42
`);
    const result = await bad.cli('serve');
    bad.remove();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('5 problems');
    expect(result.stderr).toContain('listen: write the address as HOST:PORT');
    expect(result.stderr).toContain(
      '  - unknown key "databse": remove it or check its spelling',
    );
    expect(result.stderr).toContain(
      'hosts.example.com.site_name: expected string, got a number',
    );
    expect(result.stderr).toContain(
      'hosts.example.com.base_url: write a full http or https URL',
    );
    expect(result.stderr).toContain(
      'hosts.example.com.invite_expiry: "7 days" is not a duration',
    );
  });

  it('names a file it cannot read', async () => {
    const result = await new Workspace().cli(
      '--config',
      '/nonexistent/x.yaml',
      'serve',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot read the file (ENOENT)');
  });
});
