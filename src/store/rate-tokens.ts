import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';
import type { RateStep } from './store.js';

/**
 * One GCRA step in one statement, so that instances sharing the database
 * never lose a count to a race: the row is inserted for a new key, or
 * moved on by `intervalMs` only while it stays within `burstMs` of now.
 * No row back means the request was refused; a second read then gives the
 * time to report in Retry-After.
 */
export async function takeRateToken(
  db: Kysely<Database>,
  subject: string,
  now: number,
  intervalMs: number,
  burstMs: number,
): Promise<RateStep> {
  const key = hashKey(subject);
  const start = sql<number>`case when rate_limits.tat > ${now}
    then rate_limits.tat else ${now} end`;
  const moved = sql<number>`${start} + ${intervalMs}`;

  const taken = await db
    .insertInto('rate_limits')
    .values({ key, tat: now + intervalMs })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ tat: moved })
        .where(moved, '<=', now + burstMs),
    )
    .returning('tat')
    .executeTakeFirst();
  if (taken) return { allowed: true, tat: Number(taken.tat) };

  const row = await db
    .selectFrom('rate_limits')
    .select('tat')
    .where('key', '=', key)
    .executeTakeFirst();
  return { allowed: false, tat: row ? Number(row.tat) : now };
}

/** Rows whose time has passed say nothing a missing row would not. */
export async function purgeRateTokens(
  db: Kysely<Database>,
  now: number,
): Promise<number> {
  const result = await db
    .deleteFrom('rate_limits')
    .where('tat', '<=', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Keys name a client address or an API key id; the table holds only a
 * hash of them, of fixed length.
 */
function hashKey(subject: string): string {
  return createHash('sha256').update(subject).digest('base64url').slice(0, 32);
}
