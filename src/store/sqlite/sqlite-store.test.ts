import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
