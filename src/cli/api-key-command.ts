import { Command } from 'commander';
import { generateApiKey } from '../api-keys/api-key.js';
import { AppError } from '../errors/app-error.js';
import { Errors } from '../errors/error-catalogue.js';
import type { ApiKeyRecord } from '../store/store.js';
import { readDuration } from './cli-arguments.js';
import {
  configOf,
  hostOf,
  iso,
  print,
  printJson,
  safeArgument,
  withStore,
} from './cli-context.js';

/**
 * `api-key create|list|delete`, also registered as `mod_invites_api` so
 * that scripts written for prosodyctl work with only the program renamed.
 */
export function apiKeyCommand(name: string): Command {
  const command = new Command(name).description(
    'create, list and delete API keys for /invites_api',
  );

  command
    .command('create')
    .description('create a key and print it, ID/SECRET, alone on stdout')
    .argument('<host>', 'the host whose invites the key creates')
    .argument('[name...]', 'a name to remember what the key is for')
    .option('--expires <duration>', 'refuse the key after this long, e.g. 90d')
    .action(async (host: string, words: string[], options, cmd: Command) => {
      const config = configOf(cmd);
      const hostConfig = hostOf(config, host);
      const expiresMs = readDuration('--expires', options.expires);

      const now = Date.now();
      const key = generateApiKey();
      await withStore(config, (store) =>
        store.insertApiKey({
          id: key.id,
          host: hostConfig.host,
          name: words.join(' '),
          secretHash: key.secretHash,
          createdAt: now,
          lastUsedAt: null,
          expiresAt: expiresMs === undefined ? null : now + expiresMs,
        }),
      );
      print(key.key);
    });

  command
    .command('list')
    .description('list the keys of a host: id, name, created, last used')
    .argument('<host>')
    .option('--json', 'print JSON')
    .action(async (host: string, options, cmd: Command) => {
      const config = configOf(cmd);
      const hostConfig = hostOf(config, host);
      const keys = await withStore(config, (s) =>
        s.listApiKeys(hostConfig.host),
      );
      if (options.json) return printJson(keys.map(publicFields));
      for (const key of keys) print(describeKey(key));
    });

  command
    .command('delete')
    .description('revoke a key at once')
    .argument('<host>')
    .argument('<id>', 'the key id, the part before the slash')
    .action(async (host: string, id: string, _options, cmd: Command) => {
      const config = configOf(cmd);
      const hostConfig = hostOf(config, host);
      const deleted = await withStore(config, (s) =>
        s.deleteApiKey(hostConfig.host, id),
      );
      if (!deleted) {
        throw new AppError(
          Errors.unknownKey,
          `no API key ${safeArgument(id)} for host ${hostConfig.host}`,
        );
      }
    });

  return command;
}

function describeKey(key: ApiKeyRecord): string {
  const parts = [
    key.id,
    key.name || '-',
    `created ${iso(key.createdAt)}`,
    `last used ${iso(key.lastUsedAt)}`,
  ];
  if (key.expiresAt !== null) parts.push(`expires ${iso(key.expiresAt)}`);
  return parts.join('\t');
}

function publicFields(key: ApiKeyRecord) {
  return {
    id: key.id,
    name: key.name,
    created: iso(key.createdAt),
    last_used: key.lastUsedAt === null ? null : iso(key.lastUsedAt),
    expires: key.expiresAt === null ? null : iso(key.expiresAt),
  };
}
