import { spawnSync } from 'node:child_process';
import {
  closeSync,
  fdatasyncSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';

/** The facts a reader needs to compare figures across machines. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  kernel: string;
  /** File system of the temporary folder the stores live on. */
  storage: string;
  /** Mean time of a 4 KiB write and fdatasync there, in microseconds. */
  syncUs: number;
  prosody: string;
  sqlite: string;
  /** 1-minute load averages when the run began and ended. */
  load: string;
  /** Whether other work kept the cores busy, which skews every figure. */
  busy: boolean;
}

/**
 * Other work on the machine skews every figure; the load average before
 * and after the run tells a reader whether it was quiet.
 */
export function loadNow(): number {
  return loadavg()[0] ?? 0;
}

/** More than half the cores busy before the bench adds its own load. */
export function isBusy(load: number): boolean {
  return load > cpus().length / 2;
}

export function describeMachine(
  sqliteVersion: string,
  loadAtStart: number,
): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    kernel: `${type()} ${release()}`,
    storage: tempFileSystem(),
    syncUs: syncLatencyUs(),
    prosody: debianVersion('prosody'),
    sqlite: sqliteVersion,
    load: `${loadAtStart.toFixed(2)} at start, ${loadNow().toFixed(2)} at end`,
    // Only the load before the run counts: by its end, the 1-minute
    // average mostly holds the bench's own client and server.
    busy: isBusy(loadAtStart),
  };
}

/** Resident memory (VmRSS) of a process, in MiB; null once it is gone. */
export function residentMiB(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function debianVersion(name: string): string {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's syntax
  const result = spawnSync('dpkg-query', ['-W', '-f=${Version}', name], {
    encoding: 'utf8',
  });
  return result.status === 0 ? result.stdout.trim() : 'not installed';
}

function tempFileSystem(): string {
  const result = spawnSync('df', ['--output=fstype', tmpdir()], {
    encoding: 'utf8',
  });
  const fsType = result.stdout.trim().split('\n').pop() ?? 'unknown';
  return `${fsType} (${tmpdir()})`;
}

/**
 * What one durable commit costs on this disk at least. A server that
 * syncs before each answer cannot answer one connection faster than this,
 * whatever its code does; only batching concurrent commits beats it.
 */
function syncLatencyUs(rounds = 500): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sync-'));
  const fd = openSync(join(dir, 'probe'), 'w');
  const block = Buffer.alloc(4096, 1);
  try {
    const start = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) {
      writeSync(fd, block, 0, block.length, (i % 16) * block.length);
      fdatasyncSync(fd);
    }
    return Number(process.hrtime.bigint() - start) / 1000 / rounds;
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true });
  }
}
