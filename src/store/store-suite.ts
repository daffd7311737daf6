import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateApiKey } from '../api-keys/api-key.js';
import type { InviteRequest } from '../invites/create-invite.js';
import { createInvite } from '../invites/create-invite.js';
import type { ApiKeyRecord, Store } from './store.js';

const NOW = 1_800_000_000_000;
const DAY = 86_400_000;

/**
 * The behaviour every store must have, run once per database: each
 * dialect's test file calls this with a function that opens an empty,
 * migrated store.
 */
export function describeStore(name: string, open: () => Promise<Store>) {
  describe(`${name} store`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    function invite(overrides: Partial<InviteRequest> = {}) {
      return createInvite(
        {
          host: 'example.com',
          kind: 'account',
          createdBy: 'cli',
          ttlMs: DAY,
          ...overrides,
        },
        NOW,
      );
    }

    function key(host = 'example.com'): ApiKeyRecord {
      const { id, secretHash } = generateApiKey();
      return {
        id,
        host,
        name: 'test',
        secretHash,
        createdAt: NOW,
        lastUsedAt: null,
        expiresAt: null,
      };
    }

    it('keeps API keys per host and deletes them', async () => {
      const a = key();
      const b = key('example.net');
      await store.insertApiKey(a);
      await store.insertApiKey(b);

      expect(await store.findApiKey(a.id)).toEqual(a);
      expect(await store.listApiKeys('example.com')).toEqual([a]);
      expect(await store.deleteApiKey('example.net', a.id)).toBe(false);
      expect(await store.deleteApiKey('example.com', a.id)).toBe(true);
      expect(await store.findApiKey(a.id)).toBeUndefined();
      expect(await store.listApiKeys('example.net')).toEqual([b]);
    });

    it('stores an invite and finds it by token and by id', async () => {
      const created = invite({
        note: 'for Bob',
        username: 'bob',
        roles: ['r'],
        groups: ['g'],
      });
      await store.insertInvite(created);

      expect(await store.findInviteByToken(created.token)).toEqual(created);
      expect(await store.findInvite('example.com', created.id)).toEqual(
        created,
      );
      expect(await store.findInvite('example.net', created.id)).toBeUndefined();
      expect(await store.listInvites('example.com')).toEqual([created]);
    });

    it('marks the key as used in the same write as the invite', async () => {
      const k = key();
      await store.insertApiKey(k);
      await store.insertInvite(invite(), { keyId: k.id });
      expect((await store.findApiKey(k.id))?.lastUsedAt).toBe(NOW);
    });

    it('refuses a second invite with the same token', async () => {
      const first = invite();
      await store.insertInvite(first);
      await expect(
        store.insertInvite({ ...invite(), token: first.token }),
      ).rejects.toThrow();
      expect(await store.listInvites('example.com')).toHaveLength(1);
    });

    it('claims a single-use invite once, and again after a release', async () => {
      const created = invite();
      await store.insertInvite(created);

      const first = await store.claimInvite(created.token, NOW);
      expect(first.ok).toBe(true);
      expect(await store.claimInvite(created.token, NOW)).toEqual({
        ok: false,
        reason: 'used-up',
      });

      await store.releaseClaim(created.id);
      expect((await store.claimInvite(created.token, NOW)).ok).toBe(true);
    });

    it('writes the use record with its claim, and takes both back together', async () => {
      const created = invite({ maxUses: 2 });
      await store.insertInvite(created);
      const use = { jid: 'a@example.com', action: 'created' as const };

      await store.claimInvite(created.token, NOW, { ...use, id: 'kept' });
      await store.claimInvite(created.token, NOW, { ...use, id: 'released' });
      expect((await store.listUses(created.id)).map((u) => u.state)).toEqual([
        'claimed',
        'claimed',
      ]);

      await store.releaseClaim(created.id, 'released');
      await store.confirmUse('kept');
      const uses = await store.listUses(created.id);
      expect(uses.map((u) => [u.id, u.jid, u.state, u.at])).toEqual([
        ['kept', 'a@example.com', 'done', NOW],
      ]);
      expect((await store.findInviteByToken(created.token))?.uses).toBe(1);
    });

    it('writes no use record when the claim fails', async () => {
      const created = invite();
      await store.insertInvite(created);
      await store.claimInvite(created.token, NOW, {
        id: 'u1',
        jid: 'a@example.com',
        action: 'created',
      });
      const late = await store.claimInvite(created.token, NOW, {
        id: 'u2',
        jid: 'b@example.com',
        action: 'created',
      });
      expect(late).toEqual({ ok: false, reason: 'used-up' });
      expect((await store.listUses(created.id)).map((u) => u.id)).toEqual([
        'u1',
      ]);
    });

    it('gives exactly maxUses claims to callers racing for them', async () => {
      const created = invite({ maxUses: 5 });
      await store.insertInvite(created);

      const results = await Promise.all(
        Array.from({ length: 40 }, () => store.claimInvite(created.token, NOW)),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(5);
      expect((await store.findInviteByToken(created.token))?.uses).toBe(5);
    });

    it('says why a claim fails', async () => {
      const expired = invite();
      const revoked = invite();
      await store.insertInvite(expired);
      await store.insertInvite(revoked);
      expect(await store.revokeInvite('example.com', revoked.id, NOW)).toBe(
        true,
      );
      expect(await store.revokeInvite('example.com', revoked.id, NOW)).toBe(
        false,
      );

      expect(await store.claimInvite(expired.token, NOW + DAY)).toEqual({
        ok: false,
        reason: 'expired',
      });
      expect(await store.claimInvite(revoked.token, NOW)).toEqual({
        ok: false,
        reason: 'revoked',
      });
      expect(await store.claimInvite('no-such-token-at-all', NOW)).toEqual({
        ok: false,
        reason: 'unknown',
      });
    });

    it('records each use of an invite', async () => {
      const created = invite({ maxUses: 2 });
      await store.insertInvite(created);
      for (const [id, jid, at] of [
        ['u1', 'a@example.com', NOW],
        ['u2', 'b@example.com', NOW + 1],
      ] as const) {
        await store.claimInvite(created.token, at, {
          id,
          jid,
          action: 'created',
        });
        await store.confirmUse(id);
      }

      const uses = await store.listUses(created.id);
      expect(uses.map((u) => u.jid)).toEqual([
        'a@example.com',
        'b@example.com',
      ]);
    });

    it('counts a shared rate limit exactly, even under a race', async () => {
      // GCRA with 5 per 5 s: interval 1 s, burst 5 s.
      const take = (key: string, now: number) =>
        store.takeRateToken(key, now, 1_000, 5_000);
      const racing = await Promise.all(
        Array.from({ length: 40 }, () => take('a', NOW)),
      );
      expect(racing.filter((r) => r.allowed)).toHaveLength(5);

      const refused = await take('a', NOW);
      expect(refused).toEqual({ allowed: false, tat: NOW + 5_000 });
      expect((await take('b', NOW)).allowed).toBe(true);
      expect((await take('a', NOW + 1_000)).allowed).toBe(true);
      expect((await take('a', NOW + 1_000)).allowed).toBe(false);
    });

    it('purges finished invites after the grace period, keeping uses', async () => {
      const cutoff = NOW + 10 * DAY;
      const expired = invite();
      const revoked = invite({ ttlMs: 30 * DAY });
      const usedUp = invite({ ttlMs: 30 * DAY });
      const usedLate = invite({ ttlMs: 30 * DAY });
      const open = invite({ ttlMs: 30 * DAY });
      const group = invite({ ttlMs: 30 * DAY, maxUses: 3 });
      for (const i of [expired, revoked, usedUp, usedLate, open, group]) {
        await store.insertInvite(i);
      }
      await store.revokeInvite('example.com', revoked.id, NOW + DAY);
      for (const [i, at] of [
        [usedUp, NOW + DAY],
        [usedLate, cutoff + 1],
        [group, NOW + DAY],
      ] as const) {
        const use = { id: `use-${i.id}`, jid: `${i.id}@example.com` };
        const claim = await store.claimInvite(i.token, at, {
          ...use,
          action: 'created',
        });
        expect(claim.ok).toBe(true);
        await store.confirmUse(use.id);
      }

      expect(await store.purge(cutoff, cutoff)).toEqual({ invites: 3 });
      const left = (await store.listInvites('example.com')).map((i) => i.id);
      expect(left.sort()).toEqual([usedLate.id, open.id, group.id].sort());
      expect(await store.listUses(usedUp.id)).toHaveLength(1);
      expect(await store.purge(cutoff, cutoff)).toEqual({ invites: 0 });
    });

    it('never purges an invite younger than the grace period', async () => {
      const young = invite({ ttlMs: 1 });
      await store.insertInvite(young);
      expect(await store.purge(NOW, NOW + DAY)).toEqual({ invites: 0 });
      expect(await store.findInvite('example.com', young.id)).toBeDefined();
    });

    it('forgets rate limits whose time has passed when purging', async () => {
      await store.takeRateToken('k', NOW, 1_000, 1_000);
      await store.purge(0, NOW + 1_000);
      const again = await store.takeRateToken('k', NOW, 1_000, 1_000);
      expect(again.allowed).toBe(true);
    });

    it('gives a due periodic job to one caller of many', async () => {
      const claims = await Promise.all(
        Array.from({ length: 10 }, () => store.claimJob('purge', NOW, DAY)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store.claimJob('purge', NOW + DAY - 1, DAY)).toBe(false);
      expect(await store.claimJob('other', NOW, DAY)).toBe(true);
      expect(await store.claimJob('purge', NOW + DAY, DAY)).toBe(true);
    });

    it('moves a claimed job on once its run has finished', async () => {
      expect(await store.claimJob('purge', NOW, 1_000)).toBe(true);
      await store.scheduleJob('purge', NOW + DAY);
      expect(await store.claimJob('purge', NOW + 1_000, 1_000)).toBe(false);
      expect(await store.claimJob('purge', NOW + DAY, 1_000)).toBe(true);
    });

    it('answers a ping', async () => {
      expect(await store.ping()).toBe(true);
    });
  });
}
