import { describe, expect, it } from 'vitest';
import { MemoryRateCounter } from './memory-rate-counter.js';

describe('MemoryRateCounter', () => {
  const limit = { max: 2, perMs: 1_000 };

  it('counts keys apart', async () => {
    const counter = new MemoryRateCounter();
    for (let i = 0; i < 2; i++) {
      expect((await counter.take('a', limit, 0)).allowed).toBe(true);
    }
    expect(await counter.take('a', limit, 0)).toEqual({
      allowed: false,
      retryAfterMs: 500,
    });
    expect((await counter.take('b', limit, 0)).allowed).toBe(true);
  });

  it('forgets keys whose limit has refilled', async () => {
    const counter = new MemoryRateCounter();
    for (let i = 0; i < 500; i++) await counter.take(`k${i}`, limit, 0);
    for (let i = 0; i < 1_024; i++) await counter.take('late', limit, 10_000);
    expect(counter.size).toBe(1);
  });
});
