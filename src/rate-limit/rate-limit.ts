import { parseDuration } from '../config/duration.js';

/** At most `max` requests per `perMs`, as in `10/1m`. */
export interface RateLimit {
  max: number;
  perMs: number;
}

/**
 * What is limited (each host may set its own values; see RateLimiter):
 * - `apiKey`: `/invites_api` requests per API key;
 * - `apiAddress`: `/invites_api` requests per client address;
 * - `register`: registration and password-reset submissions per client
 *   address;
 * - `unknownToken`: look-ups of tokens that match no invite, per client
 *   address, which is what guessing tokens looks like.
 */
export type RateLimitName =
  | 'apiKey'
  | 'apiAddress'
  | 'register'
  | 'unknownToken';

/** Each limit, or null where the operator turned it off. */
export type RateLimits = Readonly<Record<RateLimitName, RateLimit | null>>;

const FORM = /^(\d+)\s*\/\s*(\S+)$/;

/**
 * Reads `N/DURATION` (`10/1m`, `300/1h`) or `off`. Returns undefined
 * for anything else.
 */
export function parseRateLimit(text: string): RateLimit | null | undefined {
  const trimmed = text.trim();
  if (trimmed === 'off') return null;

  const match = FORM.exec(trimmed);
  if (!match) return undefined;
  const max = Number(match[1]);
  const perMs = parseDuration(match[2] ?? '');
  if (perMs === undefined || !Number.isSafeInteger(max) || max < 1) {
    return undefined;
  }
  return { max, perMs };
}

/**
 * The limit as GCRA sees it (the generic cell rate algorithm of ATM
 * networks: a token bucket kept as one timestamp per key). One request
 * costs `intervalMs`, and a key's theoretical arrival time may run at
 * most `burstMs` ahead of now: `max` requests pass at once, then one more
 * each `intervalMs`. Unlike fixed windows, no window edge hands out a
 * fresh burst, and one timestamp is the whole state.
 */
export function gcraSchedule(limit: RateLimit): {
  intervalMs: number;
  burstMs: number;
} {
  // Whole milliseconds, rounded up: the limit is never looser than asked.
  const intervalMs = Math.ceil(limit.perMs / limit.max);
  return { intervalMs, burstMs: intervalMs * limit.max };
}

/**
 * A limit no looser than any of `limits`: the smallest burst and the
 * slowest rate among them, which may come from different ones. Null when
 * every one is off.
 */
export function strictestLimit(
  limits: ReadonlyArray<RateLimit | null>,
): RateLimit | null {
  const on = limits.filter((limit) => limit !== null);
  if (on.length === 0) return null;

  const max = Math.min(...on.map((limit) => limit.max));
  const slowest = Math.max(...on.map((limit) => limit.perMs / limit.max));
  return { max, perMs: Math.ceil(slowest * max) };
}

export interface RateDecision {
  allowed: boolean;
  /** When denied, how long until one more request would pass. */
  retryAfterMs: number;
}

/**
 * One request against a key whose theoretical arrival time is `tat`
 * (undefined for a key never seen). Returns the decision and the time to
 * keep: unchanged when denied, since a refused request costs nothing.
 */
export function gcraStep(
  tat: number | undefined,
  now: number,
  limit: RateLimit,
): RateDecision & { tat: number | undefined } {
  const { intervalMs, burstMs } = gcraSchedule(limit);
  const next = Math.max(tat ?? now, now) + intervalMs;
  if (next - now <= burstMs)
    return { allowed: true, retryAfterMs: 0, tat: next };
  return { allowed: false, retryAfterMs: next - now - burstMs, tat };
}
