import { type Kysely, Migrator } from 'kysely';
import {
  type Invite,
  type InviteUse,
  inviteStatus,
} from '../invites/invite.js';
import type { Database } from './database.js';
import { migrationProvider } from './migrations/migrations.js';
import { purgeInvites } from './purge-invites.js';
import { purgeRateTokens, takeRateToken } from './rate-tokens.js';
import {
  apiKeyFromRow,
  apiKeyToRow,
  inviteFromRow,
  inviteToRow,
  useFromRow,
  useToRow,
} from './rows.js';
import { claimJob, scheduleJob } from './scheduled-jobs.js';
import type {
  ApiKeyRecord,
  ClaimedUse,
  ClaimResult,
  MigrationReport,
  RateStep,
  Store,
} from './store.js';

/**
 * The store in portable SQL, shared by SQLite and PostgreSQL. What differs
 * between them (opening, durability settings, locking) lives in `sqlite/`
 * and `postgres/`, which hand a ready Kysely instance to this class.
 */
export class KyselyStore implements Store {
  constructor(protected readonly db: Kysely<Database>) {}

  /**
   * The query builder itself, for parts that keep tables of their own in
   * this database (the `local` account backend) without widening Store.
   */
  get kysely(): Kysely<Database> {
    return this.db;
  }

  async migrate(): Promise<MigrationReport> {
    const migrator = new Migrator({
      db: this.db,
      provider: migrationProvider,
    });
    const { error, results } = await migrator.migrateToLatest();
    if (error) throw error;
    return {
      applied: (results ?? [])
        .filter((r) => r.status === 'Success')
        .map((r) => r.migrationName),
    };
  }

  async insertApiKey(key: ApiKeyRecord): Promise<void> {
    await this.db.insertInto('api_keys').values(apiKeyToRow(key)).execute();
  }

  async findApiKey(id: string): Promise<ApiKeyRecord | undefined> {
    const row = await this.db
      .selectFrom('api_keys')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && apiKeyFromRow(row);
  }

  async listApiKeys(host: string): Promise<ApiKeyRecord[]> {
    const rows = await this.db
      .selectFrom('api_keys')
      .selectAll()
      .where('host', '=', host)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(apiKeyFromRow);
  }

  async deleteApiKey(host: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('api_keys')
      .where('host', '=', host)
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async insertInvite(
    invite: Invite,
    options: { keyId?: string } = {},
  ): Promise<void> {
    const row = inviteToRow(invite);
    const { keyId } = options;
    if (keyId === undefined) {
      await this.db.insertInto('invites').values(row).execute();
      return;
    }

    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('invites').values(row).execute();
      await tx
        .updateTable('api_keys')
        .set({ last_used_at: invite.createdAt })
        .where('id', '=', keyId)
        .execute();
    });
  }

  async findInviteByToken(token: string): Promise<Invite | undefined> {
    const row = await this.db
      .selectFrom('invites')
      .selectAll()
      .where('token', '=', token)
      .executeTakeFirst();
    return row && inviteFromRow(row);
  }

  async findInvite(host: string, id: string): Promise<Invite | undefined> {
    const row = await this.db
      .selectFrom('invites')
      .selectAll()
      .where('host', '=', host)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && inviteFromRow(row);
  }

  async listInvites(host: string): Promise<Invite[]> {
    const rows = await this.db
      .selectFrom('invites')
      .selectAll()
      .where('host', '=', host)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(inviteFromRow);
  }

  async revokeInvite(host: string, id: string, at: number): Promise<boolean> {
    const result = await this.db
      .updateTable('invites')
      .set({ revoked_at: at })
      .where('host', '=', host)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async claimInvite(
    token: string,
    now: number,
    use?: ClaimedUse,
  ): Promise<ClaimResult> {
    // One conditional UPDATE is the whole race: the database lets exactly
    // one writer move `uses` past the guard for the last use.
    const claimed = await this.db.transaction().execute(async (tx) => {
      const row = await tx
        .updateTable('invites')
        .set((eb) => ({ uses: eb('uses', '+', 1) }))
        .where('token', '=', token)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .where((eb) => eb('uses', '<', eb.ref('max_uses')))
        .returningAll()
        .executeTakeFirst();
      if (row && use) {
        await tx
          .insertInto('invite_uses')
          .values({ ...useToRow(use, row, now), state: 'claimed' })
          .execute();
      }
      return row;
    });
    if (claimed) return { ok: true, invite: inviteFromRow(claimed) };

    const invite = await this.findInviteByToken(token);
    if (!invite) return { ok: false, reason: 'unknown' };
    const status = inviteStatus(invite, now);
    // A use freed between the UPDATE and this read looks valid; calling
    // it used up is the honest answer for the moment of the claim.
    return { ok: false, reason: status === 'valid' ? 'used-up' : status };
  }

  async releaseClaim(inviteId: string, useId?: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('invites')
        .set((eb) => ({ uses: eb('uses', '-', 1) }))
        .where('id', '=', inviteId)
        .where('uses', '>', 0)
        .execute();
      if (useId === undefined) return;
      await tx.deleteFrom('invite_uses').where('id', '=', useId).execute();
    });
  }

  async confirmUse(useId: string): Promise<void> {
    await this.db
      .updateTable('invite_uses')
      .set({ state: 'done' })
      .where('id', '=', useId)
      .execute();
  }

  async listUses(inviteId: string): Promise<InviteUse[]> {
    const rows = await this.db
      .selectFrom('invite_uses')
      .selectAll()
      .where('invite_id', '=', inviteId)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map(useFromRow);
  }

  takeRateToken(
    key: string,
    now: number,
    intervalMs: number,
    burstMs: number,
  ): Promise<RateStep> {
    return takeRateToken(this.db, key, now, intervalMs, burstMs);
  }

  async purge(cutoff: number, now: number): Promise<{ invites: number }> {
    const invites = await purgeInvites(this.db, cutoff);
    await purgeRateTokens(this.db, now);
    return { invites };
  }

  claimJob(name: string, now: number, leaseMs: number): Promise<boolean> {
    return claimJob(this.db, name, now, leaseMs);
  }

  scheduleJob(name: string, nextRunAt: number): Promise<void> {
    return scheduleJob(this.db, name, nextRunAt);
  }

  async ping(): Promise<boolean> {
    try {
      await this.db.selectFrom('api_keys').select('id').limit(1).execute();
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
