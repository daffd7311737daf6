import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { expect } from 'vitest';
import { type PostgresServer, startPostgres } from '../harness/index.js';
import { makeTempFolder } from '../harness/temp-folder.js';
import {
  type CliResult,
  freePort,
  runCli,
  ServiceProcess,
} from '../support/service-process.js';

// Issue 5: two instances of the built service behind no balancer, one
// real PostgreSQL. Each test file of this folder starts its own pair on
// its own database, so that one file's outage or spent limit cannot
// touch another's.

/** Registrations here all come from 127.0.0.1, so it has no limit. */
export const HOST = 'example.com';
/** A host whose API keys may create KEY_LIMIT invites an hour. */
export const LIMITED = 'limited.example';
export const KEY_LIMIT = 10;
/** A host that takes REGISTER_LIMIT registrations an hour per address. */
export const STRICT = 'strict.example';
export const REGISTER_LIMIT = 2;
export const PASSWORD = 'correct horse battery staple';

export interface TwoInstances {
  postgres: PostgresServer;
  instances: [ServiceProcess, ServiceProcess];
  cli(...args: string[]): Promise<CliResult>;
  /** A new API key for `host`, made with the command line. */
  createKey(host?: string): Promise<string>;
  /** An invite for `uses` made through the first instance: its token. */
  createInvite(key: string, uses: number): Promise<string>;
  /** A query on the shared database, through a connection of its own. */
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/** PostgreSQL, then two instances started at once on its empty database. */
export async function startTwoInstances(): Promise<TwoInstances> {
  const postgres = await startPostgres();
  try {
    return await startPair(postgres);
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}

async function startPair(postgres: PostgresServer): Promise<TwoInstances> {
  const dir = makeTempFolder('multi-instance');
  const configFile = join(dir, 'config.yaml');
  writeFileSync(
    configFile,
    `database: ${postgres.url}
log_level: warn
rate_limits:
  register: off
  unknown_token: off
hosts:
  ${HOST}:
    base_url: https://${HOST}
    backend:
      type: local
  ${LIMITED}:
    base_url: https://${LIMITED}
    rate_limits:
      api_key: ${KEY_LIMIT}/1h
  ${STRICT}:
    base_url: https://${STRICT}
    backend:
      type: local
    rate_limits:
      register: ${REGISTER_LIMIT}/1h
`,
  );
  // Both start on an empty database at once: one migrates, one waits.
  const ports = [await freePort(), await freePort()];
  const started = await Promise.allSettled(
    ports.map((port) =>
      ServiceProcess.start(
        ['--config', configFile, '--listen', `127.0.0.1:${port}`],
        port,
        { cwd: dir },
      ),
    ),
  );
  const running = started.flatMap((s) =>
    s.status === 'fulfilled' ? [s.value] : [],
  );
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(running.map((instance) => instance.stop()));
    throw failed.reason;
  }
  const instances = running as [ServiceProcess, ServiceProcess];

  const cli = (...args: string[]) =>
    runCli(['--config', configFile, ...args], { cwd: dir });
  return {
    postgres,
    instances,
    cli,
    async createKey(host = HOST) {
      const created = await cli('api-key', 'create', host);
      expect(created.stderr).toBe('');
      return created.stdout.trim();
    },
    async createInvite(key, uses) {
      const response = await postInvite(instances[0], key, `?uses=${uses}`);
      expect(response.status).toBe(201);
      const { url } = (await response.json()) as { url: string };
      return url.slice(url.indexOf('?') + 1);
    },
    query: (sql, params) => query(postgres.url, sql, params),
    async stop() {
      await Promise.all(instances.map((instance) => instance.stop()));
      await postgres.stop();
    },
  };
}

export function postInvite(
  instance: ServiceProcess,
  key: string,
  query = '',
): Promise<Response> {
  return fetch(`${instance.baseUrl}/invites_api${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}` },
  });
}

/** A form post as a script sends it, with Prosody's field names. */
export function register(
  instance: ServiceProcess,
  token: string,
  user: string,
  host = HOST,
): Promise<Response> {
  return fetch(`${instance.baseUrl}/register`, {
    method: 'POST',
    headers: {
      host,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ token, user, password: PASSWORD }).toString(),
  });
}

async function query<T>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Local accounts whose localpart starts with `prefix`. */
export async function accountsNamed(
  setup: TwoInstances,
  prefix: string,
): Promise<number> {
  const rows = await setup.query<{ n: number }>(
    'select count(*)::int as n from local_accounts where localpart like $1',
    [`${prefix}%`],
  );
  return rows[0]?.n ?? -1;
}

/** An invite's use count, and how many use records it has. */
export async function inviteState(setup: TwoInstances, token: string) {
  const [row] = await setup.query<{ id: string; uses: number }>(
    'select id, uses from invites where token = $1',
    [token],
  );
  if (!row) throw new Error('invite not found');
  const [uses] = await setup.query<{ n: number }>(
    'select count(*)::int as n from invite_uses where invite_id = $1',
    [row.id],
  );
  return { uses: row.uses, records: uses?.n ?? -1 };
}

/** Polls until `check` holds, for at most 30 seconds. */
export async function waitFor(
  check: () => Promise<boolean>,
  what: string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`waited 30 s in vain for ${what}`);
}
