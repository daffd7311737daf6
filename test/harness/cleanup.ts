import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

/**
 * What the harness started and must take down even when a test file
 * crashes: process groups (every server runs in its own) and temporary
 * folders. Normal `stop()` calls forget their entries; whatever is left
 * is killed on process exit.
 */
const groups = new Map<number, { stopWatchdog: () => void }>();
const folders = new Set<string>();
let hooked = false;

/**
 * Tracks a server's process group. Besides the exit hook, a small shell
 * watchdog polls this Node process and, once it is gone, kills the group
 * and removes the server's folder: that also covers a test worker killed
 * with SIGKILL, where no JavaScript runs at all.
 */
export function trackProcessGroup(pgid: number, folder: string): void {
  hookProcessExit();
  // dash's kill takes no `--`: the group's "-PGID" follows the signal.
  const watchdog = spawn(
    'sh',
    [
      '-c',
      'while kill -0 "$1" 2>/dev/null; do sleep 1; done; ' +
        'kill -TERM "-$2" 2>/dev/null; sleep 3; ' +
        'kill -KILL "-$2" 2>/dev/null; rm -rf "$3"',
      'watchdog',
      String(process.pid),
      String(pgid),
      folder,
    ],
    { detached: true, stdio: 'ignore' },
  );
  watchdog.unref();

  // The watchdog must die with a normal stop: a recycled group id could
  // otherwise be killed later.
  const stopWatchdog = () => signal(watchdog.pid, 'SIGKILL');
  groups.set(pgid, { stopWatchdog });
}

export function forgetProcessGroup(pgid: number): void {
  groups.get(pgid)?.stopWatchdog();
  groups.delete(pgid);
}

export function trackFolder(path: string): void {
  hookProcessExit();
  folders.add(path);
}

export function removeFolder(path: string): void {
  rmSync(path, { recursive: true, force: true });
  folders.delete(path);
}

/** Sends a signal to a process group, ignoring one already gone. */
export function signalGroup(pgid: number, name: NodeJS.Signals | 0): boolean {
  return signal(-pgid, name);
}

function signal(pid: number | undefined, name: NodeJS.Signals | 0): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}

function killEverything(): void {
  for (const [pgid, { stopWatchdog }] of groups) {
    signalGroup(pgid, 'SIGKILL');
    stopWatchdog();
  }
  groups.clear();
  for (const path of folders) rmSync(path, { recursive: true, force: true });
  folders.clear();
}

function hookProcessExit(): void {
  if (hooked) return;
  hooked = true;

  process.once('exit', killEverything);
  for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(name, () => {
      killEverything();
      process.exit(128 + (name === 'SIGINT' ? 2 : name === 'SIGHUP' ? 1 : 15));
    });
  }
}
