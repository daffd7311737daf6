import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AccountBackend } from '../../src/accounts/account-backend.js';
import { createXmppBackend } from '../../src/accounts/xmpp/xmpp-backend.js';
import {
  canSignIn,
  type ProsodyServer,
  sleep,
  startProsody,
} from '../harness/index.js';
import { type HoldingRelay, startHoldingRelay } from './holding-relay.js';
import { watchForCrashes } from './watch-for-crashes.js';

// A real Prosody behind a relay that sends what no real server would, or
// goes quiet: the backend must lose a session over it, never the process.

const host = 'faults.test';
const ADMIN_PASSWORD = 'admin-secret-8';

type LogLine = { message: string; detail?: string };

describe('xmpp backend when the server misbehaves', () => {
  let prosody: ProsodyServer;
  let relay: HoldingRelay;
  let backend: AccountBackend;
  const logged: LogLine[] = [];
  const record = (fields: object, message: string) =>
    logged.push({ ...fields, message });
  const signIn = (localpart: string, password: string) =>
    canSignIn({ host, c2sPort: prosody.c2sPort, localpart, password });
  const lost = () =>
    logged.filter(
      (line) => line.message === 'xmpp backend lost its connection',
    );

  beforeAll(async () => {
    prosody = await startProsody({
      host,
      admins: [`admin@${host}`],
      users: [{ localpart: 'admin', password: ADMIN_PASSWORD }],
    });
    relay = await startHoldingRelay(prosody.c2sPort);
    backend = createXmppBackend(host, {
      jid: `admin@${host}`,
      password: ADMIN_PASSWORD,
      server: `127.0.0.1:${relay.port}`,
      tls: 'none',
      saslMechanism: 'PLAIN',
      requestTimeoutMs: 1_500,
      reconnectWaitMs: 1_000,
      logger: { info: record, warn: record, error: record },
    });
  });

  afterAll(async () => {
    await backend?.close();
    await relay?.close();
    await prosody?.stop();
  });

  const signedIn = () =>
    vi.waitFor(
      async () => {
        expect(await backend.checkHealth()).toEqual({ ok: true });
      },
      { timeout: 10_000 },
    );

  describe('a stray closing tag from the server', () => {
    it('ends the session, not the process: a form in flight is unknown, the next request works', async () => {
      const crashes = watchForCrashes();
      await signedIn();
      logged.length = 0;
      relay.holdFrom('action="complete"');
      const pending = backend.createAccount('nina', 'nina-pass-12');
      await vi.waitFor(() => expect(relay.held()).toBeGreaterThan(0));

      // Two: @xmpp/xml emits the first as an error, and throws the second.
      relay.inject('</bad></bad>');
      expect(await pending).toMatchObject({ ok: false, reason: 'unknown' });
      // The held form went with the connection the backend let go.
      await vi.waitFor(() => expect(relay.held()).toBe(0));
      relay.release();

      expect(await backend.createAccount('olga', 'olga-pass-12')).toEqual({
        ok: true,
      });
      expect(await signIn('olga', 'olga-pass-12')).toBe(true);
      expect(await signIn('nina', 'nina-pass-12')).toBe(false);
      expect(crashes).toEqual([]);
      expect(lost()).toHaveLength(1);
      expect(lost()[0]?.detail).toMatch(/malformed XML/);
    });

    it('backs off from a server whose every session breaks after sign-in', async () => {
      const crashes = watchForCrashes();
      await signedIn();
      const before = relay.connections();
      // Prosody's answer to resource binding ends the sign-in.
      relay.spoil('</jid>', '</bad>');
      relay.inject('</bad>');

      // The first reconnect is at once, the session before worked; then
      // 250 ms, 500 ms, 1 s. Without a back-off it would be dozens.
      await sleep(2_000);
      const tries = relay.connections() - before;
      expect(tries).toBeGreaterThanOrEqual(2);
      expect(tries).toBeLessThanOrEqual(5);

      relay.spoil(undefined);
      await signedIn();
      expect(crashes).toEqual([]);
    });
  });
});
