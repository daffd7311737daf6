import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type Client, xml } from '@xmpp/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminConnection } from '../../src/accounts/xmpp/admin-connection.js';
import {
  askSession,
  closeSession,
  openSession,
} from '../../src/accounts/xmpp/admin-session.js';
import { type ProsodyServer, startProsody } from '../harness/index.js';

const host = 'leak.test';
const ADMIN_PASSWORD = 'admin-secret-9';

/** V8's collector, reachable without starting Node with --expose-gc. */
function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc');
}

const ping = () =>
  xml('iq', { type: 'get', to: host }, xml('ping', { xmlns: 'urn:xmpp:ping' }));

describe('admin connection: a finished request holds nothing', () => {
  let prosody: ProsodyServer;
  const sessionOptions = () => ({
    service: `xmpp://127.0.0.1:${prosody.c2sPort}`,
    domain: host,
    username: 'admin',
    password: ADMIN_PASSWORD,
    requireTls: false,
    mechanism: 'PLAIN',
  });

  beforeAll(async () => {
    prosody = await startProsody({
      host,
      users: [{ localpart: 'admin', password: ADMIN_PASSWORD }],
    });
  });

  afterAll(() => prosody?.stop());

  it('lets the answer to a finished request be collected', async () => {
    const connection = new AdminConnection({
      ...sessionOptions(),
      reconnectWaitMs: 5_000,
      logger: undefined,
    });
    // Only a WeakRef leaves this function: nothing here keeps the reply.
    const askAndForget = async () => {
      const reply = await connection.request(ping(), Date.now() + 5_000);
      expect(reply.type).toBe('result');
      return new WeakRef(reply);
    };
    try {
      const answers = [];
      for (let i = 0; i < 20; i++) answers.push(await askAndForget());

      const gc = collectGarbage();
      for (let i = 0; i < 3; i++) {
        gc();
        await new Promise((resolve) => setImmediate(resolve));
      }
      const kept = answers.filter((answer) => answer.deref() !== undefined);
      expect(kept).toHaveLength(0);
    } finally {
      await connection.close();
    }
  });

  it('leaves no listener on the session after many requests', async () => {
    const session = await openSession(sessionOptions());
    if ('reason' in session) throw new Error(session.detail);
    const listeners = (xmpp: Client) =>
      ['disconnect', 'send', 'element'].map((e) => xmpp.listenerCount(e));
    try {
      const before = listeners(session);
      for (let i = 0; i < 200; i++) {
        const reply = await askSession(session, ping(), 5_000);
        expect(reply).toMatchObject({ type: 'result' });
      }
      expect(listeners(session)).toEqual(before);
    } finally {
      await closeSession(session);
    }
  });
});
