import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  UnknownRow,
} from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../../src/invites/create-invite.js';
import {
  COPIED_TABLES,
  copyDatabase,
  countRows,
} from '../../src/store/copy-database.js';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { type PostgresServer, startPostgres } from '../harness/index.js';

// copyDatabase from a PostgreSQL source that a service is still writing
// to: the copy must be one snapshot, so that what it counted is what it
// copied. Under PostgreSQL's default READ COMMITTED each statement sees
// the rows committed before it, and an invite written between the count
// and the copy of the invites table made the counts disagree.

const NOW = 1_800_000_000_000;
const noProgress = { start() {}, advance() {} };

let server: PostgresServer;
let source: KyselyStore;
let writer: KyselyStore;
let target: KyselyStore;

beforeAll(async () => {
  server = await startPostgres();
  const sourceUrl = await createDatabase('copy_source');
  const targetUrl = await createDatabase('copy_target');
  source = openPostgresStore(sourceUrl);
  writer = openPostgresStore(sourceUrl);
  target = openPostgresStore(targetUrl);
  await source.migrate();
  await target.migrate();
  for (let i = 0; i < 20; i++) await source.insertInvite(invite(i));
});
afterAll(async () => {
  await Promise.all([source, writer, target].map((s) => s?.close()));
  await server?.stop();
});

describe('copyDatabase from PostgreSQL', () => {
  it('copies one snapshot while the source takes new invites', async () => {
    // Once the copy has counted every table, another connection commits
    // five more invites, before the copy reads the invites table.
    let results = 0;
    const writeAfterCounts: KyselyPlugin = {
      transformQuery: (args: PluginTransformQueryArgs) => args.node,
      async transformResult(
        args: PluginTransformResultArgs,
      ): Promise<QueryResult<UnknownRow>> {
        if (++results === COPIED_TABLES.length) {
          for (let i = 100; i < 105; i++) {
            await writer.insertInvite(invite(i));
          }
        }
        return args.result;
      },
    };

    const counts = await copyDatabase(
      source.kysely.withPlugin(writeAfterCounts),
      target.kysely,
      noProgress,
      'postgres',
    );

    expect(results).toBeGreaterThan(COPIED_TABLES.length);
    expect(counts.invites).toBe(20);
    expect((await countRows(target.kysely)).invites).toBe(20);
    expect((await countRows(source.kysely)).invites).toBe(25);
  });
});

function invite(i: number) {
  return createInvite(
    {
      host: 'example.com',
      kind: 'account',
      createdBy: 'cli',
      ttlMs: 86_400_000,
    },
    NOW + i,
  );
}

/** A fresh database on the test server, and its URL. */
async function createDatabase(name: string): Promise<string> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return url.toString();
}
