import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Child, runToEnd, startChild, stopChild } from './children.js';
import { freePort } from './free-port.js';
import { type Target, waitUntilServing } from './http-probe.js';
import { fillServiceSqlite } from './service-fill.js';
import type { CaseName, Side, Started } from './side.js';
import { verifyInviteCases } from './verify-cases.js';

const HOST = 'example.com';

export interface ServiceOptions {
  /** The built program, `dist/bin/xmpp-invites.js` or a copy of it. */
  program: string;
  logLevel: string;
  /** Folder for `node --cpu-prof` profiles; none when empty. */
  cpuProfileDir: string;
  keepData: boolean;
}

/**
 * This service, built, run as its command line runs it in production:
 * SQLite in a temporary folder, one host, one API key.
 */
export class ServiceSide implements Side {
  readonly key = 'ours';
  readonly label = 'xmpp-invites';
  readonly hasStore = true;

  private dir = '';
  private port = 0;
  private apiKey = '';
  private child: Child | undefined;

  constructor(private readonly options: ServiceOptions) {}

  async prepare(invites: number): Promise<void> {
    await this.dispose();
    this.dir = mkdtempSync(join(tmpdir(), 'bench-ours-'));
    this.port = await freePort();
    writeFileSync(this.configPath(), this.config());

    this.cli(['migrate']);
    this.apiKey = this.cli(['api-key', 'create', HOST, 'bench']).trim();
    if (!/^[^/\s]+\/\S+$/.test(this.apiKey)) {
      throw new Error('api-key create did not print ID/SECRET alone');
    }
    if (invites > 0) {
      fillServiceSqlite(this.databasePath(), {
        host: HOST,
        keyId: this.keyId(),
        count: invites,
      });
    }
  }

  async start(): Promise<Started> {
    const profile = this.options.cpuProfileDir
      ? ['--cpu-prof', `--cpu-prof-dir=${this.options.cpuProfileDir}`]
      : [];
    const startedAt = process.hrtime.bigint();
    const child = startChild({
      name: this.label,
      command: process.execPath,
      args: [
        ...profile,
        this.options.program,
        '--config',
        this.configPath(),
        'serve',
      ],
      logFile: join(this.dir, 'service.log'),
      cwd: this.dir,
    });
    this.child = child;
    const startupMs = await waitUntilServing(
      this.port,
      startedAt,
      child.exited,
    );
    return { pid: child.pid, startupMs };
  }

  async verify(): Promise<Partial<Record<CaseName, Target>>> {
    return verifyInviteCases({
      label: this.label,
      port: this.port,
      host: HOST,
      apiPath: '/invites_api',
      apiKey: this.apiKey,
      refusedStatus: 401,
    });
  }

  async stop(): Promise<void> {
    if (this.child) await stopChild(this.child);
    this.child = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    if (this.dir && !this.options.keepData) {
      rmSync(this.dir, { recursive: true });
    }
    this.dir = '';
  }

  private cli(args: string[]): string {
    return runToEnd(process.execPath, [
      this.options.program,
      '--config',
      this.configPath(),
      ...args,
    ]);
  }

  private keyId(): string {
    return this.apiKey.split('/')[0] ?? '';
  }

  private configPath(): string {
    return join(this.dir, 'config.yaml');
  }

  private databasePath(): string {
    return join(this.dir, 'invites.db');
  }

  private config(): string {
    return [
      '# Written by bench/service-side.ts for one bench run.',
      `listen: 127.0.0.1:${this.port}`,
      `database: sqlite:${this.databasePath()}`,
      `log_level: ${this.options.logLevel}`,
      'hosts:',
      `  ${HOST}:`,
      `    base_url: https://${HOST}`,
      '',
    ].join('\n');
  }
}
