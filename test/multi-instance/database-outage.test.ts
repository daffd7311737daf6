import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceProcess } from '../support/service-process.js';
import {
  inviteState,
  postInvite,
  register,
  startTwoInstances,
  type TwoInstances,
  waitFor,
} from './two-instances.js';

// PostgreSQL stops under load from both instances: callers get 503 with
// a time to retry, nothing acknowledged is lost, registrations stay whole
// (a use is never counted without its record, nor confirmed without its
// account), and both instances serve again once it is back, with no
// restart.

let setup: TwoInstances;
beforeAll(async () => {
  setup = await startTwoInstances();
});
afterAll(async () => {
  await setup?.stop();
});

describe('two instances on one PostgreSQL that goes away', () => {
  it('answers 503 while PostgreSQL is down, loses nothing, and heals', async () => {
    const { instances, postgres } = setup;
    const key = await setup.createKey();
    const groupToken = await setup.createInvite(key, 10_000);
    const registered: string[] = [];
    const acknowledged: string[] = [];
    const during: number[] = [];
    const retryAfter = new Set<string | null>();
    const wrong: string[] = [];
    let down = false;
    let stop = false;

    // Eight clients per instance, each bounded to 400 requests.
    const client = async (instance: ServiceProcess) => {
      for (let i = 0; i < 400 && !stop; i++) {
        const response = await postInvite(instance, key).catch(() => undefined);
        if (!response) continue;
        const body = (await response.json()) as { id?: string; error?: string };
        if (response.status === 201 && body.id) acknowledged.push(body.id);
        if (down) during.push(response.status);
        if (response.status === 503) {
          retryAfter.add(response.headers.get('retry-after'));
        }
        if (
          response.status !== 201 &&
          body.error !== 'XI_DATABASE_UNAVAILABLE'
        ) {
          wrong.push(`${response.status} ${JSON.stringify(body)}`);
        }
      }
    };
    // And two registering clients per instance, each bounded to 200.
    const registrant = async (instance: ServiceProcess, prefix: string) => {
      for (let i = 0; i < 200 && !stop; i++) {
        const user = `${prefix}x${i}`;
        const response = await register(instance, groupToken, user).catch(
          () => undefined,
        );
        if (!response) continue;
        await response.arrayBuffer();
        if (response.status === 200) registered.push(user);
        else if (response.status !== 503)
          wrong.push(`register ${response.status}`);
      }
    };
    const load = Promise.all([
      ...instances.flatMap((instance) =>
        Array.from({ length: 8 }, () => client(instance)),
      ),
      ...instances.flatMap((instance, n) =>
        [0, 1].map((k) => registrant(instance, `outage${n}${k}`)),
      ),
    ]);

    await waitFor(
      async () => acknowledged.length >= 100,
      'the first 100 invites',
    );
    await postgres.halt();
    down = true;
    await waitFor(
      async () => during.filter((s) => s === 503).length >= 32,
      '32 answers 503 while PostgreSQL is down',
    );

    for (const instance of instances) {
      const health = await fetch(`${instance.baseUrl}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable' });
      const page = await fetch(`${instance.baseUrl}/invite?${'x'.repeat(22)}`, {
        headers: { accept: 'text/html' },
      });
      expect(page.status).toBe(503);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(page.headers.get('retry-after')).toBe('30');
    }

    await postgres.resume();
    down = false;
    // Healed with no restart: both instances create invites again.
    for (const instance of instances) {
      await waitFor(
        async () => (await postInvite(instance, key)).status === 201,
        'serving again once PostgreSQL is back',
      );
    }
    stop = true;
    await load;

    expect(wrong).toEqual([]);
    expect([...retryAfter]).toEqual(['30']);
    // The same processes throughout: a dropped connection must not end one.
    expect(instances.map((i) => i.child.exitCode)).toEqual([null, null]);
    expect(during.filter((s) => s === 503).length).toBeGreaterThanOrEqual(32);
    const stored = new Set(
      (await setup.query<{ id: string }>('select id from invites')).map(
        (r) => r.id,
      ),
    );
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);

    // Registrations: the use count and the use records never part (they
    // are written together); every account that got its 200 exists and
    // has a record; a record still `claimed` is one whose outcome the
    // outage kept from being confirmed, never a confirmed use without
    // an account.
    const { uses, records } = await inviteState(setup, groupToken);
    expect(uses).toBe(records);
    const accounts = new Set(
      (
        await setup.query<{ localpart: string }>(
          "select localpart from local_accounts where localpart like 'outage%'",
        )
      ).map((r) => r.localpart),
    );
    expect(registered.length).toBeGreaterThan(0);
    expect(registered.filter((u) => !accounts.has(u))).toEqual([]);
    const done = await setup.query<{ jid: string }>(
      "select jid from invite_uses where state = 'done' and jid like 'outage%'",
    );
    expect(
      done.filter((r) => !accounts.has(r.jid.split('@')[0] as string)),
    ).toEqual([]);
    const recorded = new Set(
      (
        await setup.query<{ jid: string }>(
          "select jid from invite_uses where jid like 'outage%'",
        )
      ).map((r) => r.jid.split('@')[0]),
    );
    expect([...accounts].filter((a) => !recorded.has(a))).toEqual([]);
    for (const instance of instances) {
      expect((await fetch(`${instance.baseUrl}/health`)).status).toBe(200);
    }
  });
});
