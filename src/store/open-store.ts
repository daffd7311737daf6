import type { DatabaseUrl } from '../config/config.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export async function openStore(database: DatabaseUrl): Promise<Store> {
  switch (database.kind) {
    case 'sqlite':
      return openSqliteStore(database.path);
    case 'postgres':
      // TODO: the PostgreSQL store (issue 5) goes here; until it lands a
      // postgres:// URL stops the service at start with this message.
      throw new Error(
        'PostgreSQL storage is not available yet: use sqlite:PATH',
      );
  }
}
