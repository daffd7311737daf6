import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountBackend } from '../account-backend.js';
import { createXmppBackend } from './xmpp-backend.js';

// When the backend connects and when it stops trying is about sockets and
// timers: loopback TCP stand-ins that count connections and never speak
// XMPP. What it does with a real server is tested in test/accounts/.

interface StandIn {
  port: number;
  /** Every connection accepted so far. */
  accepted: Socket[];
  close(): Promise<void>;
}

const standIns: StandIn[] = [];
const backends: AccountBackend[] = [];

/** Accepts connections; `answer` decides what happens to each. */
async function standIn(answer: (socket: Socket) => void): Promise<StandIn> {
  const accepted: Socket[] = [];
  const server: Server = createServer((socket) => {
    accepted.push(socket);
    socket.on('error', () => {});
    socket.resume();
    answer(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no port');

  const made: StandIn = {
    port: address.port,
    accepted,
    async close() {
      for (const socket of accepted) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  standIns.push(made);
  return made;
}

function backendAt(port: number, reconnectWaitMs = 600): AccountBackend {
  const backend = createXmppBackend('lazy.test', {
    jid: 'admin@lazy.test',
    password: 'admin-secret-1',
    server: `127.0.0.1:${port}`,
    tls: 'none',
    saslMechanism: 'PLAIN',
    requestTimeoutMs: 5_000,
    reconnectWaitMs,
  });
  backends.push(backend);
  return backend;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const hangUp = (socket: Socket) => socket.destroy();
const sayNothing = () => {};

afterEach(async () => {
  await Promise.all(backends.splice(0).map((backend) => backend.close()));
  await Promise.all(standIns.splice(0).map((server) => server.close()));
});

describe('xmpp backend connections', () => {
  it('connects on the first request, not when created', async () => {
    const server = await standIn(hangUp);
    const backend = backendAt(server.port);
    await sleep(400);
    expect(server.accepted).toHaveLength(0);

    const result = await backend.createAccount('ann', 'ann-pass-123');
    expect(result).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(server.accepted.length).toBeGreaterThan(0);
  });

  it('connects on the first health check, and waits for that sign-in', async () => {
    const server = await standIn(hangUp);
    const backend = backendAt(server.port);
    await sleep(400);
    expect(server.accepted).toHaveLength(0);

    const health = await backend.checkHealth();
    expect(server.accepted).toHaveLength(1);
    expect(health.ok).toBe(false);
    expect(health.ok || health.detail).not.toBe('not connected yet');
  });

  it('gives up a sign-in under way when closed, at once', async () => {
    const server = await standIn(sayNothing);
    const backend = backendAt(server.port, 5_000);
    const pending = backend.createAccount('bob', 'bob-pass-123');
    while (server.accepted.length === 0) await sleep(10);

    const started = Date.now();
    await backend.close();
    expect(Date.now() - started).toBeLessThan(500);
    expect(await pending).toMatchObject({ reason: 'unreachable' });

    // The server sees its socket closed, and no other comes.
    const [socket] = server.accepted;
    await expect.poll(() => socket?.destroyed).toBe(true);
    await sleep(600);
    expect(server.accepted).toHaveLength(1);
  });

  it('stops retrying once closed', async () => {
    const server = await standIn(hangUp);
    const backend = backendAt(server.port);
    await backend.createAccount('cid', 'cid-pass-123');
    await backend.close();

    const tried = server.accepted.length;
    await sleep(1_200);
    expect(server.accepted).toHaveLength(tried);
  });
});
