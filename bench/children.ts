import {
  type ChildProcess,
  type SpawnOptions,
  spawn,
  spawnSync,
} from 'node:child_process';
import { closeSync, openSync } from 'node:fs';

/** A server the bench started, known by its process id. */
export interface Child {
  readonly pid: number;
  readonly name: string;
  /** Resolves when the process has exited, however it ended. */
  readonly exited: Promise<number | null>;
  readonly process: ChildProcess;
}

const running = new Map<number, Child>();

export interface StartOptions {
  name: string;
  command: string;
  args: string[];
  /** File that receives the child's stdout and stderr. */
  logFile: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  uid?: number;
  gid?: number;
}

/**
 * Starts a server whose output goes to a file, so a chatty logger costs
 * what it costs in production, and remembers its pid for `stopAll`.
 */
export function startChild(options: StartOptions): Child {
  const log = openSync(options.logFile, 'a');
  const spawnOptions: SpawnOptions = {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', log, log],
  };
  if (options.uid !== undefined) spawnOptions.uid = options.uid;
  if (options.gid !== undefined) spawnOptions.gid = options.gid;

  const child = spawn(options.command, options.args, spawnOptions);
  closeSync(log);
  if (child.pid === undefined) {
    throw new Error(`could not start ${options.name} (${options.command})`);
  }

  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(null));
  });
  const entry: Child = {
    pid: child.pid,
    name: options.name,
    exited,
    process: child,
  };
  running.set(child.pid, entry);
  void exited.then(() => running.delete(entry.pid));
  return entry;
}

/**
 * SIGTERM, then SIGKILL when the process has not gone after `graceMs`:
 * Prosody handles signals only between requests, and a request that
 * rewrites a huge data file can keep it busy for many seconds.
 */
export async function stopChild(child: Child, graceMs = 3000): Promise<void> {
  if (!running.has(child.pid)) return;

  signal(child.pid, 'SIGTERM');
  const gone = await Promise.race([
    child.exited.then(() => true),
    sleep(graceMs).then(() => false),
  ]);
  if (gone) return;

  signal(child.pid, 'SIGKILL');
  await child.exited;
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running.values()].map((child) => stopChild(child)));
}

/** Last resort from an `exit` handler, where nothing can be awaited. */
export function killAllNow(): void {
  for (const pid of running.keys()) signal(pid, 'SIGKILL');
}

/** Runs a short command to its end; throws with its output on failure. */
export function runToEnd(
  command: string,
  args: string[],
  options: { uid?: number; gid?: number; cwd?: string } = {},
): string {
  const result = spawnSync(command, args, {
    ...options,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const output = `${result.stdout}${result.stderr}`.trim();
    throw new Error(
      `${command} ${args.join(' ')} exited with ${result.status}: ${output}`,
    );
  }
  return result.stdout;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone: nothing left to stop.
  }
}
