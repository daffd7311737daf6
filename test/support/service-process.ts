import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The built program, as an operator runs it. `npm test` builds it first. */
export const PROGRAM = resolve('dist/bin/xmpp-invites.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one command of the real program to its end. */
export function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [PROGRAM, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** A temporary folder with a configuration file for one test file. */
export class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), 'xmpp-invites-test-'));
  readonly configFile = join(this.dir, 'config.yaml');

  writeConfig(yaml: string): string {
    writeFileSync(this.configFile, yaml);
    return this.configFile;
  }

  /** Starts `serve` with this configuration, from this folder. */
  serve(port: number): Promise<ServiceProcess> {
    return ServiceProcess.start(['--config', this.configFile], port, {
      cwd: this.dir,
    });
  }

  cli(...args: string[]): Promise<CliResult> {
    return runCli(['--config', this.configFile, ...args], { cwd: this.dir });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A running `xmpp-invites serve`, with everything it printed. */
export class ServiceProcess {
  output = '';
  private exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {
    child.stdout?.on('data', (d) => {
      this.output += d;
    });
    child.stderr?.on('data', (d) => {
      this.output += d;
    });
    this.exited = new Promise((done) => child.on('exit', (code) => done(code)));
  }

  static async start(
    args: string[],
    port: number,
    options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
  ): Promise<ServiceProcess> {
    const child = spawn(process.execPath, [PROGRAM, ...args, 'serve'], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const service = new ServiceProcess(child, `http://127.0.0.1:${port}`);
    await service.waitUntilServing();
    return service;
  }

  private async waitUntilServing(): Promise<void> {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) {
        throw new Error(`the service exited at start:\n${this.output}`);
      }
      try {
        await fetch(`${this.baseUrl}/invite`);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    throw new Error(`the service did not answer within 15 s:\n${this.output}`);
  }

  /** SIGTERM, as an init system stops it. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }

  /** SIGKILL: no chance to flush or close anything. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }
}
