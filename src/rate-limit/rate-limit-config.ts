import { z } from 'zod';
import {
  parseRateLimit,
  type RateLimit,
  type RateLimitName,
  type RateLimits,
} from './rate-limit.js';

const limit = z.string().transform((text, ctx) => {
  const parsed = parseRateLimit(text);
  if (parsed !== undefined) return parsed;
  ctx.addIssue({
    code: 'custom',
    message: `"${text}" is not a rate limit: write requests/duration, like 10/1m or 300/1h, or off`,
  });
  return z.NEVER;
});

/**
 * The defaults. The invites API serves the operator's own scripts, whose
 * keys can be revoked, so it is not limited unless asked; the pages face
 * everyone. Thirty submissions in ten minutes lets a meetup register
 * behind one NAT while slowing a script to one try every twenty seconds.
 */
export const DEFAULT_RATE_LIMITS = {
  api_key: 'off',
  api_address: 'off',
  register: '30/10m',
  unknown_token: '30/10m',
} as const;

/**
 * `rate_limits` at the top of the file (defaults for every host) and
 * under a host (each key given replaces the default for that host).
 * Each value is `requests/duration` or `off`:
 * - `api_key`: /invites_api requests per API key;
 * - `api_address`: /invites_api requests per client address;
 * - `register`: registration and password-reset submissions per client
 *   address;
 * - `unknown_token`: invite look-ups that find no invite, per client
 *   address.
 * A burst of the whole amount passes at once, then one more request each
 * duration/requests. With PostgreSQL the counts are shared by every
 * instance; with SQLite they live in the one process.
 */
export const rateLimitsSchema = z
  .strictObject({
    api_key: limit.prefault(DEFAULT_RATE_LIMITS.api_key),
    api_address: limit.prefault(DEFAULT_RATE_LIMITS.api_address),
    register: limit.prefault(DEFAULT_RATE_LIMITS.register),
    unknown_token: limit.prefault(DEFAULT_RATE_LIMITS.unknown_token),
  })
  .prefault({});

export const hostRateLimitsSchema = z
  .strictObject({
    api_key: limit.optional(),
    api_address: limit.optional(),
    register: limit.optional(),
    unknown_token: limit.optional(),
  })
  .optional();

type Parsed = Partial<
  Record<
    'api_key' | 'api_address' | 'register' | 'unknown_token',
    RateLimit | null
  >
>;

/** The limits in effect: each key of `own`, else the default's. */
export function toRateLimits(defaults: Parsed, own: Parsed = {}): RateLimits {
  const pick = (key: keyof Parsed): RateLimit | null =>
    own[key] !== undefined ? (own[key] ?? null) : (defaults[key] ?? null);
  const limits: Record<RateLimitName, RateLimit | null> = {
    apiKey: pick('api_key'),
    apiAddress: pick('api_address'),
    register: pick('register'),
    unknownToken: pick('unknown_token'),
  };
  return limits;
}
