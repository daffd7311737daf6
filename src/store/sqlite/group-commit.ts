import type SqliteDatabase from 'better-sqlite3';

/** Makes every commit so far durable, then calls back, off the loop. */
export type SyncLog = (done: (error?: Error | null) => void) => void;

interface PendingWrite {
  write: () => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Commits the writes of concurrent requests together, and syncs them off
 * the main thread.
 *
 * With `synchronous = FULL`, every commit blocks the event loop until the
 * disk has the data: one request per sync, and no other request parsed
 * meanwhile. Here, writes that arrive in the same turn of the event loop
 * share one transaction on a connection set to `synchronous = NORMAL`,
 * which in WAL mode commits without syncing; the write-ahead log is then
 * synced with fdatasync(2) on libuv's thread pool. No caller hears "done"
 * before a sync that began after its commit has finished, which is the
 * guarantee FULL gives, while the event loop keeps serving.
 *
 * One failing write (a duplicate token, say) is undone and reported to
 * its caller alone; the others still commit.
 */
export class GroupCommit {
  private pending: PendingWrite[] = [];
  private committed: PendingWrite[] = [];
  private syncing = false;

  constructor(
    private readonly database: SqliteDatabase.Database,
    private readonly syncLog: SyncLog,
  ) {}

  run(write: () => void): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ write, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];

    let failed = new Map<PendingWrite, unknown>();
    try {
      if (!this.commitTogether(batch)) failed = this.commitOneByOne(batch);
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }

    for (const [item, error] of failed) item.reject(error);
    this.committed.push(...batch.filter((item) => !failed.has(item)));
    this.sync();
  }

  /**
   * The common case: every write succeeds, in one transaction. Returns
   * false, having rolled back, when any write throws.
   */
  private commitTogether(batch: PendingWrite[]): boolean {
    this.database.exec('BEGIN IMMEDIATE');
    try {
      for (const item of batch) item.write();
    } catch {
      this.database.exec('ROLLBACK');
      return false;
    }
    this.commit();
    return true;
  }

  /**
   * After a failure, again with a savepoint around each write, so that
   * the failing write is undone and reported to its caller alone.
   */
  private commitOneByOne(batch: PendingWrite[]): Map<PendingWrite, unknown> {
    const failed = new Map<PendingWrite, unknown>();
    this.database.exec('BEGIN IMMEDIATE');
    try {
      for (const item of batch) {
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
      this.commit();
    } catch (error) {
      if (this.database.inTransaction) this.database.exec('ROLLBACK');
      throw error;
    }
    return failed;
  }

  /**
   * A COMMIT that fails (disk full, I/O error) may leave the transaction
   * open, and every later BEGIN would then fail until a restart.
   */
  private commit(): void {
    try {
      this.database.exec('COMMIT');
    } catch (error) {
      if (this.database.inTransaction) this.database.exec('ROLLBACK');
      throw error;
    }
  }

  /**
   * Starts a sync for everything committed so far, unless one is running:
   * then the writes committed meanwhile wait for the next one, started as
   * soon as the running sync ends.
   */
  private sync(): void {
    if (this.syncing || this.committed.length === 0) return;
    const waiting = this.committed;
    this.committed = [];

    this.syncing = true;
    this.syncLog((error) => {
      this.syncing = false;
      for (const item of waiting) {
        if (error) item.reject(error);
        else item.resolve();
      }
      this.sync();
    });
  }
}
