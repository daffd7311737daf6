import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { removeFolder } from './cleanup.js';
import { ensureDebianPackages } from './debian-packages.js';
import { freePort } from './free-port.js';
import { runCommand } from './run-command.js';
import { ServerProcess, sleep } from './server-process.js';
import { chownTree, serviceUser } from './service-user.js';
import { makeTempFolder } from './temp-folder.js';

const DATABASE = 'xmpp_invites_test';

export interface PostgresServer {
  /** `postgres://postgres@127.0.0.1:PORT/xmpp_invites_test` */
  readonly url: string;
  readonly port: number;
  /** Stops the server and keeps its data, as an outage would. */
  halt(): Promise<void>;
  /** Starts a halted server again: same port, same data. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A throw-away PostgreSQL cluster: initdb in a temp folder (as the
 * `postgres` user when we are root, since initdb refuses root), the
 * server in the foreground on a random loopback port with its Unix
 * socket in the same folder, and one empty database. `fsync` stays on:
 * the suite tests durability, not just SQL.
 */
export async function startPostgres(): Promise<PostgresServer> {
  await ensureDebianPackages(['postgresql']);
  const bin = postgresBinDir();
  const user = serviceUser('postgres');
  const folder = makeTempFolder('postgres');
  const dataDir = join(folder, 'data');
  chownTree(folder, user);

  // Trust is fine for a cluster that only listens on loopback for a test.
  await runCommand(
    join(bin, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8'],
    { user, cwd: folder, env: { ...process.env, LC_ALL: 'C' } },
  );

  const port = await freePort();
  const launch = () =>
    new ServerProcess({
      name: 'postgres',
      command: join(bin, 'postgres'),
      args: [
        '-D',
        dataDir,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        `port=${port}`,
        '-c',
        `unix_socket_directories=${folder}`,
        '-c',
        'fsync=on',
      ],
      cwd: folder,
      folder,
      user,
      logFile: join(folder, 'postgres.log'),
    });
  let server = launch();
  const fastStop = async () => {
    await runCommand(
      join(bin, 'pg_ctl'),
      ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30'],
      { user, cwd: folder },
    ).catch(() => server.stop());
    await server.stop();
  };

  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  try {
    await server.waitForPorts([port]);
    await waitUntilReady(adminUrl, server);
    await query(adminUrl, `create database ${DATABASE}`);
  } catch (error) {
    await server.stop();
    throw error;
  }

  return {
    url: `postgres://postgres@127.0.0.1:${port}/${DATABASE}`,
    port,
    halt: fastStop,
    async resume() {
      server = launch();
      await server.waitForPorts([port]);
      await waitUntilReady(adminUrl, server);
    },
    async stop() {
      await fastStop();
      removeFolder(folder);
    },
  };
}

/** Debian puts each major version under /usr/lib/postgresql/N/bin. */
function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'postgres')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (!newest) {
    throw new Error(
      `no PostgreSQL server under ${root}; install it with: ` +
        'apt-get install -y postgresql',
    );
  }
  return join(root, newest, 'bin');
}

/** The port opens before recovery ends; a query proves it is ready. */
async function waitUntilReady(url: string, server: ServerProcess) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await query(url, 'select 1');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw server.failure(String(error));
      await sleep(100);
    }
  }
}

async function query(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
