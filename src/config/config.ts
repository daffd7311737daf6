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

export interface HostConfig {
  host: string;
  baseUrl: string;
  siteName: string;
  inviteExpiryMs: number;
  maxInviteExpiryMs: number;
  resetExpiryMs: number;
  landingUrlTemplate: string;
  backend: BackendSettings;
  reservedUsernames: readonly string[];
  usernamePattern: string | undefined;
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
  listen: { host: string; port: number };
  database: DatabaseUrl;
  logLevel: string;
  /** Proxies whose X-Forwarded-For is believed; Fastify's trustProxy. */
  trustedProxies: readonly string[];
  /** Grace period before finished invites are deleted; null: never. */
  purgeAfterMs: number | null;
  /** Limits for requests that belong to no configured host. */
  rateLimits: RateLimits;
  hosts: ReadonlyMap<string, HostConfig>;
  /** The file it came from, or undefined for the built-in defaults. */
  source: string | undefined;
}
