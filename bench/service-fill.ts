import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';

export interface ServiceFill {
  host: string;
  /** Recorded as the creator, as the API does: `api/token/ID`. */
  keyId: string;
  count: number;
}

/** Columns the bench knows how to fill, from the first migration. */
type Row = Record<string, string | number | null>;

interface ColumnInfo {
  name: string;
  notnull: number;
  dflt_value: unknown;
  pk: number;
}

/**
 * Stores `count` account invites straight into the service's SQLite file
 * (after `migrate`), in one transaction with one prepared statement: a
 * million rows in seconds, where a million API calls would take minutes.
 * Only columns the table has are written; a required column the bench
 * does not know fails here, by name, instead of skewing the figures.
 */
export function fillServiceSqlite(path: string, fill: ServiceFill): void {
  const db = new Database(path);
  try {
    const columns = db
      .prepare('SELECT * FROM pragma_table_info(?)')
      .all('invites') as ColumnInfo[];
    const sample = makeRow(fill, Date.now());
    checkColumns(columns, sample);

    const names = columns
      .map((column) => column.name)
      .filter((name) => name in sample);
    const insert = db.prepare(
      `INSERT INTO invites (${names.map(quote).join(', ')})
       VALUES (${names.map(() => '?').join(', ')})`,
    );
    db.transaction(() => {
      const now = Date.now();
      for (let i = 0; i < fill.count; i++) {
        // As if made one millisecond apart, oldest first.
        const row = makeRow(fill, now - fill.count + i);
        insert.run(names.map((name) => row[name] ?? null));
      }
    })();
    // A store that has lived with this many invites has been checkpointed
    // long ago; a fresh WAL of the whole fill would instead slow the
    // server's start (it rebuilds the WAL index) and its first writes.
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

function makeRow(fill: ServiceFill, now: number): Row {
  return {
    // The service's id shape (src/invites/token.ts): time, then random.
    id:
      now.toString(36).padStart(9, '0') + randomBytes(6).toString('base64url'),
    token: randomBytes(18).toString('base64url'),
    host: fill.host,
    kind: 'account',
    username: null,
    created_at: now,
    expires_at: now + 7 * 86_400_000,
    max_uses: 1,
    uses: 0,
    revoked_at: null,
    created_by: `api/token/${fill.keyId}`,
    note: null,
    roles: '[]',
    groups: '[]',
  };
}

function checkColumns(columns: ColumnInfo[], sample: Row): void {
  if (columns.length === 0) {
    throw new Error('the service database has no invites table: migrate first');
  }
  const unknown = columns.filter(
    (c) =>
      !(c.name in sample) && c.notnull === 1 && c.dflt_value === null && !c.pk,
  );
  if (unknown.length > 0) {
    const names = unknown.map((c) => c.name).join(', ');
    throw new Error(
      `bench/service-fill.ts does not know the required invites column(s) ${names}; teach it`,
    );
  }
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
