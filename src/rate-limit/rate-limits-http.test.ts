import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { generateApiKey } from '../api-keys/api-key.js';
import { loadConfig } from '../config/load-config.js';
import { buildApp } from '../http/build-app.js';
import { createLogger } from '../logger.js';
import { RegistrationService } from '../registration/registration-service.js';
import { issueInvite } from '../service/issue-invite.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';

// The limits as clients meet them: through the real app, over a SQLite
// store, so counting happens in this process.

interface Running {
  app: FastifyInstance;
  key(host?: string): Promise<string>;
  inviteToken(host?: string): Promise<string>;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function start(yaml: string): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), 'xmpp-invites-limits-'));
  const file = join(dir, 'config.yaml');
  writeFileSync(
    file,
    `database: sqlite:${join(dir, 'invites.db')}
log_level: silent
${yaml}`,
  );
  const config = loadConfig({ file, env: {} });
  const store = openSqliteStore(join(dir, 'invites.db'));
  await store.migrate();
  const logger = createLogger('silent');
  const now = Date.now;
  const registration = new RegistrationService({
    store,
    hosts: config.hosts,
    backends: new Map(),
    logger,
    now,
  });
  const app = await buildApp({ config, store, logger, registration, now });
  cleanups.push(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  return {
    app,
    async key(host = 'example.com') {
      const generated = generateApiKey();
      await store.insertApiKey({
        id: generated.id,
        host,
        name: 'test',
        secretHash: generated.secretHash,
        createdAt: now(),
        lastUsedAt: null,
        expiresAt: null,
      });
      return generated.key;
    },
    async inviteToken(name = 'example.com') {
      const host = config.hosts.get(name);
      if (!host) throw new Error('no host');
      const issued = await issueInvite(
        store,
        host,
        { kind: 'account', createdBy: 'cli' },
        now(),
      );
      if (!issued.ok) throw new Error(issued.reason);
      return issued.invite.token;
    },
  };
}

const HOSTS = `hosts:
  example.com:
    base_url: https://example.com
  example.net:
    base_url: https://example.net
    rate_limits:
      api_key: off
      register: off
`;

function createInvite(
  service: Running,
  key: string,
  headers: Record<string, string> = {},
) {
  return service.app.inject({
    method: 'POST',
    url: '/invites_api',
    headers: { authorization: `Bearer ${key}`, ...headers },
  });
}

describe('rate limits over HTTP', () => {
  it('limits /invites_api per API key, with Retry-After', async () => {
    const service = await start(`rate_limits:\n  api_key: 3/1m\n${HOSTS}`);
    const key = await service.key();
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await createInvite(service, key)).statusCode);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);

    const refused = await createInvite(service, key);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('20');
    expect(refused.json()).toMatchObject({ error: 'XI_RATE_LIMITED' });

    expect((await createInvite(service, await service.key())).statusCode).toBe(
      201,
    );
    const unlimitedHost = await service.key('example.net');
    for (let i = 0; i < 5; i++) {
      expect((await createInvite(service, unlimitedHost)).statusCode).toBe(201);
    }
  });

  it('limits /invites_api per client address, bad keys included', async () => {
    const service = await start(`rate_limits:\n  api_address: 2/1m\n${HOSTS}`);
    const key = await service.key();
    expect((await createInvite(service, 'bad/key')).statusCode).toBe(401);
    expect((await createInvite(service, key)).statusCode).toBe(201);
    expect((await createInvite(service, key)).statusCode).toBe(429);
  });

  it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
    const limits = 'rate_limits:\n  api_address: 1/1m\n';
    const untrusted = await start(`${limits}${HOSTS}`);
    const key = await untrusted.key();
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    expect(
      (await createInvite(untrusted, key, from('192.0.2.1'))).statusCode,
    ).toBe(201);
    expect(
      (await createInvite(untrusted, key, from('192.0.2.2'))).statusCode,
    ).toBe(429);

    const trusted = await start(
      `${limits}trusted_proxies: [127.0.0.1]\n${HOSTS}`,
    );
    const key2 = await trusted.key();
    expect(
      (await createInvite(trusted, key2, from('192.0.2.1'))).statusCode,
    ).toBe(201);
    expect(
      (await createInvite(trusted, key2, from('192.0.2.2'))).statusCode,
    ).toBe(201);
    expect(
      (await createInvite(trusted, key2, from('192.0.2.1'))).statusCode,
    ).toBe(429);
  });

  it('limits registration submissions per address, on a page for browsers', async () => {
    const service = await start(
      `rate_limits:\n  register: 2/10m\n  unknown_token: off\n${HOSTS}`,
    );
    const limited = await service.inviteToken('example.com');
    const unlimited = await service.inviteToken('example.net');
    // A password too short: each submission is counted, none registers.
    const submit = (token: string, path = '/register') =>
      service.app.inject({
        method: 'POST',
        url: path,
        headers: {
          host: 'example.com',
          accept: 'text/html',
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: `token=${token}&username=a&password=b`,
      });
    expect((await submit(limited)).statusCode).toBe(400);
    expect((await submit(limited)).statusCode).toBe(400);
    const refused = await submit(limited);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('300');
    expect(refused.headers['content-type']).toContain('text/html');
    expect((await submit(limited, '/reset')).statusCode).toBe(429);

    // The invite's host sets the limit, here none; the Host header has
    // no say. Misses count under unknown_token, off here.
    for (let i = 0; i < 3; i++) {
      expect((await submit(unlimited)).statusCode).toBe(400);
      expect((await submit('nothing')).statusCode).toBe(404);
    }
  });

  it('gives no extra allowance to a client that rotates the Host header', async () => {
    const service = await start(
      `rate_limits:\n  register: 2/1h\n  unknown_token: 2/1h\n  api_address: 2/1h\n${HOSTS}`,
    );
    const token = await service.inviteToken('example.com');
    const hosts = [
      'example.com',
      'example.net',
      'EXAMPLE.COM',
      'example.com:8443',
      'unknown.example',
      'localhost',
    ];
    const send = (host: string, url: string, payload?: string) =>
      service.app.inject({
        method: payload === undefined ? 'GET' : 'POST',
        url,
        headers: {
          host,
          authorization: 'Bearer bad/key',
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload,
      });
    const statuses = async (
      request: (host: string) => ReturnType<typeof send>,
    ) => {
      const seen = [];
      for (const host of [...hosts, ...hosts]) {
        seen.push((await request(host)).statusCode);
      }
      return seen;
    };
    const refusedAfter = (passed: number, status: number) => [
      ...Array(passed).fill(status),
      ...Array(2 * hosts.length - passed).fill(429),
    ];

    const register = await statuses((host) =>
      send(host, '/register', `token=${token}&username=a&password=b`),
    );
    expect(register).toEqual(refusedAfter(2, 400));
    const misses = await statuses((host) =>
      send(host, `/invite?${'x'.repeat(22)}`),
    );
    expect(misses).toEqual(refusedAfter(2, 404));
    const badKeys = await statuses((host) => send(host, '/invites_api', ''));
    expect(badKeys).toEqual(refusedAfter(2, 401));
  });

  it('limits look-ups of unknown tokens, while real links still open', async () => {
    const service = await start(
      `rate_limits:\n  unknown_token: 2/10m\n${HOSTS}`,
    );
    const token = await service.inviteToken();
    const look = (t: string) =>
      service.app.inject({
        url: `/invite?${t}`,
        headers: { host: 'example.com', accept: 'text/html' },
      });
    expect((await look('a'.repeat(22))).statusCode).toBe(404);
    expect((await look('b'.repeat(22))).statusCode).toBe(404);
    expect((await look('c'.repeat(22))).statusCode).toBe(429);
    expect((await look(token)).statusCode).toBe(200);
  });
});
