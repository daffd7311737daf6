/** What `withTimeout` rejects with once the time is up. */
export class TimeoutError extends Error {
  override name = 'TimeoutError';

  constructor(readonly ms: number) {
    super(`no answer in ${ms} ms`);
  }
}

/**
 * Waits for `work` at most `ms` milliseconds: settles as `work` does, or
 * rejects with a TimeoutError. The timer is cleared as soon as either
 * happens, so a finished wait holds nothing and keeps no process alive.
 * `work` itself goes on; cleaning up after a time-out is the caller's.
 */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(ms)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
