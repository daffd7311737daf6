import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createInvite } from '../invites/create-invite.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { PurgeSchedule } from './purge-schedule.js';

const dir = mkdtempSync(join(tmpdir(), 'xmpp-invites-purge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DAY = 86_400_000;
const NOW = 1_800_000_000_000;
const quiet = { info() {}, warn() {} };

describe('PurgeSchedule', () => {
  it('purges once per period, whichever of two instances asks first', async () => {
    const path = join(dir, 'shared.db');
    const first = openSqliteStore(path);
    await first.migrate();
    const second = openSqliteStore(path);
    const old = createInvite(
      { host: 'example.com', kind: 'account', createdBy: 'cli', ttlMs: DAY },
      NOW - 40 * DAY,
    );
    await first.insertInvite(old);

    let clock = NOW;
    const schedule = (store: typeof first) =>
      new PurgeSchedule({
        store,
        purgeAfterMs: 30 * DAY,
        logger: quiet,
        now: () => clock,
      });
    const [a, b] = [schedule(first), schedule(second)];
    const runs = await Promise.all([a.runIfDue(), b.runIfDue()]);
    expect(runs.filter((r) => r !== undefined)).toEqual([{ invites: 1 }]);
    expect(await first.findInvite('example.com', old.id)).toBeUndefined();

    expect(await a.runIfDue()).toBeUndefined();
    clock += 3_600_000;
    expect(await b.runIfDue()).toEqual({ invites: 0 });

    await first.close();
    await second.close();
  });

  it('tries a failed purge again at the next check, not a period later', async () => {
    const store = openSqliteStore(join(dir, 'retry.db'));
    await store.migrate();
    const old = createInvite(
      { host: 'example.com', kind: 'account', createdBy: 'cli', ttlMs: DAY },
      NOW - 40 * DAY,
    );
    await store.insertInvite(old);
    let failures = 1;
    const flaky = {
      claimJob: store.claimJob.bind(store),
      scheduleJob: store.scheduleJob.bind(store),
      async purge(cutoff: number, now: number) {
        if (failures-- > 0) throw new Error('the database went away');
        return store.purge(cutoff, now);
      },
    };
    let clock = NOW;
    const schedule = new PurgeSchedule({
      store: flaky,
      purgeAfterMs: 30 * DAY,
      logger: quiet,
      now: () => clock,
      checkEveryMs: 300_000,
    });

    await expect(schedule.runIfDue()).rejects.toThrow('went away');
    clock += 299_999;
    expect(await schedule.runIfDue()).toBeUndefined();
    clock += 1;
    expect(await schedule.runIfDue()).toEqual({ invites: 1 });
    clock += 300_000;
    expect(await schedule.runIfDue()).toBeUndefined();
    await store.close();
  });

  it('does nothing when purge_after is off', async () => {
    const store = openSqliteStore(join(dir, 'off.db'));
    await store.migrate();
    const schedule = new PurgeSchedule({
      store,
      purgeAfterMs: null,
      logger: quiet,
      now: () => NOW,
    });
    expect(await schedule.runIfDue()).toBeUndefined();
    expect(await store.claimJob('purge', NOW, 1)).toBe(true);
    await store.close();
  });
});
