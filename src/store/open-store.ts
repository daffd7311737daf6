import type { DatabaseUrl } from '../config/config.js';
import type { KyselyStore } from './kysely-store.js';

/**
 * Opens the configured store. Each driver is loaded only when asked for:
 * a SQLite site never pays for loading `pg`, and the other way round.
 */
export async function openStore(database: DatabaseUrl): Promise<KyselyStore> {
  switch (database.kind) {
    case 'sqlite': {
      const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
      return openSqliteStore(database.path);
    }
    case 'postgres': {
      const { openPostgresStore } = await import(
        './postgres/postgres-store.js'
      );
      return openPostgresStore(database.url);
    }
  }
}
