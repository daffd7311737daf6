import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';

/** The facts a reader needs to compare figures across machines. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  kernel: string;
  /** File system of the temporary folder the stores live on. */
  storage: string;
  prosody: string;
  sqlite: string;
  /** 1-minute load averages when the run began and ended. */
  load: string;
}

/**
 * Other work on the machine skews every figure; the load average before
 * and after the run tells a reader whether it was quiet.
 */
export function loadNow(): number {
  return loadavg()[0] ?? 0;
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
    prosody: debianVersion('prosody'),
    sqlite: sqliteVersion,
    load: `${loadAtStart.toFixed(2)} at start, ${loadNow().toFixed(2)} at end`,
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
