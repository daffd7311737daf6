import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { removeFolder } from './cleanup.js';
import { ensureDebianPackages } from './debian-packages.js';
import { type ExtauthRelay, startExtauthRelay } from './extauth-relay.js';
import { fillTemplate } from './fill-template.js';
import { freePort } from './free-port.js';
import { runCommand } from './run-command.js';
import { ServerProcess, sleep } from './server-process.js';
import { chownTree, isRoot, serviceUser } from './service-user.js';
import { makeTempFolder } from './temp-folder.js';

const EJABBERDCTL = '/usr/sbin/ejabberdctl';

export interface EjabberdOptions {
  /** The one virtual host, like `example.test`. */
  host: string;
  /** The admin account; `admin` with a random password by default. */
  admin?: { localpart: string; password: string };
  /**
   * `external` hands every password check to `extauthProgram` (a command
   * line, split on spaces). ejabberd runs a relay, and the harness runs
   * the program itself as the current user, so it may live where the
   * `ejabberd` user cannot read. No admin account is created then: the
   * program's store is the only one.
   */
  authMethod?: 'internal' | 'external';
  extauthProgram?: string;
  /** Serve mod_http_api at `apiUrl`, for the admin with its password. */
  enableApi?: boolean;
}

export interface EjabberdServer {
  readonly host: string;
  readonly c2sPort: number;
  /** `http://127.0.0.1:PORT/api` when the API is enabled. */
  readonly apiUrl: string | undefined;
  readonly admin: { localpart: string; password: string; jid: string };
  readonly logsDir: string;
  registerUser(localpart: string, password: string): Promise<void>;
  /** Runs any ejabberdctl command against this node. */
  ctl(args: string[], secrets?: string[]): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts Debian's ejabberd 23.01 in the foreground through ejabberdctl,
 * as the `ejabberd` user, on random loopback ports, with a node name of
 * its own so that parallel test files never meet.
 */
export async function startEjabberd(
  options: EjabberdOptions,
): Promise<EjabberdServer> {
  await ensureDebianPackages(['ejabberd']);
  // ejabberdctl exits 7 for anyone but root and the ejabberd user.
  if (!isRoot()) throw new Error('startEjabberd must run as root');

  const user = serviceUser('ejabberd');
  const folder = makeTempFolder('ejabberd');
  const logsDir = join(folder, 'logs');
  const spoolDir = join(folder, 'spool');
  mkdirSync(logsDir);
  mkdirSync(spoolDir);

  const admin = options.admin ?? {
    localpart: 'admin',
    password: randomBytes(12).toString('hex'),
  };
  const adminJid = `${admin.localpart}@${options.host}`;
  const c2sPort = await freePort();
  const apiPort = options.enableApi ? await freePort() : undefined;
  const configFile = join(folder, 'ejabberd.yml');
  const ctlFile = join(folder, 'ejabberdctl.cfg');

  const relay = await startRelayIfExternal(options, folder);
  writeFileSync(
    configFile,
    renderConfig(options, { c2sPort, apiPort, adminJid }, relay?.command),
  );
  writeFileSync(
    ctlFile,
    fillTemplate('ejabberdctl.cfg', {
      NODE: `xi${randomBytes(5).toString('hex')}@localhost`,
      CONFIG_FILE: configFile,
      SPOOL_DIR: spoolDir,
      LOGS_DIR: logsDir,
      PID_FILE: join(folder, 'ejabberd.pid'),
      DIST_PORT: String(await freePort()),
    }),
  );
  // ejabberdctl points Erlang at CONFIG_DIR/inetrc; without one, every
  // start prints an error report.
  writeFileSync(join(folder, 'inetrc'), '{lookup, [file, native]}.\n');
  chownTree(folder, user);

  // Erlang keeps its distribution cookie in $HOME; the node and every
  // ejabberdctl call must share it.
  const env = { ...process.env, HOME: folder };
  const common = ['--config-dir', folder, '--ctl-config', ctlFile];
  const ctl = (args: string[], secrets: string[] = []) =>
    runCommand(EJABBERDCTL, [...common, ...args], {
      user,
      cwd: folder,
      env,
      secrets,
    });

  const server = new ServerProcess({
    name: 'ejabberd',
    command: EJABBERDCTL,
    args: [...common, '--config', configFile, 'foreground'],
    cwd: folder,
    folder,
    env,
    user,
    logFile: join(logsDir, 'foreground.log'),
  });

  const registerUser = async (localpart: string, password: string) => {
    await ctl(['register', localpart, options.host, password], [password]);
  };
  try {
    await server.waitForPorts(apiPort ? [c2sPort, apiPort] : [c2sPort]);
    if (options.authMethod !== 'external') {
      await untilStarted(() => registerUser(admin.localpart, admin.password));
    }
  } catch (error) {
    await server.stop();
    await relay?.close();
    throw error;
  }

  return {
    host: options.host,
    c2sPort,
    apiUrl: apiPort ? `http://127.0.0.1:${apiPort}/api` : undefined,
    admin: { ...admin, jid: adminJid },
    logsDir,
    registerUser,
    ctl,
    async stop() {
      // No graceful shutdown (it takes seconds): the data is thrown away.
      await server.stop(0);
      await relay?.close();
      removeFolder(folder);
    },
  };
}

interface Listeners {
  c2sPort: number;
  apiPort: number | undefined;
  adminJid: string;
}

function renderConfig(
  options: EjabberdOptions,
  listeners: Listeners,
  extauthProgram: string | undefined,
) {
  const text = fillTemplate('ejabberd.yml', {
    HOST: options.host,
    C2S_PORT: String(listeners.c2sPort),
    API_PORT: String(listeners.apiPort ?? 0),
    ADMIN_JID: listeners.adminJid,
  });
  const config = parse(text);
  for (const listener of config.listen) listener.port = Number(listener.port);

  if (!listeners.apiPort) {
    config.listen = config.listen.filter(
      (listener: { module: string }) => listener.module !== 'ejabberd_http',
    );
    delete config.modules.mod_http_api;
  }
  if (extauthProgram) {
    config.auth_method = 'external';
    config.extauth_program = extauthProgram;
    // Ask the program every time, so tests see password changes at once.
    config.auth_use_cache = false;
    delete config.auth_password_format;
  }
  return stringify(config);
}

async function startRelayIfExternal(
  options: EjabberdOptions,
  folder: string,
): Promise<ExtauthRelay | undefined> {
  if (options.authMethod !== 'external') return undefined;
  if (!options.extauthProgram) {
    throw new Error('authMethod external needs extauthProgram');
  }
  return startExtauthRelay(folder, options.extauthProgram);
}

/**
 * The listeners open a moment before the node answers ejabberdctl; the
 * first command is retried for a few seconds.
 */
async function untilStarted(command: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      return await command();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(250);
    }
  }
}
