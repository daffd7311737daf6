import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';

/**
 * The tables that hold what the operator cares about, in the order they
 * are copied, each with the columns of its primary key. Rate limit state
 * and job times are not data: a new database starts them afresh.
 */
export const COPIED_TABLES = [
  { table: 'api_keys', label: 'API keys', key: ['id'] },
  { table: 'invites', label: 'invites', key: ['id'] },
  { table: 'invite_uses', label: 'use records', key: ['id'] },
  {
    table: 'local_accounts',
    label: 'local accounts',
    key: ['host', 'localpart'],
  },
] as const satisfies ReadonlyArray<{
  table: keyof Database;
  label: string;
  key: readonly string[];
}>;

export type CopiedTable = (typeof COPIED_TABLES)[number]['table'];
export type TableCounts = Record<CopiedTable, number>;

/** Rows per read and per insert: well under PostgreSQL's 65535 parameters. */
const BATCH = 500;

export interface CopyProgress {
  start(total: number): void;
  advance(rows: number, table: CopiedTable): void;
}

/**
 * Copies every row of `COPIED_TABLES` from one migrated database to
 * another, which must be empty. The source is read in one transaction
 * (one consistent snapshot) and the target written in one, so a failure
 * part-way leaves the target as empty as it was; the counts are checked
 * before that transaction commits.
 *
 * `sourceKind` says what the source is, for its snapshot: a SQLite read
 * transaction sees one state of the file throughout, while PostgreSQL's
 * default (READ COMMITTED) gives each statement a snapshot of its own, so
 * a service still writing would make the counts and the pages disagree.
 * REPEATABLE READ holds the first statement's snapshot to the end.
 */
export async function copyDatabase(
  from: Kysely<Database>,
  to: Kysely<Database>,
  progress: CopyProgress,
  sourceKind: 'sqlite' | 'postgres',
): Promise<TableCounts> {
  const read = from.transaction();
  const snapshot =
    sourceKind === 'postgres'
      ? read.setIsolationLevel('repeatable read')
      : read;
  return snapshot.execute(async (source) => {
    const counts = await countRows(source);
    progress.start(Object.values(counts).reduce((a, b) => a + b, 0));

    await to.transaction().execute(async (target) => {
      const present = await countRows(target);
      const filled = COPIED_TABLES.filter((t) => present[t.table] > 0);
      if (filled.length > 0)
        throw new TargetNotEmpty(filled.map((t) => t.label));

      for (const spec of COPIED_TABLES) {
        await copyTable(source, target, spec, (rows) =>
          progress.advance(rows, spec.table),
        );
      }
      const copied = await countRows(target);
      const wrong = COPIED_TABLES.filter(
        (t) => copied[t.table] !== counts[t.table],
      );
      if (wrong.length > 0) {
        throw new Error(
          `counts differ after the copy for ${wrong.map((t) => t.label).join(', ')}`,
        );
      }
    });
    return counts;
  });
}

/** The target holds data already; nothing was written. */
export class TargetNotEmpty extends Error {
  constructor(readonly tables: string[]) {
    super(`the target database already holds ${tables.join(', ')}`);
    this.name = 'TargetNotEmpty';
  }
}

export async function countRows(db: Kysely<Database>): Promise<TableCounts> {
  const counts = {} as TableCounts;
  for (const { table } of COPIED_TABLES) {
    const row = await db
      .selectFrom(table)
      .select(sql<number | string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    // PostgreSQL's count is a 64-bit integer, which pg hands over as text.
    counts[table] = Number(row.n);
  }
  return counts;
}

/**
 * Pages through the source by primary key (keyset, so each page is an
 * index seek, however large the table) and inserts each page as is.
 */
async function copyTable(
  source: Kysely<Database>,
  target: Kysely<Database>,
  spec: (typeof COPIED_TABLES)[number],
  copied: (rows: number) => void,
): Promise<void> {
  // Column sets differ per table; the rows pass through untouched.
  const from = source as unknown as Kysely<Record<string, Row>>;
  const to = target as unknown as Kysely<Record<string, Row>>;
  const keys = [...spec.key];
  let after: unknown[] | undefined;

  for (;;) {
    let query = from.selectFrom(spec.table).selectAll();
    if (after) {
      const last = after;
      query = query.where(({ eb, refTuple, tuple }) =>
        keys.length === 1
          ? eb(keys[0] as string, '>', last[0])
          : eb(
              refTuple(keys[0] as string, keys[1] as string),
              '>',
              tuple(last[0], last[1]),
            ),
      );
    }
    for (const key of keys) query = query.orderBy(key);
    const rows = await query.limit(BATCH).execute();
    if (rows.length === 0) return;

    await to.insertInto(spec.table).values(rows).execute();
    copied(rows.length);
    const last = rows[rows.length - 1] as Row;
    after = keys.map((key) => last[key]);
  }
}

type Row = Record<string, unknown>;
