import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  vi,
} from 'vitest';
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

  afterEach(() => {
    relay.release();
    relay.spoil(undefined);
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
      await vi.waitFor(() => expect(relay.held()).toBeGreaterThan(0), {
        timeout: 5_000,
      });

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

  describe('a server that stops answering', () => {
    it('is unknown once, then unreachable within the wait, then works again', async () => {
      await signedIn();
      logged.length = 0;
      const before = relay.connections();
      relay.holdFrom('action="complete"');
      const first = backend.createAccount('pia', 'pia-pass-123');
      await vi.waitFor(() => expect(relay.held()).toBeGreaterThan(0), {
        timeout: 5_000,
      });
      // The server hangs: nothing more gets to it, on any connection.
      relay.holdFrom('');
      expect(await first).toMatchObject({ ok: false, reason: 'unknown' });

      const started = Date.now();
      const second = await backend.createAccount('quinn', 'quinn-pass-12');
      expect(second).toMatchObject({ ok: false, reason: 'unreachable' });
      // Not sent to the silent session, so not another 1.5 s time-out.
      expect(Date.now() - started).toBeLessThan(1_400);
      expect(await backend.checkHealth()).toMatchObject({ ok: false });
      await vi.waitFor(() => expect(relay.connections()).toBe(before + 1));
      expect(lost()).toHaveLength(1);
      expect(lost()[0]?.detail).toMatch(/session was dropped/);

      relay.release();
      await signedIn();
      expect(await backend.createAccount('rosa', 'rosa-pass-123')).toEqual({
        ok: true,
      });
      expect(await signIn('rosa', 'rosa-pass-123')).toBe(true);
    });

    it('opens a new session when the old one went silent', async () => {
      await signedIn();
      // A connection that died without a word; new ones work.
      relay.stall();
      const first = await backend.createAccount('sven', 'sven-pass-123');
      expect(first).toMatchObject({ ok: false, reason: 'unreachable' });

      expect(await backend.createAccount('sven', 'sven-pass-123')).toEqual({
        ok: true,
      });
      expect(await signIn('sven', 'sven-pass-123')).toBe(true);
    });

    it('keeps a session that was only slow with one request', async () => {
      await signedIn();
      const before = relay.connections();
      // Prosody's answer to the form is held past the time-out, then let
      // through: the session still answers pings meanwhile.
      relay.holdEach("status='completed'", 'server');
      const first = backend.createAccount('tara', 'tara-pass-123');
      expect(await first).toMatchObject({ ok: false, reason: 'unknown' });
      relay.release();

      await signedIn();
      expect(await backend.createAccount('ugo', 'ugo-pass-1234')).toEqual({
        ok: true,
      });
      expect(relay.connections()).toBe(before);
    });
  });

  describe('a server that sends a stream error and keeps the connection', () => {
    let halfOpen: HoldingRelay;
    let through: AccountBackend;

    beforeAll(async () => {
      halfOpen = await startHoldingRelay(prosody.c2sPort, { halfOpen: true });
      through = createXmppBackend(host, {
        jid: `admin@${host}`,
        password: ADMIN_PASSWORD,
        server: `127.0.0.1:${halfOpen.port}`,
        tls: 'none',
        saslMechanism: 'PLAIN',
        requestTimeoutMs: 1_500,
        logger: { info: record, warn: record, error: record },
      });
    });

    afterAll(async () => {
      await through?.close();
      await halfOpen?.close();
    });

    it('lets go of the socket for good, so a late reset harms nothing', async () => {
      const crashes = watchForCrashes();
      await vi.waitFor(async () => {
        expect(await through.checkHealth()).toEqual({ ok: true });
      });
      logged.length = 0;

      // Prosody never sees our goodbye, and the relay ignores our FIN:
      // the client's own close times out (2 s for the stream, 2 s for
      // the socket) and it gives up on the socket.
      halfOpen.stall();
      halfOpen.inject(
        '<stream:error><policy-violation ' +
          "xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>",
      );
      await vi.waitFor(() => expect(lost()).toHaveLength(1), {
        timeout: 8_000,
      });
      halfOpen.reset();
      await sleep(200);

      expect(crashes).toEqual([]);
      expect(await through.createAccount('vera', 'vera-pass-123')).toEqual({
        ok: true,
      });
    });
  });
});
