import type { DatabaseUrl } from '../config/config.js';
import type { KyselyStore } from './kysely-store.js';
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

export async function openStore(database: DatabaseUrl): Promise<KyselyStore> {
  switch (database.kind) {
    case 'sqlite':
      return openSqliteStore(database.path);
    case 'postgres':
      return openPostgresStore(database.url);
  }
}
