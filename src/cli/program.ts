import { Command } from 'commander';
import { ConfigError } from '../config/load-config.js';
import { AppError } from '../errors/app-error.js';
import { apiKeyCommand } from './api-key-command.js';
import { dbCommand } from './db-command.js';
import { extauthCommand } from './extauth-command.js';
import { inviteCommand } from './invite-command.js';
import { migrateCommand, serveCommand } from './serve-command.js';

export function buildProgram(): Command {
  const program = new Command('xmpp-invites')
    .description('Invite-based account onboarding for XMPP servers')
    .option(
      '-c, --config <file>',
      'YAML configuration (or XMPP_INVITES_CONFIG)',
    )
    .option(
      '--listen <host:port>',
      'listen address, overriding the configuration',
    )
    .showSuggestionAfterError(true);

  program.addCommand(serveCommand(), { isDefault: false });
  program.addCommand(migrateCommand());
  program.addCommand(apiKeyCommand('api-key'));
  program.addCommand(apiKeyCommand('mod_invites_api'));
  program.addCommand(inviteCommand());
  program.addCommand(dbCommand());
  program.addCommand(extauthCommand());
  return program;
}

/**
 * Runs the command line. A failure prints one line on stderr (a broken
 * configuration prints each of its problems) and exits non-zero.
 */
export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    process.exitCode = reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof ConfigError) {
    process.stderr.write(`xmpp-invites: ${error.message}\n`);
    return 2;
  }
  if (error instanceof AppError) {
    process.stderr.write(`xmpp-invites: ${error.message}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `xmpp-invites: unexpected failure: ${message.split('\n')[0]}\n`,
  );
  return 70;
}
