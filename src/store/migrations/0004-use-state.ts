import type { Kysely } from 'kysely';

/**
 * A use record is now written when the use is claimed, before the account
 * backend is asked, and confirmed once the backend said yes. `claimed`
 * means the outcome was never confirmed (the database went away, or the
 * process died, in between); earlier rows were all confirmed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('invite_uses')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('done'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('invite_uses').dropColumn('state').execute();
}
