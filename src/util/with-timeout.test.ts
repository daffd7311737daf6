import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimeoutError, withTimeout } from './with-timeout.js';

const never = () => new Promise<never>(() => {});

describe('withTimeout', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('settles as the work does when it is in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 1_000)).resolves.toBe(7);
    const failed = Promise.reject(new Error('refused'));
    await expect(withTimeout(failed, 1_000)).rejects.toThrow('refused');
  });

  it('rejects with a TimeoutError naming the limit once it passes', async () => {
    vi.useFakeTimers();
    const late = withTimeout(never(), 250);
    const outcome = expect(late).rejects.toThrow(TimeoutError);
    await vi.advanceTimersByTimeAsync(249);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
    await expect(late).rejects.toThrow('no answer in 250 ms');
  });

  it('leaves no timer behind when the work finishes first', async () => {
    vi.useFakeTimers();
    await withTimeout(Promise.resolve('done'), 60_000);
    await withTimeout(Promise.reject(new Error('no')), 60_000).catch(() => {});
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops waiting when the signal aborts, and lets go of it', async () => {
    const closing = new AbortController();
    const waiting = withTimeout(never(), 60_000, closing.signal);
    closing.abort(new Error('closed'));
    await expect(waiting).rejects.toThrow('closed');

    const done = new AbortController();
    await withTimeout(Promise.resolve(1), 60_000, done.signal);
    expect(getEventListeners(done.signal, 'abort')).toHaveLength(0);
  });

  it('rejects at once for a signal that has already aborted', async () => {
    const waiting = withTimeout(never(), 60_000, AbortSignal.abort('gone'));
    await expect(waiting).rejects.toBe('gone');
  });
});
