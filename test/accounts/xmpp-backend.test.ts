import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AccountBackend } from '../../src/accounts/account-backend.js';
import {
  createXmppBackend,
  type XmppBackendOptions,
} from '../../src/accounts/xmpp/xmpp-backend.js';
import {
  canSignIn,
  type EjabberdServer,
  type ProsodyServer,
  sleep,
  startEjabberd,
  startProsody,
} from '../harness/index.js';
import { type HoldingRelay, startHoldingRelay } from './holding-relay.js';

const ADMIN_PASSWORD = 'admin-secret-7';

/** Loopback test servers: no TLS, and PLAIN to skip SCRAM's hashing. */
function backendFor(
  server: { host: string; c2sPort: number },
  jid: string,
  password: string,
  more: Partial<XmppBackendOptions> = {},
): AccountBackend {
  return createXmppBackend(server.host, {
    jid,
    password,
    server: `127.0.0.1:${server.c2sPort}`,
    tls: 'none',
    saslMechanism: 'PLAIN',
    requestTimeoutMs: 8_000,
    ...more,
  });
}

describe('xmpp backend on Prosody 0.12', () => {
  const host = 'prosody.test';
  let prosody: ProsodyServer;
  let backend: AccountBackend;
  const signIn = (localpart: string, password: string) =>
    canSignIn({ host, c2sPort: prosody.c2sPort, localpart, password });

  beforeAll(async () => {
    prosody = await startProsody({
      host,
      admins: [`admin@${host}`],
      users: [
        { localpart: 'admin', password: ADMIN_PASSWORD },
        { localpart: 'mallory', password: 'not-an-admin-1' },
      ],
    });
    backend = backendFor(prosody, `admin@${host}`, ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await backend?.close();
    await prosody?.stop();
  });

  it('creates an account that signs in over c2s', async () => {
    expect(await backend.createAccount('alice', 'first-pass-1')).toEqual({
      ok: true,
    });
    expect(await signIn('alice', 'first-pass-1')).toBe(true);
    expect(await signIn('alice', 'wrong-pass-1')).toBe(false);
  });

  it('reports a taken name as a conflict', async () => {
    await backend.createAccount('bob', 'bob-pass-11');
    const again = await backend.createAccount('bob', 'other-pass-1');
    expect(again).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await signIn('bob', 'bob-pass-11')).toBe(true);
  });

  it('changes a password: the new one signs in, the old one not', async () => {
    await backend.createAccount('carol', 'old-pass-123');
    expect(await backend.setPassword('carol', 'new-pass-456')).toEqual({
      ok: true,
    });
    expect(await signIn('carol', 'new-pass-456')).toBe(true);
    expect(await signIn('carol', 'old-pass-123')).toBe(false);
  });

  it('reports a password change of a missing account as not-found', async () => {
    const result = await backend.setPassword('nobody', 'some-pass-1');
    expect(result).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await signIn('nobody', 'some-pass-1')).toBe(false);
  });

  it('deletes an account, then reports it as not-found', async () => {
    await backend.createAccount('dave', 'dave-pass-1');
    expect(await backend.deleteAccount('dave')).toEqual({ ok: true });
    expect(await signIn('dave', 'dave-pass-1')).toBe(false);
    expect(await backend.deleteAccount('dave')).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
  });

  it('makes one account of 64 concurrent requests for one name', async () => {
    const results = await Promise.all(
      Array.from({ length: 64 }, () =>
        backend.createAccount('racer', 'racer-pass-1'),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const reasons = new Set(results.map((r) => (r.ok ? 'ok' : r.reason)));
    expect(reasons).toEqual(new Set(['ok', 'conflict']));
    expect(await signIn('racer', 'racer-pass-1')).toBe(true);
  });

  it('refuses empty and JID-like names before asking the server', async () => {
    expect(await backend.createAccount('', 'some-pass-1')).toMatchObject({
      reason: 'not-allowed',
    });
    const other = await backend.createAccount('eve@elsewhere', 'pass-123');
    expect(other).toMatchObject({ reason: 'not-allowed' });
  });

  it('is not allowed when signed in as an account without admin rights', async () => {
    const plain = backendFor(prosody, `mallory@${host}`, 'not-an-admin-1');
    try {
      const result = await plain.createAccount('frank', 'frank-pass-1');
      expect(result).toMatchObject({ ok: false, reason: 'not-allowed' });
      expect(await signIn('frank', 'frank-pass-1')).toBe(false);
    } finally {
      await plain.close();
    }
  });

  it('is not allowed when the admin password is wrong, without waiting', async () => {
    const logged: unknown[] = [];
    const record = (fields: object, message: string) =>
      logged.push({ ...fields, message });
    const logger = { info: record, warn: record, error: record };
    const wrong = backendFor(prosody, `admin@${host}`, 'wrong-password', {
      reconnectWaitMs: 20_000,
      logger,
    });
    try {
      const started = Date.now();
      const result = await wrong.createAccount('grace', 'grace-pass-1');
      expect(result).toMatchObject({ ok: false, reason: 'not-allowed' });
      expect(result.ok || result.detail).toMatch(/sign-in/);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await wrong.checkHealth()).toMatchObject({ ok: false });
    } finally {
      await wrong.close();
    }
    expect(JSON.stringify(logged)).toMatch(/could not sign in/);
    expect(JSON.stringify(logged)).not.toMatch(/wrong-password|grace-pass/);
  });

  it('never sends the admin password over a stream without TLS unless told', async () => {
    const strict = backendFor(prosody, `admin@${host}`, ADMIN_PASSWORD, {
      tls: 'starttls',
    });
    try {
      const result = await strict.createAccount('judy', 'judy-pass-12');
      expect(result).toMatchObject({ ok: false, reason: 'not-allowed' });
      expect(result.ok || result.detail).toMatch(/no TLS/);
    } finally {
      await strict.close();
    }
    expect(await signIn('judy', 'judy-pass-12')).toBe(false);
  });

  it('signs in with SCRAM-SHA-1 when no mechanism is asked for', async () => {
    const scram = backendFor(prosody, `admin@${host}`, ADMIN_PASSWORD, {
      saslMechanism: undefined,
    });
    try {
      expect(await scram.createAccount('kim', 'kim-pass-123')).toEqual({
        ok: true,
      });
    } finally {
      await scram.close();
    }
    expect(await signIn('kim', 'kim-pass-123')).toBe(true);
  });

  describe('a request sent but not answered', () => {
    let relay: HoldingRelay;
    let relayed: AccountBackend;

    beforeAll(async () => {
      relay = await startHoldingRelay(prosody.c2sPort);
      const through = { host, c2sPort: relay.port };
      relayed = backendFor(through, `admin@${host}`, ADMIN_PASSWORD, {
        requestTimeoutMs: 1_500,
      });
    });

    afterAll(async () => {
      await relayed?.close();
      await relay?.close();
    });

    const signedIn = () =>
      vi.waitFor(
        async () => {
          expect(await relayed.checkHealth()).toEqual({ ok: true });
        },
        { timeout: 5_000 },
      );

    it('is unknown after the form went out, and the server may act later', async () => {
      await signedIn();
      relay.holdFrom('action="complete"');
      const result = await relayed.createAccount('lena', 'lena-pass-12');
      expect(result).toMatchObject({ ok: false, reason: 'unknown' });
      expect(await signIn('lena', 'lena-pass-12')).toBe(false);

      // The held form reaches Prosody late: the account appears after
      // the invitee was told nothing certain, which is why the use stays.
      relay.release();
      await vi.waitFor(async () => {
        expect(await signIn('lena', 'lena-pass-12')).toBe(true);
      });
    });

    it('is unknown when the connection drops after the form went out, and is not sent again', async () => {
      await signedIn();
      relay.holdFrom('action="complete"');
      const pending = relayed.setPassword('lena', 'lena-pass-34');
      await vi.waitFor(() => expect(relay.held()).toBeGreaterThan(0));
      relay.cut();

      expect(await pending).toMatchObject({ ok: false, reason: 'unknown' });
      await signedIn();
      expect(await signIn('lena', 'lena-pass-12')).toBe(true);
      expect(await signIn('lena', 'lena-pass-34')).toBe(false);
    });

    it('is unreachable when only the execute step went out', async () => {
      await signedIn();
      relay.holdFrom('action="execute"');
      const result = await relayed.createAccount('mona', 'mona-pass-12');
      expect(result).toMatchObject({ ok: false, reason: 'unreachable' });

      relay.release();
      await signedIn();
      expect(await signIn('mona', 'mona-pass-12')).toBe(false);
    });
  });

  it('reports itself healthy while signed in', async () => {
    expect(await backend.checkHealth()).toEqual({ ok: true });
  });

  it('lets a request wait through a server restart', async () => {
    await prosody.halt();
    const pending = backend.createAccount('heidi', 'heidi-pass-1');
    await sleep(1_500);
    await prosody.resume();

    expect(await pending).toEqual({ ok: true });
    expect(await signIn('heidi', 'heidi-pass-1')).toBe(true);
  });

  it('reports a stopped server as unreachable within the wait bound', async () => {
    const impatient = backendFor(prosody, `admin@${host}`, ADMIN_PASSWORD, {
      reconnectWaitMs: 1_500,
    });
    try {
      await vi.waitFor(async () => {
        expect(await impatient.checkHealth()).toEqual({ ok: true });
      });
      await prosody.halt();

      const started = Date.now();
      const result = await impatient.createAccount('ivan', 'ivan-pass-1');
      const waited = Date.now() - started;
      expect(result).toMatchObject({ ok: false, reason: 'unreachable' });
      expect(waited).toBeGreaterThanOrEqual(1_400);
      expect(waited).toBeLessThan(4_000);
      expect(await impatient.checkHealth()).toMatchObject({ ok: false });
    } finally {
      await impatient.close();
      await prosody.resume();
    }
    expect(await signIn('ivan', 'ivan-pass-1')).toBe(false);
  });
});

describe('xmpp backend on ejabberd 23.01', () => {
  const host = 'ejabberd.test';
  let ejabberd: EjabberdServer;
  let backend: AccountBackend;
  const signIn = (localpart: string, password: string) =>
    canSignIn({ host, c2sPort: ejabberd.c2sPort, localpart, password });

  beforeAll(async () => {
    ejabberd = await startEjabberd({
      host,
      admin: { localpart: 'admin', password: ADMIN_PASSWORD },
    });
    backend = backendFor(ejabberd, ejabberd.admin.jid, ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await backend?.close();
    await ejabberd?.stop();
  });

  it('creates an account that signs in over c2s', async () => {
    expect(await backend.createAccount('alice', 'first-pass-1')).toEqual({
      ok: true,
    });
    expect(await signIn('alice', 'first-pass-1')).toBe(true);
  });

  it('reports a taken name as a conflict', async () => {
    const again = await backend.createAccount('alice', 'other-pass-1');
    expect(again).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await signIn('alice', 'first-pass-1')).toBe(true);
  });

  it('changes a password and deletes an account', async () => {
    expect(await backend.setPassword('alice', 'second-pass-2')).toEqual({
      ok: true,
    });
    expect(await signIn('alice', 'second-pass-2')).toBe(true);
    expect(await signIn('alice', 'first-pass-1')).toBe(false);

    expect(await backend.deleteAccount('alice')).toEqual({ ok: true });
    expect(await signIn('alice', 'second-pass-2')).toBe(false);
  });

  it('reports missing accounts as not-found', async () => {
    expect(await backend.setPassword('nobody', 'some-pass-1')).toMatchObject({
      reason: 'not-found',
    });
    expect(await backend.deleteAccount('nobody')).toMatchObject({
      reason: 'not-found',
    });
  });
});
