import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AccountBackend } from '../accounts/account-backend.js';
import {
  createLocalBackend,
  type LocalBackend,
} from '../accounts/local/local-backend.js';
import { loadConfig } from '../config/load-config.js';
import { createInvite, type InviteRequest } from '../invites/create-invite.js';
import type { Invite } from '../invites/invite.js';
import {
  openSqliteStore,
  type SqliteStore,
} from '../store/sqlite/sqlite-store.js';
import { RegistrationService } from './registration-service.js';

const dir = mkdtempSync(join(tmpdir(), 'xmpp-invites-registration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = loadConfig({ env: {}, listen: '127.0.0.1:1' });
const host = 'localhost';
const GOOD = 'plenty of words make it strong';
const CHEAP = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

let store: SqliteStore;
let accounts: LocalBackend;
let backend: AccountBackend;
let service: RegistrationService;
let n = 0;

beforeEach(async () => {
  store = openSqliteStore(join(dir, `r${n++}.db`));
  await store.migrate();
  accounts = createLocalBackend(host, store.kysely, { hashCost: CHEAP });
  backend = accounts;
  service = new RegistrationService({
    store,
    hosts: config.hosts,
    backends: new Map([
      [
        host,
        { ...accounts, createAccount: (l, p) => backend.createAccount(l, p) },
      ],
    ]),
    logger: pino({ level: 'silent' }),
    now: Date.now,
  });
});

async function invite(overrides: Partial<InviteRequest> = {}): Promise<Invite> {
  const created = createInvite(
    { host, kind: 'account', createdBy: 'cli', ttlMs: 60_000, ...overrides },
    Date.now(),
  );
  await store.insertInvite(created);
  return created;
}

const register = (token: string, username: string, password = GOOD) =>
  service.register({ token, username, password, confirmation: password });

describe('RegistrationService.register', () => {
  it('creates the account, uses the invite and records the use', async () => {
    const created = await invite();
    const outcome = await register(created.token, 'Alice');
    expect(outcome).toMatchObject({ ok: true, jid: 'alice@localhost' });
    expect(await accounts.verifyPassword('alice', GOOD)).toBe(true);

    const uses = await store.listUses(created.id);
    expect(uses.map((u) => [u.jid, u.action])).toEqual([
      ['alice@localhost', 'created'],
    ]);
    expect(await register(created.token, 'bob')).toEqual({
      ok: false,
      problem: { field: 'invite', reason: 'used-up' },
    });
  });

  it('gives the use back when the name is taken', async () => {
    await accounts.createAccount('alice', GOOD);
    const created = await invite();
    expect(await register(created.token, 'alice')).toEqual({
      ok: false,
      problem: { field: 'username', reason: 'taken' },
    });
    expect((await store.findInviteByToken(created.token))?.uses).toBe(0);
    expect((await register(created.token, 'bob')).ok).toBe(true);
  });

  it('gives the use back when the backend throws', async () => {
    const created = await invite();
    backend = {
      ...accounts,
      createAccount: () => Promise.reject(new Error('bug')),
    };
    await expect(register(created.token, 'alice')).rejects.toThrow('bug');
    expect((await store.findInviteByToken(created.token))?.uses).toBe(0);
  });

  it('keeps the use taken when the backend cannot say what it did', async () => {
    const created = await invite();
    backend = {
      ...accounts,
      createAccount: async () => ({
        ok: false,
        reason: 'unknown',
        detail: 'time-out',
      }),
    };
    expect(await register(created.token, 'alice')).toEqual({
      ok: false,
      problem: { field: 'server', reason: 'unreachable' },
    });
    expect((await store.findInviteByToken(created.token))?.uses).toBe(1);
    expect((await store.listUses(created.id)).map((u) => u.state)).toEqual([
      'claimed',
    ]);
  });

  it('checks names and passwords before claiming anything', async () => {
    const created = await invite();
    expect(await register(created.token, 'root')).toMatchObject({
      problem: { field: 'username', reason: 'reserved' },
    });
    expect(await register(created.token, 'alice', 'short')).toMatchObject({
      problem: { field: 'password', reason: 'too-short' },
    });
    expect((await store.findInviteByToken(created.token))?.uses).toBe(0);
  });

  it('creates only the locked name of a locked invite', async () => {
    const created = await invite({ username: 'carol' });
    expect(await register(created.token, 'mallory')).toMatchObject({
      problem: { field: 'username', reason: 'locked' },
    });
    expect(await register(created.token, '')).toMatchObject({
      ok: true,
      jid: 'carol@localhost',
    });
  });

  it('refuses contact invites until the roster step exists', async () => {
    const created = await invite({ kind: 'contact', username: 'alice' });
    expect(await register(created.token, 'dave')).toEqual({
      ok: false,
      problem: { field: 'invite', reason: 'wrong-kind' },
    });
    expect(await accounts.exists('dave')).toBe(false);
  });

  it('never creates an account with a reset invite', async () => {
    const created = await invite({ kind: 'reset', username: 'erin' });
    expect(await register(created.token, 'erin')).toEqual({
      ok: false,
      problem: { field: 'invite', reason: 'wrong-kind' },
    });
    expect(await accounts.exists('erin')).toBe(false);
  });
});

describe('RegistrationService.resetPassword', () => {
  it('sets a new password for the account of the invite', async () => {
    await accounts.createAccount('alice', GOOD);
    const created = await invite({ kind: 'reset', username: 'alice' });
    const fresh = 'an entirely new pass phrase';
    const outcome = await service.resetPassword({
      token: created.token,
      password: fresh,
    });
    expect(outcome).toMatchObject({ ok: true, jid: 'alice@localhost' });
    expect(await accounts.verifyPassword('alice', fresh)).toBe(true);
    expect(await accounts.verifyPassword('alice', GOOD)).toBe(false);
  });

  it('refuses an account invite, and a missing account gives the use back', async () => {
    const account = await invite();
    expect(
      await service.resetPassword({ token: account.token, password: GOOD }),
    ).toMatchObject({
      problem: { field: 'invite', reason: 'wrong-kind' },
    });

    const ghost = await invite({ kind: 'reset', username: 'ghost' });
    expect(
      await service.resetPassword({ token: ghost.token, password: GOOD }),
    ).toMatchObject({
      problem: { field: 'server', reason: 'not-found' },
    });
    expect((await store.findInviteByToken(ghost.token))?.uses).toBe(0);
    expect(await accounts.exists('ghost')).toBe(false);
  });
});

describe('RegistrationService.lookup', () => {
  it('says why an invite cannot be used', async () => {
    expect(await service.lookup('not-a-token')).toEqual({
      ok: false,
      reason: 'unknown',
    });
    const expired = createInvite(
      { host, kind: 'account', createdBy: 'cli', ttlMs: 1 },
      Date.now() - 10,
    );
    await store.insertInvite(expired);
    expect(await service.lookup(expired.token)).toMatchObject({
      ok: false,
      reason: 'expired',
    });
  });
});
