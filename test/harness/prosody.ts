import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeFolder } from './cleanup.js';
import { ensureDebianPackages } from './debian-packages.js';
import { fillTemplate } from './fill-template.js';
import { freePort } from './free-port.js';
import { runCommand } from './run-command.js';
import { ServerProcess } from './server-process.js';
import { chownTree, type ServiceUser, serviceUser } from './service-user.js';
import { makeTempFolder } from './temp-folder.js';

const PLUGIN_DIR = '/usr/lib/prosody/modules';

export interface ProsodyOptions {
  /** The virtual host, like `example.test`. */
  host: string;
  /** Bare JIDs with admin rights (they may use mod_admin_adhoc). */
  admins?: string[];
  /** Accounts created before the server starts. */
  users?: Array<{ localpart: string; password: string }>;
  /** Module names to load on top of the template's, like `invites`. */
  extraModules?: string[];
  /** Open Prosody's HTTP server on a loopback port too. */
  httpPort?: boolean;
  /** Lua lines for the global section, like `statistics = "internal"`. */
  extraConfig?: string;
  /**
   * Authenticate through mod_auth_external with this command. Debian 12's
   * prosody-modules does not ship that module, so this fails with a clear
   * error unless it has been put on the plugin path by other means.
   */
  authExternalCommand?: string;
}

export interface ProsodyServer {
  readonly host: string;
  readonly c2sPort: number;
  readonly httpPort: number | undefined;
  readonly dataDir: string;
  readonly configFile: string;
  createUser(localpart: string, password: string): Promise<void>;
  /** Stops the process but keeps data and ports, for outage tests. */
  halt(): Promise<void>;
  /** Starts a halted server again, same ports, same accounts. */
  resume(): Promise<void>;
  /** Stops the server for good and removes its folder. */
  stop(): Promise<void>;
}

/**
 * Starts Debian's Prosody 0.12 in the foreground, configured from
 * test/fixtures/prosody.cfg.lua, listening on random loopback ports.
 * As root it runs as the `prosody` user: Prosody refuses to run as root
 * (mod_posix shuts down unless `run_as_root` is set).
 */
export async function startProsody(
  options: ProsodyOptions,
): Promise<ProsodyServer> {
  await ensureDebianPackages(['prosody', 'prosody-modules']);
  if (options.authExternalCommand) checkAuthExternalModule();

  const user = serviceUser('prosody');
  const folder = makeTempFolder('prosody');
  const dataDir = join(folder, 'data');
  const configFile = join(folder, 'prosody.cfg.lua');
  mkdirSync(dataDir);
  mkdirSync(join(folder, 'certs'));

  const c2sPort = await freePort();
  const httpPort = options.httpPort ? await freePort() : undefined;
  writeFileSync(
    configFile,
    renderConfig(options, { folder, dataDir, c2sPort, httpPort }),
  );
  chownTree(folder, user);

  const ctl = (args: string[], secrets: string[] = []) =>
    runCommand('prosodyctl', ['--config', configFile, ...args], { secrets });
  const createUser = async (localpart: string, password: string) => {
    await ctl(['register', localpart, options.host, password], [password]);
  };
  for (const { localpart, password } of options.users ?? []) {
    await createUser(localpart, password);
  }

  const ports = httpPort ? [c2sPort, httpPort] : [c2sPort];
  let running: ServerProcess | undefined = await launch(
    folder,
    configFile,
    user,
    ports,
  );

  return {
    host: options.host,
    c2sPort,
    httpPort,
    dataDir,
    configFile,
    createUser,
    async halt() {
      await running?.stop();
      running = undefined;
    },
    async resume() {
      if (running) return;
      running = await launch(folder, configFile, user, ports);
    },
    async stop() {
      await running?.stop();
      running = undefined;
      removeFolder(folder);
    },
  };
}

async function launch(
  folder: string,
  configFile: string,
  user: ServiceUser | undefined,
  ports: number[],
): Promise<ServerProcess> {
  const server = new ServerProcess({
    name: 'prosody',
    command: 'prosody',
    args: ['-F', '--config', configFile],
    cwd: folder,
    folder,
    user,
    logFile: join(folder, 'prosody.log'),
  });
  try {
    await server.waitForPorts(ports);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

interface Paths {
  folder: string;
  dataDir: string;
  c2sPort: number;
  httpPort: number | undefined;
}

function renderConfig(options: ProsodyOptions, paths: Paths): string {
  const command = options.authExternalCommand;
  const values: Record<string, string> = {
    PID_FILE: luaString(join(paths.folder, 'prosody.pid')),
    DATA_PATH: luaString(paths.dataDir),
    CERT_PATH: luaString(join(paths.folder, 'certs')),
    C2S_PORT: String(paths.c2sPort),
    HTTP_PORTS: paths.httpPort ? String(paths.httpPort) : '',
    ADMINS: luaList(options.admins ?? []),
    EXTRA_MODULES: luaList([
      ...(options.extraModules ?? []),
      ...(command ? ['auth_external'] : []),
    ]),
    AUTHENTICATION: luaString(command ? 'external' : 'internal_hashed'),
    EXTRA_CONFIG: options.extraConfig ?? '',
    HOST: luaString(options.host),
  };

  let config = fillTemplate('prosody.cfg.lua', values);
  if (command) config += `\nexternal_auth_command = ${luaString(command)}\n`;
  return config;
}

function luaString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n')}"`;
}

function luaList(items: string[]): string {
  return items.map((item) => `${luaString(item)};`).join(' ');
}

function checkAuthExternalModule(): void {
  const candidates = [
    join(PLUGIN_DIR, 'mod_auth_external.lua'),
    join(PLUGIN_DIR, 'mod_auth_external', 'mod_auth_external.lua'),
  ];
  if (candidates.some((path) => existsSync(path))) return;
  throw new Error(
    "mod_auth_external is not installed: Debian 12's prosody-modules does " +
      `not ship it; put it in ${PLUGIN_DIR} to use authExternalCommand`,
  );
}
