import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Invite } from '../../invites/invite.js';
import type { ApiKeysTable, Database, InvitesTable } from '../database.js';
import { KyselyStore } from '../kysely-store.js';
import { apiKeyFromRow, inviteFromRow, inviteToRow } from '../rows.js';
import type { ApiKeyRecord, MigrationReport } from '../store.js';
import { GroupCommit } from './group-commit.js';
import { WalSync } from './wal-sync.js';

/**
 * The SQLite store. WAL lets page views read while a write commits;
 * `synchronous = FULL` makes every commit reach the disk before it
 * returns, which is what lets the HTTP layer answer 201 only for invites
 * that survive a crash or `kill -9`. Invite creation, the hot write, goes
 * through a group commit so that concurrent requests share one sync.
 */
export class SqliteStore extends KyselyStore {
  private readonly groupCommit: GroupCommit;
  private readonly walSync: WalSync;
  /** Prepared on first use: the tables exist only once migrate() ran. */
  private prepared?: {
    insert: SqliteDatabase.Statement;
    touch: SqliteDatabase.Statement;
    findKey: SqliteDatabase.Statement;
    findInvite: SqliteDatabase.Statement;
  };

  /**
   * `database` serves Kysely with `synchronous = FULL`; `writer` is a
   * second connection to the same file for the group commit, whose syncs
   * it does itself (see GroupCommit).
   */
  constructor(
    database: SqliteDatabase.Database,
    private readonly writer: SqliteDatabase.Database,
    walPath: string,
  ) {
    super(new Kysely<Database>({ dialect: new SqliteDialect({ database }) }));
    this.walSync = new WalSync(walPath);
    this.groupCommit = new GroupCommit(writer, this.walSync.sync);
  }

  override async insertInvite(
    invite: Invite,
    options: { keyId?: string } = {},
  ): Promise<void> {
    const statements = this.statements();
    const row = inviteToRow(invite);
    await this.groupCommit.run(() => {
      statements.insert.run(row);
      if (options.keyId !== undefined) {
        statements.touch.run(invite.createdAt, options.keyId);
      }
    });
  }

  /** Read on every API call: a prepared statement skips query building. */
  override async findApiKey(id: string): Promise<ApiKeyRecord | undefined> {
    const row = this.statements().findKey.get(id) as ApiKeysTable | undefined;
    return row && apiKeyFromRow(row);
  }

  /**
   * Several processes may open a fresh file at once: ejabberd starts a
   * pool of extauth bridges, an operator runs a command while the service
   * starts. Kysely takes no lock across processes on SQLite, so one
   * migration can fail on a table another has just created; the loser
   * tries again once the winner has recorded its work.
   */
  override async migrate(): Promise<MigrationReport> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await super.migrate();
      } catch (error) {
        if (attempt >= 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  }

  /** Read on every page view, likewise. */
  override async findInviteByToken(token: string): Promise<Invite | undefined> {
    const row = this.statements().findInvite.get(token) as
      | InvitesTable
      | undefined;
    return row && inviteFromRow(row);
  }

  override async close(): Promise<void> {
    await super.close();
    this.walSync.close();
    this.writer.close();
  }

  private statements() {
    this.prepared ??= {
      insert: this.writer.prepare(
        `INSERT INTO invites (id, token, host, kind, username, created_at,
           expires_at, max_uses, uses, revoked_at, created_by, note, roles,
           groups)
         VALUES (@id, @token, @host, @kind, @username, @created_at,
           @expires_at, @max_uses, @uses, @revoked_at, @created_by, @note,
           @roles, @groups)`,
      ),
      touch: this.writer.prepare(
        'UPDATE api_keys SET last_used_at = ? WHERE id = ?',
      ),
      // The hot reads go through the writer's connection too: SQLite drops
      // a connection's page cache whenever another one commits, and the
      // writer commits every few milliseconds under load, so reads on the
      // other connection kept reading their pages afresh.
      findKey: this.writer.prepare('SELECT * FROM api_keys WHERE id = ?'),
      findInvite: this.writer.prepare('SELECT * FROM invites WHERE token = ?'),
    };
    return this.prepared;
  }
}

export function openSqliteStore(path: string): SqliteStore {
  if (path === ':memory:') {
    throw new Error('an in-memory SQLite store cannot be durable: give a file');
  }
  mkdirSync(dirname(path), { recursive: true });

  const database = new SqliteDatabase(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');

  const writer = new SqliteDatabase(path);
  writer.pragma('synchronous = NORMAL');
  writer.pragma('busy_timeout = 5000');
  // 16 MiB of pages instead of 2: the token index of a million invites
  // is about 40 MiB, and every new invite lands in a random leaf of it.
  writer.pragma('cache_size = -16384');
  return new SqliteStore(database, writer, `${path}-wal`);
}
