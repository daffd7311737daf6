import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import {
  forgetProcessGroup,
  signalGroup,
  trackProcessGroup,
} from './cleanup.js';
import { runAs, type ServiceUser } from './service-user.js';

export interface ServerProcessOptions {
  /** Shown in errors, like `prosody`. */
  name: string;
  command: string;
  args: string[];
  cwd: string;
  /** The server's temp folder, removed if the test process dies. */
  folder: string;
  env?: NodeJS.ProcessEnv;
  user: ServiceUser | undefined;
  /** Where stdout and stderr go; quoted in errors when start-up fails. */
  logFile: string;
}

/**
 * A server running in the foreground in its own process group, so that
 * stopping it also stops the helpers it forked (Erlang's port programs,
 * the shell wrappers of ejabberdctl).
 */
export class ServerProcess {
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;
  private readonly pgid: number;

  constructor(private readonly options: ServerProcessOptions) {
    const log = openSync(options.logFile, 'a');
    this.child = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['ignore', log, log],
      ...runAs(options.user),
    });
    closeSync(log);

    if (!this.child.pid) throw new Error(`${options.name} did not start`);
    this.pgid = this.child.pid;
    trackProcessGroup(this.pgid, options.folder);

    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code) => resolve(code));
      this.child.once('error', () => resolve(null));
    });
  }

  get pid(): number {
    return this.pgid;
  }

  /** The last lines the server printed, for error messages. */
  logTail(lines = 30): string {
    try {
      const text = readFileSync(this.options.logFile, 'utf8');
      return text.trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /**
   * Resolves once something accepts TCP connections on each port; fails
   * with the log's tail if the server exits or takes too long.
   */
  async waitForPorts(ports: number[], timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exitCode: number | null | undefined;
    this.exited.then((code) => {
      exitCode = code;
    });

    for (const port of ports) {
      while (!(await acceptsConnections(port))) {
        if (exitCode !== undefined) {
          throw this.failure(`exited with code ${exitCode} while starting`);
        }
        if (Date.now() > deadline) {
          throw this.failure(`did not listen on port ${port} in time`);
        }
        await sleep(50);
      }
    }
  }

  /**
   * SIGTERM to the group, then SIGKILL to whatever is left after the
   * grace period. Waits for the whole group, not just its leader: the
   * shell wrappers exit at once while Erlang still shuts down.
   */
  async stop(graceMs = 10_000): Promise<void> {
    const deadline = Date.now() + graceMs;
    signalGroup(this.pgid, 'SIGTERM');
    while (groupIsAlive(this.pgid) && Date.now() < deadline) {
      await sleep(50);
    }
    signalGroup(this.pgid, 'SIGKILL');
    await this.exited;
    forgetProcessGroup(this.pgid);
  }

  failure(what: string): Error {
    const { name, logFile } = this.options;
    return new Error(
      `${name} ${what}; log ${logFile} ends with:\n${this.logTail()}`,
    );
  }
}

function groupIsAlive(pgid: number): boolean {
  return signalGroup(pgid, 0);
}

export function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
