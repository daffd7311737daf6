import type { RateLimits } from '../rate-limit/rate-limit.js';
import type { AppsHostOptions } from '../web/apps/apps-config.js';
import type { BackendConfig } from './config-schema.js';

/** A resolved account backend: secrets already read from file or env. */
export type BackendSettings =
  | { type: 'local' }
  | {
      type: 'xmpp';
      jid: string;
      password: string;
      server: string | undefined;
      tls: 'starttls' | 'direct' | 'none';
      saslMechanism: string | undefined;
      timeoutMs: number;
    }
  | {
      type: 'ejabberd';
      url: string;
      user: string;
      password: string;
      timeoutMs: number;
    };

export type BackendType = BackendConfig['type'];

/** One XMPP domain the service makes invites and accounts for. */
export interface HostConfig {
  /** The domain, lower-cased, like `example.com`. */
  host: string;
  /** Public URL that links are built from, without a trailing slash. */
  baseUrl: string;
  /** Name shown on pages; the domain unless `site_name` is set. */
  siteName: string;
  /** Lifetime of an invite whose creator asks for none (ms). */
  inviteExpiryMs: number;
  /** Longest lifetime a creator may ask for (ms); at least the two above. */
  maxInviteExpiryMs: number;
  /** Lifetime of a password-reset invite (ms). */
  resetExpiryMs: number;
  /** Landing page template with `{base_url}`, `{host}` and `{token}`. */
  landingUrlTemplate: string;
  /** Where accounts are made, secrets already read from file or env. */
  backend: BackendSettings;
  /** Names nobody may register, lower-cased. */
  reservedUsernames: readonly string[];
  /** A regular expression every new username must match as a whole. */
  usernamePattern: string | undefined;
  /** Minimum password length, in characters (code points). */
  passwordMinLength: number;
  /** `apps`, `apps_show` and `apps_hide`, checked against the catalog. */
  apps: AppsHostOptions;
  branding: Branding;
  /** The top-level `rate_limits`, with this host's own keys on top. */
  rateLimits: RateLimits;
}

/** How a host's pages look: see `logo_url` and friends in the schema. */
export interface Branding {
  logoUrl: string | undefined;
  /** `#rrggbb`. */
  accentColor: string;
  stylesheetUrl: string | undefined;
}

export type DatabaseUrl =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string };

/** The whole configuration, validated once at start and then frozen. */
export interface Config {
  /** Where the HTTP server listens; `--listen` wins over the file. */
  listen: { host: string; port: number };
  /** The store; XMPP_INVITES_DATABASE wins over the file. */
  database: DatabaseUrl;
  /** pino's level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  /** Proxies whose X-Forwarded-For is believed; Fastify's trustProxy. */
  trustedProxies: readonly string[];
  /** Grace period before finished invites are deleted; null: never. */
  purgeAfterMs: number | null;
  /** Limits for requests that belong to no configured host. */
  rateLimits: RateLimits;
  /** Every configured host, by lower-cased domain. */
  hosts: ReadonlyMap<string, HostConfig>;
  /** The file it came from, or undefined for the built-in defaults. */
  source: string | undefined;
}
