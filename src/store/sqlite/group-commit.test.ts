import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.js';

function database() {
  const db = new SqliteDatabase(':memory:');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY)');
  return db;
}

/** A sync the test finishes by hand, to see who waits for it. */
function manualSync() {
  const calls: Array<(error?: Error | null) => void> = [];
  return {
    calls,
    sync: (done: (error?: Error | null) => void) => calls.push(done),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('answers no write before a sync that began after its commit has ended', async () => {
    const db = database();
    const log = manualSync();
    const commit = new GroupCommit(db, log.sync);
    let done = 0;

    const first = [1, 2].map((id) =>
      commit
        .run(() => db.prepare('INSERT INTO t VALUES (?)').run(id))
        .then(() => done++),
    );
    await tick();
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 2 });
    expect(log.calls).toHaveLength(1);
    expect(done).toBe(0);

    // Committed while the first sync runs: must wait for a second one.
    const second = commit
      .run(() => db.prepare('INSERT INTO t VALUES (3)').run())
      .then(() => done++);
    await tick();
    expect(log.calls).toHaveLength(1);

    log.calls[0]?.();
    await Promise.all(first);
    expect(done).toBe(2);
    expect(log.calls).toHaveLength(2);

    await tick();
    expect(done).toBe(2);
    log.calls[1]?.();
    await second;
    expect(done).toBe(3);
  });

  it('fails every write of a batch whose sync fails', async () => {
    const db = database();
    const log = manualSync();
    const commit = new GroupCommit(db, log.sync);
    const write = commit.run(() =>
      db.prepare('INSERT INTO t VALUES (1)').run(),
    );
    await tick();
    log.calls[0]?.(new Error('EIO'));
    await expect(write).rejects.toThrow('EIO');
  });

  it('keeps working after a commit that fails', async () => {
    const db = database();
    db.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY)');
    db.exec(
      'CREATE TABLE child (p INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)',
    );
    db.pragma('foreign_keys = ON');
    const log = manualSync();
    const commit = new GroupCommit(db, (done) => done());

    // A deferred foreign key fails at COMMIT, not at the insert.
    const broken = commit.run(() =>
      db.prepare('INSERT INTO child VALUES (42)').run(),
    );
    await expect(broken).rejects.toThrow(/FOREIGN KEY/);
    expect(db.inTransaction).toBe(false);

    await commit.run(() => db.prepare('INSERT INTO t VALUES (7)').run());
    expect(db.prepare('SELECT id FROM t').all()).toEqual([{ id: 7 }]);
    expect(log.calls).toHaveLength(0);
  });
});
