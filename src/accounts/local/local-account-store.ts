import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.js';

/**
 * The `local_accounts` table of one host, in portable SQL so that SQLite
 * and PostgreSQL run the same queries. Each write is one statement that
 * commits on its own; the SQLite store's `synchronous = FULL` (and
 * PostgreSQL's default) makes it durable before the promise resolves.
 */
export class LocalAccountStore {
  constructor(
    private readonly db: Kysely<Database>,
    readonly host: string,
  ) {}

  /**
   * Adds an account, or resolves false when the name is taken. The
   * primary key decides a race: `ON CONFLICT DO NOTHING` lets exactly one
   * of any number of concurrent inserts of one name through, on both
   * dialects, without reading driver-specific error codes.
   */
  async insert(localpart: string, passwordHash: string, now: number) {
    const result = await this.db
      .insertInto('local_accounts')
      .values({
        host: this.host,
        localpart,
        password_hash: passwordHash,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(['host', 'localpart']).doNothing())
      .executeTakeFirst();
    return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
  }

  /** Resolves false when there is no such account. */
  async updateHash(localpart: string, passwordHash: string, now: number) {
    const result = await this.db
      .updateTable('local_accounts')
      .set({ password_hash: passwordHash, updated_at: now })
      .where('host', '=', this.host)
      .where('localpart', '=', localpart)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /**
   * Swaps a hash only if it is still the one read: a rehash after a
   * sign-in must not undo a password change that landed in between.
   */
  async replaceHash(localpart: string, from: string, to: string) {
    await this.db
      .updateTable('local_accounts')
      .set({ password_hash: to })
      .where('host', '=', this.host)
      .where('localpart', '=', localpart)
      .where('password_hash', '=', from)
      .execute();
  }

  /** Resolves false when there is no such account. */
  async delete(localpart: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('local_accounts')
      .where('host', '=', this.host)
      .where('localpart', '=', localpart)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async findHash(localpart: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('local_accounts')
      .select('password_hash')
      .where('host', '=', this.host)
      .where('localpart', '=', localpart)
      .executeTakeFirst();
    return row?.password_hash;
  }

  /** Throws when the table cannot be read (missing migration, I/O). */
  async ping(): Promise<void> {
    await this.db
      .selectFrom('local_accounts')
      .select('localpart')
      .limit(1)
      .execute();
  }
}
