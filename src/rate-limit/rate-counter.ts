import type { RateDecision, RateLimit } from './rate-limit.js';

/**
 * Keeps the state of rate limits. In memory for a single instance; in
 * the database when several instances must share one count.
 */
export interface RateCounter {
  /** Counts one request for `key` against `limit`, atomically. */
  take(key: string, limit: RateLimit, now: number): Promise<RateDecision>;
}
