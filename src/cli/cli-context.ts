import type { Command } from 'commander';
import type { Config, HostConfig } from '../config/config.js';
import { loadConfig } from '../config/load-config.js';
import { AppError } from '../errors/app-error.js';
import { Errors } from '../errors/error-catalogue.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';

/** The global options every command inherits from the program. */
export interface GlobalOptions {
  config?: string;
  listen?: string;
}

/**
 * The configuration for a command. `--listen` is a program-wide option so
 * that `xmpp-invites --listen ADDR serve` works, but only `serve` listens:
 * any other command refuses it rather than ignore it.
 */
export function configOf(command: Command): Config {
  const options = command.optsWithGlobals<GlobalOptions>();
  if (options.listen !== undefined && command.name() !== 'serve') {
    throw new AppError(Errors.badArgument, '--listen applies to serve only');
  }
  return loadConfig({ file: options.config, listen: options.listen });
}

export function hostOf(config: Config, name: string): HostConfig {
  const host = config.hosts.get(name.toLowerCase());
  if (host) return host;
  const where = config.source ?? 'a configuration file (--config)';
  throw new AppError(
    Errors.unknownHost,
    `unknown host ${safeArgument(name)}: add it under hosts in ${where}`,
  );
}

/**
 * Opens the store, brings its schema up to date, runs the work, and
 * closes it again, whatever happens.
 */
export async function withStore<T>(
  config: Config,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openStore(config.database);
  try {
    await store.migrate();
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Echoes an argument in an error only when it is short and printable. */
export function safeArgument(text: string): string {
  return /^[\p{L}\p{N}._@-]{1,64}$/u.test(text)
    ? text
    : JSON.stringify(text.slice(0, 64));
}

export function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

export function printJson(value: unknown): void {
  print(JSON.stringify(value, null, 2));
}

export function iso(ms: number | null): string {
  return ms === null ? 'never' : new Date(ms).toISOString();
}
