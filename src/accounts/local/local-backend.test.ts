import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../../store/kysely-store.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { createLocalBackend, type LocalBackend } from './local-backend.js';
import type { HashCost } from './password-hash.js';

// Cheap hashes keep these tests fast; one test checks the real default.
const CHEAP: HashCost = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

const dir = mkdtempSync(join(tmpdir(), 'xmpp-invites-local-'));
let n = 0;
const opened: KyselyStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function openStore(path = join(dir, `local-${n++}.db`)) {
  const store = openSqliteStore(path);
  opened.push(store);
  await store.migrate();
  return store;
}

async function backendFor(
  host = 'example.com',
  store?: KyselyStore,
): Promise<LocalBackend> {
  const db = (store ?? (await openStore())).kysely;
  return createLocalBackend(host, db, { hashCost: CHEAP });
}

async function storedHash(store: KyselyStore, localpart: string) {
  const row = await store.kysely
    .selectFrom('local_accounts')
    .select('password_hash')
    .where('localpart', '=', localpart)
    .executeTakeFirstOrThrow();
  return row.password_hash;
}

describe('local backend', () => {
  it('creates an account that then exists and verifies', async () => {
    const backend = await backendFor();
    expect(await backend.exists('alice')).toBe(false);
    expect(await backend.createAccount('alice', 'pw:with:colons')).toEqual({
      ok: true,
    });
    expect(await backend.exists('alice')).toBe(true);
    expect(await backend.verifyPassword('alice', 'pw:with:colons')).toBe(true);
    expect(await backend.verifyPassword('alice', 'pw:with:colon')).toBe(false);
    expect(await backend.verifyPassword('nobody', 'pw:with:colons')).toBe(
      false,
    );
  });

  it('stores an Argon2id hash with the default cost, never the password', async () => {
    const store = await openStore();
    const backend = createLocalBackend('example.com', store.kysely);
    await backend.createAccount('alice', 'correct horse battery');

    const hash = await storedHash(store, 'alice');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=32768,p=1,t=3\$/);
    expect(hash).not.toContain('correct horse');
    expect(await backend.verifyPassword('alice', 'correct horse battery')).toBe(
      true,
    );
  });

  it('reports a taken name as a conflict and keeps the first password', async () => {
    const backend = await backendFor();
    await backend.createAccount('alice', 'first-password');
    const again = await backend.createAccount('alice', 'second-password');
    expect(again).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await backend.verifyPassword('alice', 'first-password')).toBe(true);
    expect(await backend.verifyPassword('alice', 'second-password')).toBe(
      false,
    );
  });

  it('lets exactly one of many concurrent creations of a name succeed', async () => {
    const store = await openStore();
    // Separate backends (and so separate pre-checks) over one database,
    // as with several requests in flight at once.
    const backends = Array.from({ length: 16 }, () =>
      createLocalBackend('example.com', store.kysely, { hashCost: CHEAP }),
    );
    const results = await Promise.all(
      backends.map((b, i) => b.createAccount('race', `password-${i}`)),
    );

    const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
    expect(winners).toHaveLength(1);
    const losers = results.filter((r) => !r.ok);
    expect(losers.every((r) => !r.ok && r.reason === 'conflict')).toBe(true);
    const backend = backends[0] as LocalBackend;
    expect(await backend.verifyPassword('race', `password-${winners[0]}`)).toBe(
      true,
    );
  });

  it('decides a race between two processes through the primary key', async () => {
    // Two stores on one file stand in for two processes: each insert
    // finds the name free in its pre-check, and SQLite keeps one.
    const path = join(dir, `shared-${n++}.db`);
    const [a, b] = [await openStore(path), await openStore(path)];
    const results = await Promise.all([
      createLocalBackend('example.com', a.kysely, {
        hashCost: CHEAP,
      }).createAccount('twice', 'password-a'),
      createLocalBackend('example.com', b.kysely, {
        hashCost: CHEAP,
      }).createAccount('twice', 'password-b'),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      results.filter((r) => !r.ok && r.reason === 'conflict'),
    ).toHaveLength(1);
  });

  it('sets a new password, after which only the new one works', async () => {
    const backend = await backendFor();
    await backend.createAccount('alice', 'old-password');
    expect(await backend.setPassword('alice', 'new-password')).toEqual({
      ok: true,
    });
    expect(await backend.verifyPassword('alice', 'new-password')).toBe(true);
    expect(await backend.verifyPassword('alice', 'old-password')).toBe(false);
  });

  it('refuses to set the password of a missing account', async () => {
    const backend = await backendFor();
    expect(await backend.setPassword('ghost', 'whatever-pw')).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
    expect(await backend.exists('ghost')).toBe(false);
  });

  it('deletes an account once', async () => {
    const backend = await backendFor();
    await backend.createAccount('alice', 'some-password');
    expect(await backend.deleteAccount('alice')).toEqual({ ok: true });
    expect(await backend.exists('alice')).toBe(false);
    expect(await backend.verifyPassword('alice', 'some-password')).toBe(false);
    expect(await backend.deleteAccount('alice')).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
  });

  it('keeps hosts apart', async () => {
    const store = await openStore();
    const com = await backendFor('example.com', store);
    const net = await backendFor('example.net', store);
    await com.createAccount('alice', 'com-password');
    expect(await net.exists('alice')).toBe(false);
    expect(await net.createAccount('alice', 'net-password')).toEqual({
      ok: true,
    });
    expect(await com.verifyPassword('alice', 'net-password')).toBe(false);
    await net.deleteAccount('alice');
    expect(await com.exists('alice')).toBe(true);
  });

  it('refuses localparts that are not canonical', async () => {
    const backend = await backendFor();
    for (const name of ['', 'Alice', 'a b', 'a@b', 'a/b', 'ｂｏｂ']) {
      expect(await backend.createAccount(name, 'a-password')).toMatchObject({
        ok: false,
        reason: 'not-allowed',
      });
    }
    expect(await backend.exists('alice')).toBe(false);
    expect(await backend.exists('bob')).toBe(false);

    await backend.createAccount('alice', 'a-password');
    const refused = { ok: false, reason: 'not-allowed' };
    expect(await backend.setPassword('Alice', 'b-password')).toMatchObject(
      refused,
    );
    expect(await backend.deleteAccount('Alice')).toMatchObject(refused);
    expect(await backend.verifyPassword('alice', 'a-password')).toBe(true);
  });

  it('matches a password however its accents are encoded (NFC)', async () => {
    const backend = await backendFor();
    const composed = 'caf\u00e9-au-lait';
    const decomposed = 'cafe\u0301-au-lait';
    await backend.createAccount('alice', decomposed);
    expect(await backend.verifyPassword('alice', composed)).toBe(true);
  });

  it('upgrades a hash made with older parameters at sign-in', async () => {
    const store = await openStore();
    await (await backendFor('example.com', store)).createAccount(
      'alice',
      'a-password',
    );
    const stronger = createLocalBackend('example.com', store.kysely, {
      hashCost: { ...CHEAP, timeCost: 2 },
    });

    expect(await stronger.verifyPassword('alice', 'wrong')).toBe(false);
    expect(await storedHash(store, 'alice')).toContain('t=1');
    expect(await stronger.verifyPassword('alice', 'a-password')).toBe(true);
    expect(await storedHash(store, 'alice')).toContain('t=2');
    expect(await stronger.verifyPassword('alice', 'a-password')).toBe(true);
  });

  it('keeps accounts once the database is closed and opened again', async () => {
    const path = join(dir, `reopen-${n++}.db`);
    const first = openSqliteStore(path);
    await first.migrate();
    await (await backendFor('example.com', first)).createAccount(
      'alice',
      'a-password',
    );
    await first.close();

    const again = await backendFor('example.com', await openStore(path));
    expect(await again.verifyPassword('alice', 'a-password')).toBe(true);
  });

  it('is healthy with its table and says why not without it', async () => {
    expect(await (await backendFor()).checkHealth()).toEqual({ ok: true });

    const bare = openSqliteStore(join(dir, `bare-${n++}.db`));
    opened.push(bare);
    const health = await createLocalBackend('x', bare.kysely).checkHealth();
    expect(health).toMatchObject({ ok: false });
    expect(!health.ok && health.detail).toMatch(/local_accounts/);
  });

  it('cannot be used to register in-band with a preauth token', async () => {
    expect((await backendFor()).supportsInBandPreauth).toBe(false);
  });
});
