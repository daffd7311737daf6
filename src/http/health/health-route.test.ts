import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { BackendHealth } from '../../accounts/account-backend.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { type HealthDeps, registerHealth } from './health-route.js';

const dir = mkdtempSync(join(tmpdir(), 'xmpp-invites-health-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const HOSTS = new Map([
  ['example.com', { backend: { type: 'local' } }],
  ['example.net', { backend: { type: 'xmpp' } }],
]);

type Answer = BackendHealth | (() => Promise<BackendHealth>);

interface LogLine {
  level: number;
  msg: string;
  host?: string;
}

/** /health over a real SQLite store, with backends that answer as told. */
async function healthWith(
  answers: Record<string, Answer>,
  options: Partial<HealthDeps> = {},
) {
  const store = openSqliteStore(join(dir, `health-${n++}.db`));
  await store.migrate();
  const calls: Record<string, number> = {};
  const backends = new Map(
    Object.entries(answers).map(([host, answer]) => [
      host,
      {
        checkHealth: async () => {
          calls[host] = (calls[host] ?? 0) + 1;
          return typeof answer === 'function' ? answer() : answer;
        },
      },
    ]),
  );
  const lines: LogLine[] = [];
  const logger: FastifyBaseLogger = pino(
    { level: 'info' },
    { write: (line: string) => lines.push(JSON.parse(line)) },
  );
  const app = Fastify({ loggerInstance: logger, disableRequestLogging: true });
  registerHealth(app, { store, hosts: HOSTS, backends, ...options });
  return { app, store, calls, lines };
}

const UP: BackendHealth = { ok: true };

describe('GET /health', () => {
  it('answers 200 ok when the database and every backend answer', async () => {
    const { app, store } = await healthWith({
      'example.com': UP,
      'example.net': UP,
    });
    const response = await app.inject({ url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      status: 'ok',
      database: { ok: true },
      backends: { ok: 2, down: 0 },
      hosts: {
        'example.com': { backend: 'local', ok: true },
        'example.net': { backend: 'xmpp', ok: true },
      },
    });
    await store.close();
  });

  it('answers 200 degraded when a backend is down, without its detail', async () => {
    const { app, store } = await healthWith({
      'example.com': UP,
      'example.net': { ok: false, detail: 'connect ECONNREFUSED 10.1.2.3' },
    });
    const response = await app.inject({ url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'degraded',
      backends: { ok: 1, down: 1 },
      hosts: { 'example.net': { backend: 'xmpp', ok: false } },
    });
    expect(response.body).not.toContain('10.1.2.3');
    await store.close();
  });

  it('counts a host with no backend wired as down', async () => {
    const { app, store } = await healthWith({ 'example.com': UP });
    const body = (await app.inject({ url: '/health' })).json();
    expect(body.hosts['example.net']).toEqual({ backend: 'xmpp', ok: false });
    await store.close();
  });

  it('answers 503 unavailable when the database does not answer', async () => {
    const { app, store } = await healthWith({
      'example.com': UP,
      'example.net': UP,
    });
    await store.close();
    const response = await app.inject({ url: '/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({
      status: 'unavailable',
      database: { ok: false },
    });
  });

  it('names the hosts only to loopback and the trusted proxies', async () => {
    const { app, store } = await healthWith(
      { 'example.com': UP, 'example.net': UP },
      { trustedProxies: ['10.0.0.0/8'] },
    );
    const from = async (remoteAddress: string) =>
      app.inject({ url: '/health', remoteAddress });

    const visitor = await from('203.0.113.9');
    expect(visitor.statusCode).toBe(200);
    expect(visitor.json()).toEqual({
      status: 'ok',
      database: { ok: true },
      backends: { ok: 2, down: 0 },
    });
    expect(visitor.body).not.toContain('example');
    for (const operator of ['127.0.0.1', '::1', '10.1.2.3']) {
      expect((await from(operator)).json().hosts).toHaveProperty('example.net');
    }
    await store.close();
  });

  it('asks each backend at most every ten seconds, one check at a time', async () => {
    let clock = 1_000_000;
    let release: (health: BackendHealth) => void = () => {};
    const slow = () =>
      new Promise<BackendHealth>((resolve) => {
        release = resolve;
      });
    const { app, store, calls } = await healthWith(
      { 'example.com': UP, 'example.net': slow },
      { now: () => clock },
    );

    // Five probes at once while the slow backend thinks: one check.
    const waiting = Array.from({ length: 5 }, () =>
      app.inject({ url: '/health' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toEqual({ 'example.com': 1, 'example.net': 1 });
    release(UP);
    for (const response of await Promise.all(waiting)) {
      expect(response.json().status).toBe('ok');
    }

    clock += 9_999;
    await app.inject({ url: '/health' });
    expect(calls).toEqual({ 'example.com': 1, 'example.net': 1 });

    clock += 1;
    const again = app.inject({ url: '/health' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    release({ ok: false, detail: 'gone' });
    expect((await again).json().status).toBe('degraded');
    expect(calls).toEqual({ 'example.com': 2, 'example.net': 2 });
    await store.close();
  });

  it('logs a backend or the database going down and coming back, once each', async () => {
    let clock = 1_000_000;
    let answer: BackendHealth = { ok: false, detail: 'ECONNREFUSED' };
    const { app, store, lines } = await healthWith(
      { 'example.com': UP, 'example.net': async () => answer },
      { now: () => clock },
    );
    const probe = async (times: number) => {
      for (let i = 0; i < times; i++) {
        await app.inject({ url: '/health' });
        clock += 10_000;
      }
    };

    await probe(3);
    answer = UP;
    await probe(3);
    await store.close();
    await probe(3);

    expect(lines.map(({ level, msg, host }) => ({ level, msg, host }))).toEqual(
      [
        { level: 40, msg: 'backend unhealthy', host: 'example.net' },
        { level: 30, msg: 'backend healthy again', host: 'example.net' },
        { level: 50, msg: 'database unreachable', host: undefined },
      ],
    );
  });
});
