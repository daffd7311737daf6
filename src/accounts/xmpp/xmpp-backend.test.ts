import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { watchForCrashes } from '../../../test/accounts/watch-for-crashes.js';
import type { AccountBackend } from '../account-backend.js';
import type { BackendLogger } from './admin-connection.js';
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

function backendAt(
  port: number,
  reconnectWaitMs = 600,
  logger?: BackendLogger,
): AccountBackend {
  const backend = createXmppBackend('lazy.test', {
    jid: 'admin@lazy.test',
    password: 'admin-secret-1',
    server: `127.0.0.1:${port}`,
    tls: 'none',
    saslMechanism: 'PLAIN',
    requestTimeoutMs: 5_000,
    reconnectWaitMs,
    logger,
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

const STREAM_HEADER =
  "<?xml version='1.0'?><stream:stream xmlns='jabber:client' " +
  "xmlns:stream='http://etherx.jabber.org/streams' id='s1' " +
  "from='lazy.test' version='1.0'>";

/** Answers the client's first bytes with these chunks, one by one. */
const answerWith = (chunks: string[]) => (socket: Socket) => {
  socket.once('data', async () => {
    for (const chunk of chunks) {
      if (socket.destroyed) return;
      socket.write(chunk);
      await sleep(20);
    }
  });
};

describe('xmpp backend and a server sending malformed XML', () => {
  // Each of these once threw out of @xmpp/client's socket listener.
  const answers: [string, string[]][] = [
    ['a closing tag first', ['</bad>']],
    ['two stray closing tags', [`${STREAM_HEADER}</bad></bad>`]],
    ['an unknown entity', [`${STREAM_HEADER}<x>&bogus;</x>`]],
    ['bytes after a parse error', [`${STREAM_HEADER}</bad>`, '<more/>']],
    [
      'bytes after the end of its stream',
      [`${STREAM_HEADER}</stream:stream>`, '<more/>'],
    ],
  ];

  it.each(answers)(
    'is unreachable, and lives on, after %s',
    async (_, chunks) => {
      const crashes = watchForCrashes();
      const logged: string[] = [];
      const record = (fields: object) => logged.push(JSON.stringify(fields));
      const logger = { info: record, warn: record, error: record };
      const server = await standIn(answerWith(chunks));
      const backend = backendAt(server.port, 600, logger);

      const result = await backend.createAccount('ann', 'ann-pass-123');
      expect(result).toMatchObject({ ok: false, reason: 'unreachable' });
      expect(result.ok || result.detail).toMatch(/malformed XML/);
      const health = await backend.checkHealth();
      expect(health.ok || health.detail).toMatch(/malformed XML/);

      await sleep(100);
      expect(crashes).toEqual([]);
      expect(logged.join('\n')).toMatch(/malformed XML/);
      expect(logged.join('\n')).not.toMatch(/admin-secret|ann-pass/);
    },
  );

  it('is unreachable, and lives on, when reset after the stream header', async () => {
    const crashes = watchForCrashes();
    const server = await standIn((socket) => {
      socket.once('data', () => socket.resetAndDestroy());
    });
    const backend = backendAt(server.port);

    const result = await backend.createAccount('bea', 'bea-pass-123');
    expect(result).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(result.ok || result.detail).toMatch(/ECONNRESET/);
    await sleep(100);
    expect(crashes).toEqual([]);
  });

  it('backs off from a server that keeps sending it', async () => {
    const crashes = watchForCrashes();
    const server = await standIn(answerWith(['</bad>']));
    const backend = backendAt(server.port);
    await backend.checkHealth();

    // 250 ms, then 500 ms, then 1 s: three more tries at most.
    await sleep(1_500);
    expect(server.accepted.length).toBeGreaterThan(1);
    expect(server.accepted.length).toBeLessThanOrEqual(4);
    expect(crashes).toEqual([]);
  });
});
