import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/**
 * Takes a periodic job if it is due, and holds it for `leaseMs`: until
 * then nobody else gets it, and after that it is due again, unless the
 * holder moved it on with `scheduleJob`. One statement decides: of
 * instances asking at the same moment, exactly one gets `true`.
 */
export async function claimJob(
  db: Kysely<Database>,
  name: string,
  now: number,
  leaseMs: number,
): Promise<boolean> {
  const next = now + leaseMs;
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

/** Sets when a job is next due, once a run of it has finished. */
export async function scheduleJob(
  db: Kysely<Database>,
  name: string,
  nextRunAt: number,
): Promise<void> {
  await db
    .updateTable('scheduled_jobs')
    .set({ next_run_at: nextRunAt })
    .where('name', '=', name)
    .execute();
}
