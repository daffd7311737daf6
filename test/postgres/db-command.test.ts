import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalAccountStore } from '../../src/accounts/local/local-account-store.js';
import { generateApiKey } from '../../src/api-keys/api-key.js';
import { createInvite } from '../../src/invites/create-invite.js';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { type PostgresServer, startPostgres } from '../harness/index.js';
import { makeTempFolder } from '../harness/temp-folder.js';
import { runCli } from '../support/service-process.js';

// `xmpp-invites db copy`, the built program as an operator runs it: a
// SQLite database filled past several copy batches moves to a real
// PostgreSQL, and every row is found there unchanged.

const NOW = 1_800_000_000_000;
const HOSTS = ['example.com', 'example.net'];

let server: PostgresServer;
let dir: string;
let sqlitePath: string;

beforeAll(async () => {
  server = await startPostgres();
  dir = makeTempFolder('db-copy');
  sqlitePath = join(dir, 'old.db');
  const store = openSqliteStore(sqlitePath);
  await store.migrate();
  await fill(store);
  await store.close();
});
afterAll(async () => {
  await server?.stop();
});

describe('db copy', () => {
  it('copies every key, invite, use and local account to PostgreSQL', async () => {
    const copied = await runCli([
      'db',
      'copy',
      '--from',
      `sqlite:${sqlitePath}`,
      '--to',
      server.url,
    ]);
    expect(copied.stderr).toBe('');
    expect(copied.code).toBe(0);
    expect(copied.stdout).toContain('API keys: 6 of 6');
    expect(copied.stdout).toContain('invites: 1300 of 1300');
    expect(copied.stdout).toContain('use records: 1100 of 1100');
    expect(copied.stdout).toContain('local accounts: 700 of 700');
    expect(copied.stdout).toContain('the counts match');

    const before = openSqliteStore(sqlitePath);
    const after = openPostgresStore(server.url);
    try {
      expect(await contents(after)).toEqual(await contents(before));
    } finally {
      await before.close();
      await after.close();
    }
  });

  it('refuses a target that holds data, and writes nothing', async () => {
    const again = await runCli([
      'db',
      'copy',
      '--from',
      `sqlite:${sqlitePath}`,
      '--to',
      server.url,
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /^xmpp-invites: the target database already holds API keys, invites, use records, local accounts: copy into an empty database; nothing was written\n$/,
    );
    expect(await countInvites(server.url)).toBe(1300);
  });

  it('names a missing source or a malformed URL in one line', async () => {
    const missing = await runCli([
      'db',
      'copy',
      '--from',
      `sqlite:${join(dir, 'nothing.db')}`,
      '--to',
      server.url,
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /^xmpp-invites: --from: no SQLite database at .*nothing\.db\n$/,
    );

    const malformed = await runCli([
      'db',
      'copy',
      '--from',
      sqlitePath,
      '--to',
      server.url,
    ]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toBe(
      'xmpp-invites: --from: write sqlite:PATH or postgres://USER@HOST/DB\n',
    );
  });
});

describe('db purge', () => {
  it('deletes finished invites older than purge_after, keeping uses', async () => {
    const config = join(dir, 'purge.yaml');
    const path = join(dir, 'purge.db');
    writeFileSync(
      config,
      `database: sqlite:${path}\npurge_after: 7d\nhosts:\n  example.com:\n    base_url: https://example.com\n`,
    );
    const day = 86_400_000;
    const now = Date.now();
    const store = openSqliteStore(path);
    await store.migrate();
    const request = {
      host: 'example.com',
      kind: 'account' as const,
      createdBy: 'cli',
      ttlMs: day,
    };
    const old = createInvite(request, now - 10 * day);
    const fresh = createInvite(request, now);
    await store.insertInvite(old);
    await store.insertInvite(fresh);
    const use = {
      id: 'kept',
      jid: 'a@example.com',
      action: 'created' as const,
    };
    await store.claimInvite(old.token, now - 10 * day, use);
    await store.confirmUse('kept');
    await store.close();

    const purged = await runCli(['--config', config, 'db', 'purge']);
    expect(purged.stderr).toBe('');
    expect(purged.stdout).toBe('purged 1 invite\n');

    const after = openSqliteStore(path);
    try {
      const left = await after.listInvites('example.com');
      expect(left.map((i) => i.id)).toEqual([fresh.id]);
      expect(await after.listUses(old.id)).toHaveLength(1);
    } finally {
      await after.close();
    }
  });
});

/** Keys, invites in all states, uses and accounts past the batch size. */
async function fill(store: KyselyStore) {
  for (const host of HOSTS) {
    for (let i = 0; i < 3; i++) {
      const { id, secretHash } = generateApiKey();
      await store.insertApiKey({
        id,
        host,
        name: `key ${i}`,
        secretHash,
        createdAt: NOW + i,
        lastUsedAt: i === 0 ? null : NOW + 10 * i,
        expiresAt: i === 2 ? NOW + 86_400_000 : null,
      });
    }
  }

  const invites = Array.from({ length: 1300 }, (_, i) =>
    createInvite(
      {
        host: HOSTS[i % 2] as string,
        kind: i % 3 === 0 ? 'group' : 'account',
        createdBy: i % 5 === 0 ? 'cli' : 'api/token/x',
        ttlMs: 86_400_000,
        maxUses: i % 3 === 0 ? 5 : 1,
        note: i % 7 === 0 ? `note ${i} with ünïcode` : undefined,
        roles: i % 11 === 0 ? ['prosody:registered'] : [],
        groups: i % 13 === 0 ? ['friends', 'family'] : [],
      },
      NOW + i,
    ),
  );
  await Promise.all(invites.map((invite) => store.insertInvite(invite)));
  for (const [i, invite] of invites.slice(0, 1100).entries()) {
    const use = { id: `use-${i}`, jid: `user${i}@${invite.host}` };
    await store.claimInvite(invite.token, NOW + i, {
      ...use,
      action: 'created',
    });
    await store.confirmUse(use.id);
  }
  await store.revokeInvite(
    invites[1200]?.host ?? '',
    invites[1200]?.id ?? '',
    NOW,
  );

  for (const host of HOSTS) {
    const accounts = new LocalAccountStore(store.kysely, host);
    for (let i = 0; i < 350; i++) {
      await accounts.insert(`user${i}`, `$argon2id$v=19$fake${i}`, NOW + i);
    }
  }
}

/** Everything the operator cares about, in a comparable order. */
async function contents(store: KyselyStore) {
  const keys = [];
  const invites = [];
  const uses = [];
  for (const host of HOSTS) {
    keys.push(...(await store.listApiKeys(host)));
    const hostInvites = await store.listInvites(host);
    invites.push(...hostInvites);
    for (const invite of hostInvites) {
      uses.push(...(await store.listUses(invite.id)));
    }
  }
  const accounts = await store.kysely
    .selectFrom('local_accounts')
    .selectAll()
    .execute();
  const sortedAccounts = accounts
    .map((a) => ({
      ...a,
      created_at: Number(a.created_at),
      updated_at: Number(a.updated_at),
    }))
    .sort((a, b) =>
      `${a.host}/${a.localpart}` < `${b.host}/${b.localpart}` ? -1 : 1,
    );
  return { keys, invites, uses, accounts: sortedAccounts };
}

async function countInvites(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query('select count(*)::int as n from invites');
    return result.rows[0].n;
  } finally {
    await client.end();
  }
}
