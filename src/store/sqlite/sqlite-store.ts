import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../database.js';
import { KyselyStore } from '../kysely-store.js';

/**
 * Opens (and creates) the SQLite file. WAL lets page views read while a
 * write commits; `synchronous = FULL` makes every commit reach the disk
 * before it returns, which is what lets the HTTP layer answer 201 only
 * for invites that survive a crash or `kill -9`.
 */
export function openSqliteStore(path: string): KyselyStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });

  const database = new SqliteDatabase(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');

  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database }),
  });
  return new KyselyStore(db);
}
