import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';

export interface PurgeScheduleOptions {
  store: Pick<Store, 'claimJob' | 'purge'>;
  /** How long finished invites are kept; null turns the purge off. */
  purgeAfterMs: number | null;
  logger: Pick<Logger, 'info' | 'warn'>;
  now: () => number;
  /** How often the purge runs, across all instances. */
  everyMs?: number;
  /** How often each instance asks whether the purge is due. */
  checkEveryMs?: number;
}

const HOUR = 3_600_000;

/**
 * Runs the purge of finished invites (and spent rate limit state)
 * periodically. Every instance asks now and then whether the job is due;
 * the database gives it to the first that asks, so it runs once per
 * period however many instances there are. Running it twice by accident
 * would still be harmless: a purge deletes nothing twice.
 */
export class PurgeSchedule {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly options: PurgeScheduleOptions) {}

  start(): void {
    const { checkEveryMs = 5 * 60_000 } = this.options;
    // A first look soon after start, so a fleet that restarts often
    // still purges; jitter spreads the instances' questions.
    const first = Math.round(Math.random() * 30_000);
    this.timer = setTimeout(() => this.tick(checkEveryMs), first);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /**
   * Runs the purge if this instance gets the job; resolves with what was
   * deleted, or undefined when another instance has it or it is off.
   */
  async runIfDue(): Promise<{ invites: number } | undefined> {
    const { store, purgeAfterMs, now, everyMs = HOUR } = this.options;
    if (purgeAfterMs === null) return undefined;

    const at = now();
    if (!(await store.claimJob('purge', at, everyMs))) return undefined;
    const purged = await store.purge(at - purgeAfterMs, at);
    this.options.logger.info({ invites: purged.invites }, 'purge done');
    return purged;
  }

  private tick(checkEveryMs: number): void {
    this.running = this.runIfDue().then(
      () => undefined,
      (error: unknown) => {
        // The database may be away for a moment; the next tick retries.
        this.options.logger.warn({ err: error }, 'purge failed');
      },
    );
    this.running.finally(() => {
      if (this.timer === undefined) return;
      this.timer = setTimeout(() => this.tick(checkEveryMs), checkEveryMs);
      this.timer.unref();
    });
  }
}
