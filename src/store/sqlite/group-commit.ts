import type SqliteDatabase from 'better-sqlite3';

interface PendingWrite {
  write: () => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Commits the writes of concurrent requests together. With
 * `synchronous = FULL`, every commit waits for the disk; one commit per
 * request caps the service at one request per sync. Here, writes that
 * arrive in the same turn of the event loop share one transaction and one
 * sync, and no caller hears "done" before that sync has happened.
 *
 * Each write runs inside its own savepoint, so one failing write (a
 * duplicate token, say) is undone and reported to its caller alone.
 */
export class GroupCommit {
  private pending: PendingWrite[] = [];

  constructor(private readonly database: SqliteDatabase.Database) {}

  run(write: () => void): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ write, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    // Another transaction (through Kysely) may be open across an await;
    // joining it would tie our fate to its own. Wait for it to end.
    if (this.database.inTransaction) {
      setImmediate(() => this.flush());
      return;
    }
    const batch = this.pending;
    this.pending = [];

    const failed = new Map<PendingWrite, unknown>();
    try {
      this.database.exec('BEGIN IMMEDIATE');
      for (const item of batch) this.applyOne(item, failed);
      this.database.exec('COMMIT');
    } catch (error) {
      if (this.database.inTransaction) this.database.exec('ROLLBACK');
      for (const item of batch) item.reject(error);
      return;
    }

    for (const item of batch) {
      if (failed.has(item)) item.reject(failed.get(item));
      else item.resolve();
    }
  }

  private applyOne(item: PendingWrite, failed: Map<PendingWrite, unknown>) {
    this.database.exec('SAVEPOINT one_write');
    try {
      item.write();
      this.database.exec('RELEASE one_write');
    } catch (error) {
      this.database.exec('ROLLBACK TO one_write');
      this.database.exec('RELEASE one_write');
      failed.set(item, error);
    }
  }
}
