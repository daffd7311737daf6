import { describe, expect, it } from 'vitest';
import {
  gcraStep,
  parseRateLimit,
  type RateLimit,
  strictestLimit,
} from './rate-limit.js';

describe('parseRateLimit', () => {
  it('reads requests per duration, and off', () => {
    expect(parseRateLimit('10/1m')).toEqual({ max: 10, perMs: 60_000 });
    expect(parseRateLimit(' 300 / 1h ')).toEqual({
      max: 300,
      perMs: 3_600_000,
    });
    expect(parseRateLimit('off')).toBeNull();
  });

  it('refuses a missing unit, zero requests and other text', () => {
    for (const text of ['10/60', '0/1m', '10', '/1m', 'ten/1m', '1.5/1m']) {
      expect(parseRateLimit(text)).toBeUndefined();
    }
  });
});

describe('gcraStep', () => {
  const limit: RateLimit = { max: 3, perMs: 3_000 };

  /** Runs requests at the given times, returning which passed. */
  function run(times: number[]) {
    let tat: number | undefined;
    return times.map((now) => {
      const step = gcraStep(tat, now, limit);
      tat = step.tat;
      return step;
    });
  }

  it('lets a burst of max through, then refuses with the wait', () => {
    const steps = run([0, 0, 0, 0]);
    expect(steps.map((s) => s.allowed)).toEqual([true, true, true, false]);
    expect(steps[3]?.retryAfterMs).toBe(1_000);
  });

  it('lets one more through per interval once the burst is spent', () => {
    const steps = run([0, 0, 0, 999, 1_000, 1_000, 2_000]);
    expect(steps.map((s) => s.allowed)).toEqual([
      true,
      true,
      true,
      false,
      true,
      false,
      true,
    ]);
  });

  it('holds the long-run rate, with no extra burst at any edge', () => {
    // A token bucket: max at once, then max per duration. Fixed windows
    // would also let a second burst through at each window's edge.
    const times = Array.from({ length: 1_000 }, (_, i) => i * 10);
    const passed = run(times)
      .map((s, i) => (s.allowed ? times[i] : undefined))
      .filter((t) => t !== undefined);
    expect(passed).toEqual([
      0, 10, 20, 1e3, 2e3, 3e3, 4e3, 5e3, 6e3, 7e3, 8e3, 9e3,
    ]);
    for (const start of passed) {
      const inWindow = passed.filter((t) => t >= start && t < start + 3_000);
      expect(inWindow.length).toBeLessThanOrEqual(2 * limit.max - 1);
    }
  });

  it('does not charge refused requests', () => {
    const steps = run([0, 0, 0, 0, 0, 0, 1_000]);
    expect(steps[6]?.allowed).toBe(true);
  });

  it('rounds the interval up, never loosening the limit', () => {
    let tat: number | undefined;
    const odd = { max: 3, perMs: 1_000 };
    const allowed = [0, 0, 0, 0].map((now) => {
      const step = gcraStep(tat, now, odd);
      tat = step.tat;
      return step.allowed;
    });
    expect(allowed).toEqual([true, true, true, false]);
  });
});

describe('strictestLimit', () => {
  it('takes the smallest burst and the slowest rate, ignoring off', () => {
    const burst = { max: 2, perMs: 60_000 };
    const slow = { max: 10, perMs: 3_600_000 };
    expect(strictestLimit([burst, null, slow])).toEqual({
      max: 2,
      perMs: 720_000,
    });
    expect(strictestLimit([null, slow])).toEqual(slow);
    expect(strictestLimit([null, null])).toBeNull();
  });
});
