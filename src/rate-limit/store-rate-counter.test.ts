import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { MemoryRateCounter } from './memory-rate-counter.js';
import { StoreRateCounter } from './store-rate-counter.js';

const dir = mkdtempSync(join(tmpdir(), 'xmpp-invites-counter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('StoreRateCounter', () => {
  it('decides exactly as the in-memory counter, waits included', async () => {
    const store = openSqliteStore(join(dir, 'counter.db'));
    await store.migrate();
    const shared = new StoreRateCounter(store);
    const memory = new MemoryRateCounter();
    const limit = { max: 3, perMs: 10_000 };

    // Bursts, pauses and steady traffic on two keys.
    const times = [0, 0, 0, 0, 100, 3_400, 3_400, 5_000, 20_000, 20_001];
    for (const [i, now] of times.entries()) {
      const key = i % 4 === 3 ? 'other' : 'key';
      expect(await shared.take(key, limit, now)).toEqual(
        await memory.take(key, limit, now),
      );
    }
    await store.close();
  });
});
