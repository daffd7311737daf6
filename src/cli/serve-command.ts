import { Command } from 'commander';
import { createLogger } from '../logger.js';
import { startService } from '../main.js';
import { openStore } from '../store/open-store.js';
import { configOf } from './cli-context.js';

export function serveCommand(): Command {
  return new Command('serve')
    .description('run the service: the invites API and the invite pages')
    .action(async (_options, cmd: Command) => {
      const config = configOf(cmd);
      const logger = createLogger(config.logLevel);
      const service = await startService(config, logger);

      const shutdown = (signal: string) => {
        logger.info({ signal }, 'stopping');
        service.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'stop failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
}

export function migrateCommand(): Command {
  return new Command('migrate')
    .description('bring the database schema up to date, then exit')
    .action(async (_options, cmd: Command) => {
      const config = configOf(cmd);
      const store = await openStore(config.database);
      const { applied } = await store.migrate().finally(() => store.close());
      process.stdout.write(
        applied.length > 0
          ? `applied ${applied.join(', ')}\n`
          : 'already up to date\n',
      );
    });
}
