import type { Kysely } from 'kysely';

/**
 * The account directory of the `local` backend. The primary key on
 * (host, localpart) is what decides a race for one name: of two inserts,
 * the database keeps one and the other sees a conflict.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('local_accounts')
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('localpart', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('local_accounts_pk', ['host', 'localpart'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('local_accounts').execute();
}
