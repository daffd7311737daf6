import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { toRateLimits } from '../rate-limit/rate-limit-config.js';
import { validateAppsConfig } from '../web/apps/apps-config.js';
import { BUILTIN_APPS } from '../web/apps/builtin-apps.js';
import type {
  BackendSettings,
  Config,
  DatabaseUrl,
  HostConfig,
} from './config.js';
import {
  type BackendConfig,
  configSchema,
  type ParsedHost,
} from './config-schema.js';
import { formatDuration } from './duration.js';

/** Every problem found in a configuration, each with how to fix it. */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    const count =
      problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    super(
      `${source} has ${count}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

export interface LoadOptions {
  /** `--config FILE`; otherwise XMPP_INVITES_CONFIG; otherwise defaults. */
  file?: string | undefined;
  /** `--listen HOST:PORT`, which wins over the file. */
  listen?: string | undefined;
  env?: NodeJS.ProcessEnv;
}

export function loadConfig(options: LoadOptions = {}): Config {
  const env = options.env ?? process.env;
  const file = options.file ?? (env.XMPP_INVITES_CONFIG || undefined);
  const source = file ?? 'the built-in configuration';

  const input = file === undefined ? defaultInput() : readYaml(file);
  if (options.listen !== undefined) input.listen = options.listen;
  // The database URL may carry a password; the environment keeps it out
  // of the file, as for backend passwords.
  if (env.XMPP_INVITES_DATABASE) input.database = env.XMPP_INVITES_DATABASE;
  if (file === undefined) {
    // With no file, the one host's links point at wherever we listen.
    input.hosts = { localhost: { base_url: `http://${input.listen}` } };
  }

  const parsed = configSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    throw new ConfigError(source, parsed.error.issues.map(describeIssue));
  }

  const problems: string[] = [];
  const hosts = new Map<string, HostConfig>();
  for (const [host, raw] of Object.entries(parsed.data.hosts)) {
    if (hosts.has(host.toLowerCase())) {
      problems.push(
        `hosts.${host}: the same host as another one in other letter case: keep one`,
      );
      continue;
    }
    checkLifetimes(host, raw, problems);
    const hostConfig = toHostConfig(host, raw, env, problems);
    const rateLimits = toRateLimits(parsed.data.rate_limits, raw.rate_limits);
    hosts.set(host.toLowerCase(), { ...hostConfig, rateLimits });
  }
  if (hosts.size === 0) {
    problems.push('hosts: list at least one host, with its base_url');
  }
  if (problems.length > 0) throw new ConfigError(source, problems);

  return deepFreeze({
    listen: splitListen(parsed.data.listen),
    database: toDatabaseUrl(parsed.data.database),
    logLevel: parsed.data.log_level,
    trustedProxies: parsed.data.trusted_proxies,
    purgeAfterMs: parsed.data.purge_after,
    rateLimits: toRateLimits(parsed.data.rate_limits),
    hosts,
    source: file,
  });
}

/** Default lifetimes a host could never grant would fail every invite. */
function checkLifetimes(host: string, raw: ParsedHost, problems: string[]) {
  const limit = formatDuration(raw.max_invite_expiry);
  for (const key of ['invite_expiry', 'reset_expiry'] as const) {
    if (raw[key] > raw.max_invite_expiry) {
      problems.push(
        `hosts.${host}.${key}: longer than max_invite_expiry (${limit}): shorten it or raise max_invite_expiry`,
      );
    }
  }
}

function defaultInput(): Record<string, unknown> {
  return { listen: '127.0.0.1:5281' };
}

function readYaml(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ConfigError(file, [
      `cannot read the file (${reason}): check the path given to --config or XMPP_INVITES_CONFIG`,
    ]);
  }

  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const first = String((error as Error).message).split('\n')[0];
    throw new ConfigError(file, [`not valid YAML: ${first}`]);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(file, ['the file must hold a YAML mapping of keys']);
  }
  return data as Record<string, unknown>;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the file';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${issue.path.length > 0 ? `${where}: ` : ''}unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove it or check its spelling`;
    case 'invalid_type':
      return issue.input === undefined
        ? `${where}: missing: add it`
        : `${where}: expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'invalid_key':
      return `${where}: ${issue.issues[0]?.message ?? issue.message}`;
    case 'invalid_union':
      return `${where}: set type to one of local, xmpp, ejabberd, with that type's keys`;
    default:
      return `${where}: ${issue.message}`;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

function toHostConfig(
  host: string,
  raw: ParsedHost,
  env: NodeJS.ProcessEnv,
  problems: string[],
): Omit<HostConfig, 'rateLimits'> {
  return {
    host: host.toLowerCase(),
    baseUrl: raw.base_url,
    siteName: raw.site_name ?? host,
    inviteExpiryMs: raw.invite_expiry,
    maxInviteExpiryMs: raw.max_invite_expiry,
    resetExpiryMs: raw.reset_expiry,
    landingUrlTemplate: raw.landing_url,
    backend: toBackendSettings(
      `hosts.${host}.backend`,
      raw.backend,
      env,
      problems,
    ),
    reservedUsernames: raw.reserved_usernames.map((n) => n.toLowerCase()),
    usernamePattern: raw.username_pattern,
    passwordMinLength: raw.password_min_length,
    apps: readAppsOptions(host, raw, problems),
    branding: {
      logoUrl: raw.logo_url,
      accentColor: raw.accent_color.toLowerCase(),
      stylesheetUrl: raw.stylesheet_url,
    },
  };
}

function readAppsOptions(host: string, raw: ParsedHost, problems: string[]) {
  const options = {
    apps: raw.apps,
    apps_show: raw.apps_show,
    apps_hide: raw.apps_hide,
  };
  const builtinIds = BUILTIN_APPS.map((app) => app.id);
  problems.push(...validateAppsConfig(options, builtinIds, `hosts.${host}`));
  return options;
}

function toBackendSettings(
  where: string,
  raw: BackendConfig,
  env: NodeJS.ProcessEnv,
  problems: string[],
): BackendSettings {
  if (raw.type === 'local') return { type: 'local' };

  const password = readSecret(where, raw, env, problems);
  if (raw.type === 'xmpp') {
    const { jid, server, tls, timeout } = raw;
    const saslMechanism = raw.sasl_mechanism;
    return {
      type: 'xmpp',
      jid,
      password,
      server,
      tls,
      saslMechanism,
      timeoutMs: timeout,
    };
  }
  const { url, user, timeout } = raw;
  return { type: 'ejabberd', url, user, password, timeoutMs: timeout };
}

function readSecret(
  where: string,
  raw: { password?: string; password_file?: string; password_env?: string },
  env: NodeJS.ProcessEnv,
  problems: string[],
): string {
  const given = [raw.password, raw.password_file, raw.password_env];
  if (given.filter((v) => v !== undefined).length !== 1) {
    problems.push(
      `${where}: give exactly one of password, password_file, password_env`,
    );
    return '';
  }
  if (raw.password !== undefined) return raw.password;

  if (raw.password_env !== undefined) {
    const value = env[raw.password_env];
    if (value) return value;
    problems.push(
      `${where}.password_env: the variable ${raw.password_env} is not set: export it before starting`,
    );
    return '';
  }

  try {
    const text = readFileSync(raw.password_file as string, 'utf8');
    const line = text.split(/\r?\n/)[0] ?? '';
    if (line) return line;
    problems.push(
      `${where}.password_file: the file is empty: write the password on its first line`,
    );
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    problems.push(
      `${where}.password_file: cannot read it (${reason}): check the path and its permissions`,
    );
  }
  return '';
}

function splitListen(listen: string): Config['listen'] {
  const at = listen.lastIndexOf(':');
  const host = listen.slice(0, at).replace(/^\[|\]$/g, '');
  return { host, port: Number(listen.slice(at + 1)) };
}

function toDatabaseUrl(database: string): DatabaseUrl {
  if (database.startsWith('sqlite:')) {
    return { kind: 'sqlite', path: database.slice('sqlite:'.length) };
  }
  return { kind: 'postgres', url: database };
}

function deepFreeze<T>(value: T): T {
  if (value instanceof Map) {
    for (const v of value.values()) deepFreeze(v);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return Object.freeze(value);
}
