import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLocalBackend,
  type LocalBackend,
} from '../../src/accounts/local/local-backend.js';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { type PostgresServer, startPostgres } from '../harness/index.js';

// The local backend's queries on a real PostgreSQL: the same schema and
// the same ON CONFLICT race as on SQLite, through a pool of connections.

const CHEAP = { memoryCost: 1024, timeCost: 1, parallelism: 1 };
let server: PostgresServer;
let store: KyselyStore;
let backend: LocalBackend;

beforeAll(async () => {
  server = await startPostgres();
  store = openPostgresStore(server.url);
  await store.migrate();
  backend = createLocalBackend('example.com', store.kysely, {
    hashCost: CHEAP,
  });
});
afterAll(async () => {
  await store?.close();
  await server?.stop();
});

describe('local backend on PostgreSQL', () => {
  it('creates, verifies, changes and deletes an account', async () => {
    expect(await backend.createAccount('alice', 'first:pw')).toEqual({
      ok: true,
    });
    expect(await backend.verifyPassword('alice', 'first:pw')).toBe(true);
    expect(await backend.createAccount('alice', 'other')).toMatchObject({
      reason: 'conflict',
    });

    expect(await backend.setPassword('alice', 'second:pw')).toEqual({
      ok: true,
    });
    expect(await backend.verifyPassword('alice', 'first:pw')).toBe(false);
    expect(await backend.verifyPassword('alice', 'second:pw')).toBe(true);
    expect(await backend.setPassword('ghost', 'x')).toMatchObject({
      reason: 'not-found',
    });

    expect(await backend.deleteAccount('alice')).toEqual({ ok: true });
    expect(await backend.exists('alice')).toBe(false);
    expect(await backend.checkHealth()).toEqual({ ok: true });
  });

  it('lets one of many concurrent creations of a name succeed', async () => {
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        createLocalBackend('example.com', store.kysely, {
          hashCost: CHEAP,
        }).createAccount('race', `password-${i}`),
      ),
    );
    const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
    expect(winners).toHaveLength(1);
    expect(
      results.filter((r) => !r.ok && r.reason === 'conflict'),
    ).toHaveLength(15);
    expect(await backend.verifyPassword('race', `password-${winners[0]}`)).toBe(
      true,
    );
  });
});
