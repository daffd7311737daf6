import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../database.js';
import { KyselyStore } from '../kysely-store.js';
import { GuardedDriver } from './guarded-driver.js';

/**
 * Connections per instance. Several instances share one server, whose
 * default `max_connections` is 100: ten each leaves room for a handful of
 * instances, the command line and the operator's psql.
 */
export const POOL_SIZE = 10;

/**
 * The PostgreSQL store: the portable KyselyStore over a `pg` pool. Every
 * statement commits before it resolves (PostgreSQL's default
 * `synchronous_commit = on`), so a reply never runs ahead of the disk.
 *
 * When the server goes away, queries fail fast with
 * `Errors.databaseUnavailable`; the pool drops broken connections and
 * opens fresh ones once the server answers again, so the service recovers
 * without a restart.
 */
export function openPostgresStore(url: string): KyselyStore {
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    // Fail a request within seconds when the server is unreachable,
    // rather than queueing it until the client gives up.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    statement_timeout: 30_000,
    application_name: 'xmpp-invites',
  });
  // A connection that the server drops (a restart, a failover) emits an
  // 'error' event, and an event with no listener ends the process. The
  // pool listens only while a connection is idle; one checked out between
  // two statements of a transaction needs a listener of its own. Nothing
  // is lost by ignoring the event: the next query on that connection
  // fails (and answers 503), and the pool discards it when released.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });

  const dialect = new GuardedPostgresDialect({ pool });
  return new KyselyStore(new Kysely<Database>({ dialect }));
}

class GuardedPostgresDialect extends PostgresDialect {
  override createDriver() {
    return new GuardedDriver(super.createDriver());
  }
}
