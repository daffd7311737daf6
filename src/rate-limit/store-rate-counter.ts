import type { Store } from '../store/store.js';
import type { RateCounter } from './rate-counter.js';
import {
  gcraSchedule,
  type RateDecision,
  type RateLimit,
} from './rate-limit.js';

/**
 * Rate limits kept in the database, for several instances on one
 * PostgreSQL: each request is one atomic step on a shared row, so the
 * limit holds for all instances together rather than for each.
 */
export class StoreRateCounter implements RateCounter {
  constructor(private readonly store: Pick<Store, 'takeRateToken'>) {}

  async take(
    key: string,
    limit: RateLimit,
    now: number,
  ): Promise<RateDecision> {
    const { intervalMs, burstMs } = gcraSchedule(limit);
    const step = await this.store.takeRateToken(key, now, intervalMs, burstMs);
    if (step.allowed) return { allowed: true, retryAfterMs: 0 };

    const next = Math.max(step.tat, now) + intervalMs;
    return { allowed: false, retryAfterMs: next - now - burstMs };
  }
}
