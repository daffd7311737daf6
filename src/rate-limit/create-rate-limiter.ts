import type { Config } from '../config/config.js';
import type { Store } from '../store/store.js';
import { MemoryRateCounter } from './memory-rate-counter.js';
import type { RateCounter } from './rate-counter.js';
import { RateLimiter } from './rate-limiter.js';
import { StoreRateCounter } from './store-rate-counter.js';

/**
 * With PostgreSQL, several instances may share the database, so the
 * counts live there and hold for all of them together. With SQLite there
 * is one instance, and counting in its memory spares a disk sync per
 * request.
 */
export function createRateLimiter(
  config: Pick<Config, 'database' | 'hosts' | 'rateLimits'>,
  store: Pick<Store, 'takeRateToken' | 'findInviteByToken'>,
  now: () => number,
): RateLimiter {
  const counter: RateCounter =
    config.database.kind === 'postgres'
      ? new StoreRateCounter(store)
      : new MemoryRateCounter();
  return new RateLimiter({
    counter,
    defaults: config.rateLimits,
    hosts: config.hosts,
    findInviteHost: async (token) =>
      (await store.findInviteByToken(token))?.host,
    now,
  });
}
