import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * State shared by every instance on one database: the rate limit of each
 * key (a GCRA timestamp, see src/rate-limit/rate-limit.ts) and when each
 * periodic job is next due.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('tat', 'bigint', (c) => c.notNull())
    .execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // Every limited request writes here. Unlogged skips the WAL and its
    // sync on each write; a crash empties the table, which only forgives
    // the clients counted at that moment.
    await sql`alter table rate_limits set unlogged`.execute(db);
  }

  await db.schema
    .createTable('scheduled_jobs')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('next_run_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('scheduled_jobs').execute();
  await db.schema.dropTable('rate_limits').execute();
}
