import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceProcess } from '../support/service-process.js';
import {
  HOST,
  KEY_LIMIT,
  LIMITED,
  postInvite,
  REGISTER_LIMIT,
  register,
  STRICT,
  startTwoInstances,
  type TwoInstances,
} from './two-instances.js';

// The limits live in the shared database: sent through both instances
// together, requests meet one limit, not one per instance, and not one
// per Host header either.

let setup: TwoInstances;
beforeAll(async () => {
  setup = await startTwoInstances();
});
afterAll(async () => {
  await setup?.stop();
});

describe('two instances on one PostgreSQL, and rate limits', () => {
  it('shares one rate limit: 429 from both after the limit, not twice it', async () => {
    const key = await setup.createKey(LIMITED);
    const statuses: Array<{ instance: number; status: number }> = [];
    // Concurrent pairs, one request to each instance at the same moment.
    for (let round = 0; round < KEY_LIMIT; round++) {
      const pair = await Promise.all(
        setup.instances.map(async (instance, i) => {
          const response = await postInvite(instance, key);
          await response.arrayBuffer();
          return {
            instance: i,
            status: response.status,
            retry: response.headers.get('retry-after'),
          };
        }),
      );
      for (const { instance, status, retry } of pair) {
        statuses.push({ instance, status });
        if (status === 429) expect(Number(retry)).toBeGreaterThan(0);
      }
    }

    const created = statuses.filter((s) => s.status === 201);
    expect(created).toHaveLength(KEY_LIMIT);
    expect(
      statuses.filter((s) => s.status !== 201 && s.status !== 429),
    ).toEqual([]);
    // Both instances refused, and the last rounds were all refused.
    for (const i of [0, 1]) {
      expect(statuses.some((s) => s.instance === i && s.status === 429)).toBe(
        true,
      );
    }
    expect(statuses.slice(-4).map((s) => s.status)).toEqual([
      429, 429, 429, 429,
    ]);
  });

  it('counts registrations once per address, whatever Host header they carry', async () => {
    const token = await setup.createInvite(await setup.createKey(STRICT), 100);
    // Configured hosts (one of them unlimited), a host served nowhere,
    // and spellings of the invite's own host.
    const hosts = [
      STRICT,
      HOST,
      LIMITED,
      'unknown.example',
      STRICT.toUpperCase(),
      `${STRICT}:8443`,
    ];
    const statuses: Array<{ instance: number; status: number }> = [];
    for (let i = 0; i < 12; i++) {
      const instance = i % 2;
      const response = await register(
        setup.instances[instance] as ServiceProcess,
        token,
        `strict${i}`,
        hosts[i % hosts.length],
      );
      await response.arrayBuffer();
      statuses.push({ instance, status: response.status });
    }

    expect(statuses.slice(0, REGISTER_LIMIT).map((s) => s.status)).toEqual(
      Array(REGISTER_LIMIT).fill(200),
    );
    expect(statuses.slice(REGISTER_LIMIT).map((s) => s.status)).toEqual(
      Array(12 - REGISTER_LIMIT).fill(429),
    );
    const [accounts] = await setup.query<{ n: number }>(
      "select count(*)::int as n from local_accounts where host = $1 and localpart like 'strict%'",
      [STRICT],
    );
    expect(accounts?.n).toBe(REGISTER_LIMIT);
  });
});
