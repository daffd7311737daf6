import { existsSync } from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';
import { Command } from 'commander';
import type { DatabaseUrl } from '../config/config.js';
import { AppError } from '../errors/app-error.js';
import { Errors } from '../errors/error-catalogue.js';
import {
  COPIED_TABLES,
  type CopyProgress,
  copyDatabase,
  countRows,
  TargetNotEmpty,
} from '../store/copy-database.js';
import type { KyselyStore } from '../store/kysely-store.js';
import { openStore } from '../store/open-store.js';
import { configOf, print, withStore } from './cli-context.js';

/** `db copy` to move between databases, `db purge` to purge now. */
export function dbCommand(): Command {
  const command = new Command('db').description(
    'copy the data to another database, or purge finished invites now',
  );

  command
    .command('copy')
    .description(
      'copy API keys, invites, use records and local accounts into an empty database, e.g. from SQLite to PostgreSQL',
    )
    .requiredOption('--from <url>', 'the source, sqlite:PATH or postgres://...')
    .requiredOption(
      '--to <url>',
      'the empty target, postgres://... or sqlite:PATH',
    )
    .action(async (options: { from: string; to: string }) => {
      const from = parseDatabaseUrl('--from', options.from);
      const to = parseDatabaseUrl('--to', options.to);
      if (options.from === options.to) {
        throw new AppError(
          Errors.badArgument,
          '--from and --to are the same database',
        );
      }
      if (from.kind === 'sqlite' && !existsSync(from.path)) {
        throw new AppError(
          Errors.badArgument,
          `--from: no SQLite database at ${from.path}`,
        );
      }
      await copyBetween(from, to);
    });

  command
    .command('purge')
    .description(
      'delete expired, used-up and revoked invites older than purge_after now (use records stay)',
    )
    .action(async (_options, cmd: Command) => {
      const config = configOf(cmd);
      const graceMs = config.purgeAfterMs;
      if (graceMs === null) {
        throw new AppError(
          Errors.badArgument,
          'purge_after is off in the configuration: set it to a duration like 30d',
        );
      }
      const now = Date.now();
      const { invites } = await withStore(config, (s) =>
        s.purge(now - graceMs, now),
      );
      print(`purged ${invites} ${invites === 1 ? 'invite' : 'invites'}`);
    });

  return command;
}

async function copyBetween(from: DatabaseUrl, to: DatabaseUrl) {
  const source = await openStore(from);
  let target: KyselyStore | undefined;
  try {
    target = await openStore(to);
    // Both schemas up to date, so that every table and column matches.
    await source.migrate();
    await target.migrate();

    const bar = progressBar();
    let counts: Awaited<ReturnType<typeof copyDatabase>>;
    try {
      counts = await copyDatabase(source.kysely, target.kysely, bar, from.kind);
    } finally {
      bar.stop();
    }

    // Counted again after the commit, through a fresh read.
    const stored = await countRows(target.kysely);
    for (const { table, label } of COPIED_TABLES) {
      print(`${label}: ${stored[table]} of ${counts[table]}`);
    }
    if (COPIED_TABLES.some(({ table }) => stored[table] !== counts[table])) {
      throw new Error('the counts in the target differ from the source');
    }
    print('copied; the counts match');
  } catch (error) {
    if (!(error instanceof TargetNotEmpty)) throw error;
    throw new AppError(
      Errors.badArgument,
      `${error.message}: copy into an empty database; nothing was written`,
    );
  } finally {
    await source.close();
    await target?.close();
  }
}

/** A bar on stderr, so that stdout keeps only the result lines. */
function progressBar(): CopyProgress & { stop(): void } {
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: 'copying {bar} {value}/{total} rows  {table}',
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    start(total) {
      bar.start(total, 0, { table: '' });
      started = true;
    },
    advance(rows, table) {
      bar.increment(rows, { table });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

function parseDatabaseUrl(option: string, text: string): DatabaseUrl {
  if (text.startsWith('sqlite:') && text.length > 'sqlite:'.length) {
    return { kind: 'sqlite', path: text.slice('sqlite:'.length) };
  }
  if (/^postgres(ql)?:\/\/.+/.test(text))
    return { kind: 'postgres', url: text };
  throw new AppError(
    Errors.badArgument,
    `${option}: write sqlite:PATH or postgres://USER@HOST/DB`,
  );
}
