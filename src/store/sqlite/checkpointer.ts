import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Copies the write-ahead log back into the database file from a worker
 * thread. SQLite's automatic checkpoint runs inside whichever COMMIT
 * crosses 1,000 pages and syncs the database file there, on the event
 * loop: every few thousand invites, all requests stalled behind it. A
 * PASSIVE checkpoint neither blocks writers nor readers, so the worker
 * can run one every quarter second while the service serves.
 *
 * The worker's code is a string, so that it runs alike from `src/` under
 * Vitest and from `dist/`; it loads better-sqlite3 from the path this
 * module resolves.
 */
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage(String(error && error.message));
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export class Checkpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<unknown>;

  constructor(path: string, onError: (message: string) => void, everyMs = 250) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER, {
      eval: true,
      workerData: { path, driver, everyMs },
    });
    this.worker.on('message', onError);
    this.worker.on('error', (error) => onError(error.message));
    this.exited = new Promise((resolve) => this.worker.once('exit', resolve));
    // A checkpointer alone must not keep the process alive.
    this.worker.unref();
  }

  async stop(): Promise<void> {
    this.worker.postMessage('stop');
    await this.exited;
  }
}
