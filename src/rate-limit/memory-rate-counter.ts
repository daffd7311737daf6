import type { RateCounter } from './rate-counter.js';
import { gcraStep, type RateDecision, type RateLimit } from './rate-limit.js';

/** How many calls pass between sweeps of keys whose limit has refilled. */
const SWEEP_EVERY = 1024;

/**
 * Rate limits for one process, as with SQLite: a map from key to its
 * theoretical arrival time. A key whose time has passed holds no
 * information (it is the same as a key never seen), so sweeps drop them
 * and memory stays bounded by the keys active within one window.
 */
export class MemoryRateCounter implements RateCounter {
  private readonly arrivals = new Map<string, number>();
  private calls = 0;

  async take(
    key: string,
    limit: RateLimit,
    now: number,
  ): Promise<RateDecision> {
    if (++this.calls % SWEEP_EVERY === 0) this.sweep(now);

    const step = gcraStep(this.arrivals.get(key), now, limit);
    if (step.tat !== undefined) this.arrivals.set(key, step.tat);
    return { allowed: step.allowed, retryAfterMs: step.retryAfterMs };
  }

  /** Keys currently tracked, for tests. */
  get size(): number {
    return this.arrivals.size;
  }

  private sweep(now: number): void {
    for (const [key, tat] of this.arrivals) {
      if (tat <= now) this.arrivals.delete(key);
    }
  }
}
