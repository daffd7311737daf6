import { Command } from 'commander';
import { pino } from 'pino';
import { createLocalBackend } from '../accounts/local/local-backend.js';
import { serveExtauth } from '../accounts/local/serve-extauth.js';
import type { Config } from '../config/config.js';
import { createLogger, type Logger } from '../logger.js';
import { openStore } from '../store/open-store.js';
import { configOf } from './cli-context.js';

/**
 * `xmpp-invites extauth`: the bridge that lets an XMPP server check
 * passwords against the `local` backend's accounts. It speaks ejabberd's
 * external authentication protocol on stdin and stdout, which both
 * ejabberd (`auth_method: external`, `extauth_program`) and Prosody's
 * mod_auth_external from prosody-modules (`external_auth_protocol =
 * "ejabberd"`) use.
 *
 * The server starts it once and keeps it running. Logs go to stderr:
 * stdout is the protocol.
 *
 * TODO: proven against ejabberd 23.01 only (test/extauth); prove it with
 * Prosody's mod_auth_external too, which talks to the program through a
 * pseudo-terminal rather than plain pipes.
 */
export function extauthCommand(): Command {
  return new Command('extauth')
    .description(
      'check passwords for ejabberd or Prosody (external auth protocol on stdin/stdout)',
    )
    .action(async (_options, cmd: Command) => {
      const config = configOf(cmd);
      const logger = createLogger(config.logLevel, pino.destination(2));
      await runExtauth(config, logger);
    });
}

async function runExtauth(config: Config, logger: Logger): Promise<void> {
  const store = await openStore(config.database);
  try {
    // SqliteStore.migrate() copes with the sibling bridges of ejabberd's
    // pool migrating the same fresh file at the same moment.
    await store.migrate();
    const backends = new Map(
      [...config.hosts.values()]
        .filter((host) => host.backend.type === 'local')
        .map((host) => [
          host.host,
          createLocalBackend(host.host, store.kysely),
        ]),
    );
    if (backends.size === 0) {
      logger.warn('no host uses the local backend: every answer will be no');
    }
    logger.info({ hosts: [...backends.keys()] }, 'extauth ready');

    // A server that goes away closes our stdin too; a failed write must
    // not crash the process before that end is read.
    process.stdout.on('error', (error) => {
      logger.warn({ err: error }, 'extauth output closed');
      process.stdin.destroy();
    });
    await serveExtauth({
      input: process.stdin,
      output: process.stdout,
      backends,
      logger,
    });
    logger.info('extauth input closed, stopping');
  } finally {
    await store.close();
  }
}
