import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Child, runToEnd, startChild, stopChild } from './children.js';
import { freePort } from './free-port.js';
import {
  expectAnswer,
  locationPath,
  type Target,
  waitUntilServing,
} from './http-probe.js';
import { fillServiceSqlite } from './service-fill.js';
import type { CaseName, Side, Started } from './side.js';

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
    const headers = { host: HOST };
    const create: Target = {
      port: this.port,
      path: '/invites_api',
      headers: { ...headers, authorization: `Bearer ${this.apiKey}` },
      expectedStatus: 201,
    };
    const created = await expectAnswer(`${this.label} create`, create);

    const page: Target = {
      port: this.port,
      path: locationPath(`${this.label} create`, created),
      headers,
      expectedStatus: 200,
    };
    const shown = await expectAnswer(`${this.label} page`, page);
    const token = page.path.slice(page.path.indexOf('?') + 1);
    if (!shown.body.includes(token)) {
      throw new Error(`${this.label} page: the page does not show the invite`);
    }

    const refused: Target = {
      ...create,
      headers: {
        ...headers,
        authorization: `Bearer ${this.keyId()}/wrong-secret`,
      },
      expectedStatus: 401,
    };
    await expectAnswer(`${this.label} refused key`, refused);
    return { create, page, refused };
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
