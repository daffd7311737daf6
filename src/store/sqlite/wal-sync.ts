import { closeSync, fdatasync, openSync } from 'node:fs';

/**
 * Syncs a SQLite write-ahead log with fdatasync(2) on libuv's thread
 * pool. fsync acts on the file, not on the descriptor: our own read-only
 * descriptor flushes what SQLite's connection wrote. The log keeps its
 * inode while any connection is open, so the descriptor stays valid.
 */
export class WalSync {
  private fd: number | undefined;

  constructor(private readonly walPath: string) {}

  readonly sync = (done: (error?: Error | null) => void): void => {
    try {
      this.fd ??= openSync(this.walPath, 'r');
    } catch (error) {
      done(error as Error);
      return;
    }
    fdatasync(this.fd, done);
  };

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
