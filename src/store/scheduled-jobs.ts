import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/**
 * Takes a periodic job if it is due, and marks it due again in
 * `intervalMs`. One statement decides: of instances asking at the same
 * moment, exactly one gets `true`.
 */
export async function claimJob(
  db: Kysely<Database>,
  name: string,
  now: number,
  intervalMs: number,
): Promise<boolean> {
  const next = now + intervalMs;
  const claimed = await db
    .insertInto('scheduled_jobs')
    .values({ name, next_run_at: next })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ next_run_at: next })
        .where('scheduled_jobs.next_run_at', '<=', now),
    )
    .returning('name')
    .executeTakeFirst();
  return claimed !== undefined;
}
