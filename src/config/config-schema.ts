import { isIP } from 'node:net';
import { z } from 'zod';
import {
  hostRateLimitsSchema,
  rateLimitsSchema,
} from '../rate-limit/rate-limit-config.js';
import { appsConfigShape } from '../web/apps/apps-config.js';
import { parseDuration } from './duration.js';

/** A duration like `7d`, `12h` or `90m`, read into milliseconds. */
const duration = z.string().transform((text, ctx) => {
  const ms = parseDuration(text);
  if (ms !== undefined) return ms;
  ctx.addIssue({
    code: 'custom',
    message: `"${text}" is not a duration: write a number and a unit, like 7d, 12h, 90m or 30s`,
  });
  return z.NEVER;
});

const listenAddress = z
  .string()
  .regex(/^(\[[0-9a-fA-F:]+\]|[^:\s]+):\d{1,5}$/, {
    message: 'write the address as HOST:PORT, like 127.0.0.1:5281',
  });

const baseUrl = z
  .string()
  .refine((text) => /^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(text), {
    message:
      'write a full http or https URL without query, like https://example.com',
  })
  .transform((text) => text.replace(/\/+$/, ''));

/**
 * A secret given inline, read from a file, or taken from the environment,
 * so that the YAML file itself need not hold it.
 */
const secretFields = {
  password: z.string().min(1).optional(),
  /** Path of a file whose first line is the password. */
  password_file: z.string().min(1).optional(),
  /** Name of an environment variable holding the password. */
  password_env: z.string().min(1).optional(),
};

const xmppBackend = z.strictObject({
  type: z.literal('xmpp'),
  /** The admin account the service signs in as. */
  jid: z.string().regex(/^[^@/\s]+@[^@/\s]+$/, {
    message: 'write a bare JID like admin@example.com',
  }),
  ...secretFields,
  /** HOST:PORT to connect to; by default the JID's domain on port 5222. */
  server: listenAddress.optional(),
  /** `starttls` (default), `direct` (XEP-0368 TLS) or `none` (loopback). */
  tls: z.enum(['starttls', 'direct', 'none']).default('starttls'),
  /** A SASL mechanism to prefer, like PLAIN; SCRAM-SHA-1 by default. */
  sasl_mechanism: z
    .string()
    .regex(/^[A-Z0-9-]{1,20}$/)
    .optional(),
  /** How long one ad-hoc command may take, reconnects included. */
  timeout: duration.default(10_000),
});

const ejabberdBackend = z.strictObject({
  type: z.literal('ejabberd'),
  /** Base URL of mod_http_api, like http://127.0.0.1:5280/api */
  url: baseUrl,
  user: z.string().min(1),
  ...secretFields,
  timeout: duration.default(10_000),
});

const localBackend = z.strictObject({ type: z.literal('local') });

const backend = z.discriminatedUnion('type', [
  localBackend,
  xmppBackend,
  ejabberdBackend,
]);

export const DEFAULT_RESERVED_USERNAMES = [
  'admin',
  'administrator',
  'root',
  'postmaster',
  'hostmaster',
  'webmaster',
  'abuse',
  'security',
  'support',
  'info',
  'noreply',
  'no-reply',
  'xmpp',
  'system',
];

/**
 * A link a page may load: an https URL, or a path on this service's own
 * host. Plain http is refused, since browsers block it on https pages.
 */
const pageAsset = z
  .string()
  .refine(
    (t) =>
      (t.startsWith('/') && !t.startsWith('//')) ||
      (t.startsWith('https://') && URL.canParse(t)),
    { message: 'write an https:// URL or a path starting with /' },
  );

/**
 * A reverse proxy whose X-Forwarded-For is believed: an address, a CIDR
 * range, or one of `loopback`, `linklocal`, `uniquelocal`.
 */
const trustedProxy = z.string().refine(isProxyAddress, {
  message:
    'write an address or range like 127.0.0.1, 10.0.0.0/8 or ::1, or loopback',
});

/** A duration, or `off` for never. */
const durationOrOff = z
  .union([z.literal('off'), duration])
  .transform((value) => (value === 'off' ? null : value));

/** The colour buttons and links take on a host's pages. */
export const DEFAULT_ACCENT_COLOR = '#1d5fbf';

export const hostSchema = z.strictObject({
  /** Public URL that links are built from, like https://example.com */
  base_url: baseUrl,
  /** Name shown on pages; the host name when not set. */
  site_name: z.string().min(1).optional(),
  /** Default lifetime of account and group invites. */
  invite_expiry: duration.default(7 * 86_400_000),
  /** Longest lifetime a caller may ask for with `expires`. */
  max_invite_expiry: duration.default(30 * 86_400_000),
  /** Lifetime of password-reset invites. */
  reset_expiry: duration.default(86_400_000),
  /** Landing page URL template: {base_url}, {host} and {token}. */
  landing_url: z
    .string()
    .refine((t) => t.includes('{token}'), {
      message: 'the template must contain {token}',
    })
    .default('{base_url}/invite?{token}'),
  /** Where accounts are created; `local` when not set. */
  backend: backend.default({ type: 'local' }),
  /** Usernames nobody may register, on top of the server's admins. */
  reserved_usernames: z
    .array(z.string().min(1))
    .default(DEFAULT_RESERVED_USERNAMES),
  /** An extra regular expression every new username must match. */
  username_pattern: z
    .string()
    .refine(isRegExp, { message: 'not a valid regular expression' })
    .optional(),
  /** Minimum password length, in characters. */
  password_min_length: z.number().int().min(1).max(1024).default(10),
  ...appsConfigShape,
  /** The site's logo on every page, beside its name; none by default. */
  logo_url: pageAsset.optional(),
  /**
   * Colour of buttons and links, as #rrggbb. Pages darken it for text
   * where it would be too light to read (WCAG 2.1 AA), so any colour works.
   */
  accent_color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, {
      message: 'write a colour as #rrggbb, like #1d5fbf',
    })
    .default(DEFAULT_ACCENT_COLOR),
  /** An extra stylesheet loaded after the built-in one, to restyle pages. */
  stylesheet_url: pageAsset.optional(),
  /** This host's own rate limits; see the top-level `rate_limits`. */
  rate_limits: hostRateLimitsSchema,
});

export const configSchema = z.strictObject({
  /** HOST:PORT to listen on. */
  listen: listenAddress.default('127.0.0.1:5281'),
  /**
   * `sqlite:PATH` or `postgres://USER:PASSWORD@HOST/DB`. The environment
   * variable XMPP_INVITES_DATABASE, when set, wins over this key.
   */
  database: z
    .string()
    .refine((t) => /^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(t), {
      message: 'write sqlite:PATH or postgres://USER@HOST/DB',
    })
    .default('sqlite:./data/xmpp-invites.db'),
  log_level: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  /**
   * Reverse proxies whose X-Forwarded-For gives the client's address (for
   * rate limits and logs). Empty by default: the header is ignored, since
   * anyone can send it.
   */
  trusted_proxies: z.array(trustedProxy).default([]),
  /**
   * How long expired, used-up and revoked invites are kept before they
   * are deleted; their use records stay. `off` keeps them forever.
   */
  purge_after: durationOrOff.default(30 * 86_400_000),
  /** Rate limits for every host; see src/rate-limit/rate-limit-config.ts. */
  rate_limits: rateLimitsSchema,
  hosts: z.record(
    z.string().regex(/^[a-z0-9.-]+$/i, {
      message: 'a host is a domain name like example.com',
    }),
    hostSchema,
  ),
});

function isProxyAddress(text: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(text)) return true;
  const [address = '', bits, ...rest] = text.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const width = family === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= width;
}

function isRegExp(text: string): boolean {
  try {
    new RegExp(text, 'u');
    return true;
  } catch {
    return false;
  }
}

export type ConfigInput = z.input<typeof configSchema>;
export type ParsedConfig = z.output<typeof configSchema>;
export type ParsedHost = z.output<typeof hostSchema>;
export type BackendConfig = z.output<typeof backend>;
