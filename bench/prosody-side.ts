import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Child, runToEnd, startChild, stopChild } from './children.js';
import { freePort } from './free-port.js';
import { type Target, waitUntilServing } from './http-probe.js';
import { fillProsodyFile, fillProsodySql } from './prosody-fill.js';
import type { CaseName, Side, Started } from './side.js';
import { verifyInviteCases } from './verify-cases.js';

export type ProsodyStorage = 'file' | 'sql';

const HOST = 'example.com';

/**
 * Prosody 0.12 with mod_invites, mod_invites_api and mod_invites_page
 * (Debian's `prosody` and `prosody-modules`, which puts the community
 * modules on Prosody's default plugin path), on loopback only.
 */
export class ProsodySide implements Side {
  readonly key: string;
  readonly label: string;
  readonly hasStore = true;

  private dir = '';
  private port = 0;
  private apiKey = '';
  private child: Child | undefined;

  constructor(
    private readonly storage: ProsodyStorage,
    private readonly keepData: boolean,
  ) {
    this.key = `prosody-${storage}`;
    this.label = storage === 'sql' ? 'Prosody SQL' : 'Prosody file';
  }

  async prepare(invites: number): Promise<void> {
    await this.dispose();
    this.dir = mkdtempSync(join(tmpdir(), `bench-${this.key}-`));
    this.port = await freePort();
    mkdirSync(join(this.dir, 'data'));
    mkdirSync(join(this.dir, 'certs'));
    writeFileSync(this.configPath(), this.config());
    this.giveToProsody();

    const output = runToEnd(
      'prosodyctl',
      [
        '--config',
        this.configPath(),
        'mod_invites_api',
        'create',
        HOST,
        'bench',
      ],
      prosodyUser(),
    );
    this.apiKey = lastKeyLine(output);
    await this.fill(invites);
    this.giveToProsody();
  }

  async start(): Promise<Started> {
    const startedAt = process.hrtime.bigint();
    const child = startChild({
      name: this.label,
      command: 'prosody',
      args: ['-F', '--config', this.configPath()],
      logFile: join(this.dir, 'stdout.log'),
      cwd: this.dir,
      ...prosodyUser(),
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
    // The query string is required: Prosody 0.12's handler fails with 500
    // when a Bearer header comes without one (it form-decodes nil).
    return verifyInviteCases({
      label: this.label,
      port: this.port,
      host: HOST,
      apiPath: '/invites_api?x',
      apiKey: this.apiKey,
      refusedStatus: 403,
    });
  }

  async stop(): Promise<void> {
    if (this.child) await stopChild(this.child);
    this.child = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    if (this.dir && !this.keepData) rmSync(this.dir, { recursive: true });
    this.dir = '';
  }

  private async fill(count: number): Promise<void> {
    if (count === 0) return;

    const fill = {
      host: HOST,
      keyId: this.apiKey.split('/')[0] ?? '',
      landingPrefix: `http://${HOST}:${this.port}/invites_page?`,
      count,
    };
    if (this.storage === 'sql') {
      fillProsodySql(join(this.dir, 'data', 'prosody.sqlite'), fill);
      return;
    }
    // datamanager escapes the dot of the host name in folder names.
    const hostDir = join(this.dir, 'data', HOST.replaceAll('.', '%2e'));
    mkdirSync(hostDir, { recursive: true });
    await fillProsodyFile(join(hostDir, 'invite_token.dat'), fill);
  }

  private configPath(): string {
    return join(this.dir, 'prosody.cfg.lua');
  }

  private config(): string {
    const storage =
      this.storage === 'sql'
        ? 'storage = "sql"\nsql = { driver = "SQLite3", database = "prosody.sqlite" }'
        : 'storage = "internal"';
    return `-- Written by bench/prosody-side.ts for one bench run.
pidfile = "${this.dir}/prosody.pid"
data_path = "${this.dir}/data"
certificates = "${this.dir}/certs"
log = { warn = "${this.dir}/prosody.log" }
interfaces = { "127.0.0.1" }
c2s_ports = {}
c2s_direct_tls_ports = {}
s2s_ports = {}
s2s_direct_tls_ports = {}
component_ports = {}
https_ports = {}
http_ports = { ${this.port} }
http_interfaces = { "127.0.0.1" }
http_default_host = "${HOST}"
-- Without this, Nagle's algorithm meets delayed ACKs and every answer
-- waits about 40 ms, which would measure the stall, not Prosody.
network_settings = { nagle = false }
modules_enabled = { "http" }
modules_disabled = { "c2s", "s2s", "offline" }
authentication = "internal_hashed"
${storage}

VirtualHost "${HOST}"
  modules_enabled = { "invites", "invites_api", "invites_page" }
`;
  }

  /** Prosody runs as its own user when we are root, like in production. */
  private giveToProsody(): void {
    const user = prosodyUser();
    if (user.uid === undefined || user.gid === undefined) return;
    runToEnd('chown', ['-R', `${user.uid}:${user.gid}`, this.dir]);
  }
}

let cachedUser: { uid?: number; gid?: number } | undefined;

/**
 * Prosody refuses to run as root; Node can start it as the `prosody` user
 * directly, so the pid we stop is Prosody's own.
 */
function prosodyUser(): { uid?: number; gid?: number } {
  if (cachedUser) return cachedUser;
  if (process.getuid?.() !== 0) {
    cachedUser = {};
    return cachedUser;
  }
  cachedUser = {
    uid: Number(runToEnd('id', ['-u', 'prosody']).trim()),
    gid: Number(runToEnd('id', ['-g', 'prosody']).trim()),
  };
  return cachedUser;
}

/** prosodyctl may log before the key; the key is the line ID/SECRET. */
function lastKeyLine(output: string): string {
  const lines = output.split('\n').map((line) => line.trim());
  const key = lines.reverse().find((line) => /^[^/\s]+\/\S+$/.test(line));
  if (!key) throw new Error(`prosodyctl printed no key: ${output.trim()}`);
  return key;
}
