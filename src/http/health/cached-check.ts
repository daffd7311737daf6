import type { BackendHealth } from '../../accounts/account-backend.js';
import { TimeoutError, withTimeout } from '../../util/with-timeout.js';

/** A check that hangs counts as a failure after this long. */
const CHECK_TIMEOUT_MS = 5_000;

export interface CachedCheckOptions {
  check: () => Promise<BackendHealth>;
  /** How long a result is reused; 0 asks again each time. */
  ttlMs: number;
  now: () => number;
  /**
   * Called when the answer turns from healthy to not or back, and for a
   * first answer that is a failure: the log says what changed, once.
   */
  onChange: (health: BackendHealth) => void;
}

/**
 * One health check shared by every request to `/health`. A balancer and
 * a monitor may each ask every second on every instance: the result is
 * kept for `ttlMs`, and while a check is under way every caller waits
 * for that one, so a slow or dead server never has several checks piled
 * on it.
 */
export class CachedCheck {
  private last: { health: BackendHealth; at: number } | undefined;
  private running: Promise<BackendHealth> | undefined;

  constructor(private readonly options: CachedCheckOptions) {}

  get(): Promise<BackendHealth> {
    const { last } = this;
    if (last && this.options.now() - last.at < this.options.ttlMs) {
      return Promise.resolve(last.health);
    }
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async run(): Promise<BackendHealth> {
    const health = await settle(this.options.check());
    const before = this.last?.health.ok;
    this.last = { health, at: this.options.now() };
    if (before === undefined ? !health.ok : before !== health.ok) {
      this.options.onChange(health);
    }
    return health;
  }
}

/** A check that fails, or hangs past CHECK_TIMEOUT_MS, is a failure. */
function settle(check: Promise<BackendHealth>): Promise<BackendHealth> {
  return withTimeout(check, CHECK_TIMEOUT_MS).catch((error: unknown) => {
    const late = error instanceof TimeoutError;
    return { ok: false, detail: late ? error.message : String(error) };
  });
}
