import { createHistogram } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { Target } from './http-probe.js';

/** What one case on one side at one connection count came to. */
export interface Measurement {
  /** Answers with the expected status, per second of the run. */
  requestsPerSecond: number;
  /** Latency of expected answers, in milliseconds; null when none came. */
  p50Ms: number | null;
  p99Ms: number | null;
  /** Answers with the expected status. */
  good: number;
  /** Answers with any other status. */
  unexpected: number;
  /** Connection errors and timeouts. */
  errors: number;
  seconds: number;
}

/**
 * Runs autocannon against one target for a bounded time. Latency is taken
 * from each response with microsecond resolution: autocannon's own
 * histogram rounds to whole milliseconds, which hides everything under a
 * millisecond, and it leaves 4xx answers out of it.
 */
export async function measure(
  target: Target,
  connections: number,
  seconds: number,
): Promise<Measurement> {
  const latencyUs = createHistogram();
  let good = 0;
  let unexpected = 0;

  const instance = autocannon(
    {
      url: `http://127.0.0.1:${target.port}${target.path}`,
      method: 'GET',
      headers: target.headers,
      connections,
      duration: seconds,
      timeout: Math.max(10, seconds * 2),
    },
    () => {},
  );
  instance.on('response', (_client, status, _bytes, responseTimeMs) => {
    if (status !== target.expectedStatus) {
      unexpected++;
      return;
    }
    good++;
    latencyUs.record(Math.max(1, Math.round(responseTimeMs * 1000)));
  });

  const result = await new Promise<autocannon.Result>((resolve) => {
    instance.once('done', resolve);
  });
  const elapsed = result.duration > 0 ? result.duration : seconds;
  const none = good === 0;
  return {
    requestsPerSecond: good / elapsed,
    p50Ms: none ? null : latencyUs.percentile(50) / 1000,
    p99Ms: none ? null : latencyUs.percentile(99) / 1000,
    good,
    unexpected,
    // autocannon counts timeouts among its errors already.
    errors: result.errors,
    seconds: elapsed,
  };
}
