import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import type { BackendHealth } from '../../accounts/account-backend.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { registerHealth } from './health-route.js';

const dir = mkdtempSync(join(tmpdir(), 'xmpp-invites-health-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const HOSTS = new Map([
  ['example.com', { backend: { type: 'local' } }],
  ['example.net', { backend: { type: 'xmpp' } }],
]);

async function healthWith(answers: Record<string, BackendHealth>) {
  const store = openSqliteStore(join(dir, `health-${n++}.db`));
  await store.migrate();
  const backends = new Map(
    Object.entries(answers).map(([host, answer]) => [
      host,
      { checkHealth: async () => answer },
    ]),
  );
  const app = Fastify();
  registerHealth(app, { store, hosts: HOSTS, backends });
  return { app, store };
}

describe('GET /health', () => {
  it('answers 200 ok when the database and every backend answer', async () => {
    const { app, store } = await healthWith({
      'example.com': { ok: true },
      'example.net': { ok: true },
    });
    const response = await app.inject({ url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      status: 'ok',
      database: { ok: true },
      hosts: {
        'example.com': { backend: 'local', ok: true },
        'example.net': { backend: 'xmpp', ok: true },
      },
    });
    await store.close();
  });

  it('answers 200 degraded when a backend is down, without its detail', async () => {
    const { app, store } = await healthWith({
      'example.com': { ok: true },
      'example.net': { ok: false, detail: 'connect ECONNREFUSED 10.1.2.3' },
    });
    const response = await app.inject({ url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'degraded',
      hosts: { 'example.net': { backend: 'xmpp', ok: false } },
    });
    expect(response.body).not.toContain('10.1.2.3');
    await store.close();
  });

  it('counts a host with no backend wired as down', async () => {
    const { app, store } = await healthWith({ 'example.com': { ok: true } });
    const body = (await app.inject({ url: '/health' })).json();
    expect(body.hosts['example.net']).toEqual({ backend: 'xmpp', ok: false });
    await store.close();
  });

  it('answers 503 unavailable when the database does not answer', async () => {
    const { app, store } = await healthWith({
      'example.com': { ok: true },
      'example.net': { ok: true },
    });
    await store.close();
    const response = await app.inject({ url: '/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({
      status: 'unavailable',
      database: { ok: false },
    });
  });
});
