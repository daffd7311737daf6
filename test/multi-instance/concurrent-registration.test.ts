import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationProvider } from '../../src/store/migrations/migrations.js';
import type { ServiceProcess } from '../support/service-process.js';
import {
  accountsNamed,
  inviteState,
  register,
  startTwoInstances,
  type TwoInstances,
} from './two-instances.js';

// Two instances that started together on an empty database, and one
// invite raced from both: one account per use, never more.

let setup: TwoInstances;
beforeAll(async () => {
  setup = await startTwoInstances();
});
afterAll(async () => {
  await setup?.stop();
});

/** 64 registrations at once, alternating between the two instances. */
async function race(token: string, prefix: string): Promise<number[]> {
  const attempts = Array.from({ length: 64 }, async (_, i) => {
    const instance = setup.instances[i % 2] as ServiceProcess;
    const response = await register(instance, token, `${prefix}${i}`);
    await response.arrayBuffer();
    return response.status;
  });
  return Promise.all(attempts);
}

describe('two instances on one PostgreSQL, registering at once', () => {
  it('migrated once, and both serve', async () => {
    const rows = await setup.query<{ name: string }>(
      'select name from kysely_migration order by name',
    );
    const all = Object.keys(await migrationProvider.getMigrations());
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(rows.map((r) => r.name)).toEqual(all);
    for (const instance of setup.instances) {
      const health = await fetch(`${instance.baseUrl}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ database: { ok: true } });
    }
  });

  it('creates exactly one account from a single-use invite raced 64 times', async () => {
    const token = await setup.createInvite(await setup.createKey(), 1);
    const statuses = await race(token, 'single');

    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 200 && s !== 410)).toEqual([]);
    expect(await accountsNamed(setup, 'single')).toBe(1);
    expect(await inviteState(setup, token)).toEqual({ uses: 1, records: 1 });
  });

  it('creates exactly five accounts from a group invite for five', async () => {
    const token = await setup.createInvite(await setup.createKey(), 5);
    const statuses = await race(token, 'group');

    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s !== 200 && s !== 410)).toEqual([]);
    expect(await accountsNamed(setup, 'group')).toBe(5);
    expect(await inviteState(setup, token)).toEqual({ uses: 5, records: 5 });
  });
});
