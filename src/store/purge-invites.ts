import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';

/**
 * Deletes the invites that can never be used again and whose grace
 * period ended before `cutoff`: expired, revoked, or used up with no use
 * after the cutoff. Use records stay, so an operator can still trace who
 * invited whom. Running it twice, or on two instances at once, deletes
 * nothing more than once.
 *
 * An invite younger than the cutoff is never touched: a used-up invite
 * whose last use is still being recorded (claimed, account being
 * created) is at least that young, or has a use newer than the cutoff.
 */
export async function purgeInvites(
  db: Kysely<Database>,
  cutoff: number,
): Promise<number> {
  const result = await db
    .deleteFrom('invites')
    .where('created_at', '<', cutoff)
    .where((eb) =>
      eb.or([
        eb('expires_at', '<', cutoff),
        eb('revoked_at', '<', cutoff),
        eb.and([
          eb('uses', '>=', eb.ref('max_uses')),
          eb.not(
            eb.exists(
              eb
                .selectFrom('invite_uses')
                .select(sql`1`.as('one'))
                .whereRef('invite_uses.invite_id', '=', 'invites.id')
                .where('invite_uses.at', '>=', cutoff),
            ),
          ),
        ]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
