import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createInvite } from '../../invites/create-invite.js';
import type { Invite } from '../../invites/invite.js';
import { migrationProvider } from '../migrations/migrations.js';
import { describeStore } from '../store-suite.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'xmpp-invites-sqlite-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function openFresh() {
  const store = openSqliteStore(join(dir, `store-${n++}.db`));
  await store.migrate();
  return store;
}

describeStore('SQLite', openFresh);

describe('SQLite migrations', () => {
  it('apply once, and a second run applies nothing', async () => {
    const path = join(dir, 'migrate.db');
    const first = openSqliteStore(path);
    const all = Object.keys(await migrationProvider.getMigrations());
    expect(all[0]).toBe('0001-initial');
    expect((await first.migrate()).applied).toEqual(all);
    await first.close();

    const again = openSqliteStore(path);
    expect((await again.migrate()).applied).toEqual([]);
    await again.close();
  });
});

describe('SQLite group commit', () => {
  it('commits the good writes of a batch and fails only the bad one', async () => {
    const store = await openFresh();
    const request = {
      host: 'example.com',
      kind: 'account' as const,
      createdBy: 'cli',
      ttlMs: 60_000,
    };
    const first = createInvite(request, Date.now());
    await store.insertInvite(first);

    const good = [
      createInvite(request, Date.now()),
      createInvite(request, Date.now()),
    ];
    const duplicate = {
      ...createInvite(request, Date.now()),
      token: first.token,
    };
    const results = await Promise.allSettled([
      store.insertInvite(good[0] as Invite),
      store.insertInvite(duplicate),
      store.insertInvite(good[1] as Invite),
    ]);

    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const stored = (await store.listInvites('example.com'))
      .map((i) => i.id)
      .sort();
    expect(stored).toEqual([first.id, ...good.map((i) => i.id)].sort());
    await store.close();
  });
});
