/** What `withTimeout` rejects with once the time is up. */
export class TimeoutError extends Error {
  override name = 'TimeoutError';

  constructor(readonly ms: number) {
    super(`no answer in ${ms} ms`);
  }
}

/**
 * Waits for `work` at most `ms` milliseconds: settles as `work` does, or
 * rejects with a TimeoutError, or with the reason of `signal` once that
 * aborts. The timer and the abort listener go as soon as the wait ends,
 * so a finished wait holds nothing and keeps no process alive. `work`
 * itself goes on; cleaning up after a time-out is the caller's.
 */
export function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  signal?: AbortSignal,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort = () => {};
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(ms)), ms);
    onAbort = () => reject(signal?.reason);
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([work, stop]).finally(() => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  });
}
