import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { describeStore } from '../../src/store/store-suite.js';
import { type PostgresServer, startPostgres } from '../harness/index.js';

// The shared store suite, on a real PostgreSQL. Each test gets a fresh
// schema-less database: the tables are dropped between tests, so every
// test also proves that migrate() builds the schema from nothing.

let server: PostgresServer;

beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server?.stop();
});

async function openFresh() {
  await resetDatabase(server.url);
  const store = openPostgresStore(server.url);
  await store.migrate();
  return store;
}

describeStore('PostgreSQL', openFresh);

describe('PostgreSQL migrations', () => {
  it('run once when eight instances start together', async () => {
    await resetDatabase(server.url);
    const stores = Array.from({ length: 8 }, () =>
      openPostgresStore(server.url),
    );
    try {
      const reports = await Promise.all(stores.map((s) => s.migrate()));
      const applied = reports.map((r) => r.applied.length);
      expect(applied.filter((n) => n > 0)).toHaveLength(1);
      expect(Math.max(...applied)).toBeGreaterThan(0);
      expect(await stores[0]?.ping()).toBe(true);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});

/** Drops and recreates the public schema: an empty database again. */
async function resetDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('drop schema public cascade; create schema public');
  } finally {
    await client.end();
  }
}
