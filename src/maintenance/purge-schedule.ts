import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';

export interface PurgeScheduleOptions {
  store: Pick<Store, 'claimJob' | 'scheduleJob' | 'purge'>;
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
const CHECK_EVERY_MS = 5 * 60_000;

/**
 * Runs the purge of finished invites (and spent rate limit state)
 * periodically. Every instance asks now and then whether the job is due;
 * the database gives it to the first that asks, so it runs once per
 * period however many instances there are. Running it twice by accident
 * would still be harmless: a purge deletes nothing twice.
 *
 * A claim holds the job only until the next check; a purge that finished
 * moves it a whole period on. So a purge that failed, or whose instance
 * died, is tried again at the next check of any instance, rather than
 * waiting a period. Nothing has to be undone after a failure, which
 * matters because the failure is usually the database being away.
 */
export class PurgeSchedule {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly checkEveryMs: number;

  constructor(private readonly options: PurgeScheduleOptions) {
    this.checkEveryMs = options.checkEveryMs ?? CHECK_EVERY_MS;
  }

  start(): void {
    // A first look soon after start, so a fleet that restarts often
    // still purges; jitter spreads the instances' questions.
    const first = Math.round(Math.random() * 30_000);
    this.timer = setTimeout(() => this.tick(), first);
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
    if (!(await store.claimJob('purge', at, this.checkEveryMs))) {
      return undefined;
    }
    const purged = await store.purge(at - purgeAfterMs, at);
    await store.scheduleJob('purge', at + everyMs);
    this.options.logger.info({ invites: purged.invites }, 'purge done');
    return purged;
  }

  private tick(): void {
    this.running = this.runIfDue().then(
      () => undefined,
      (error: unknown) => {
        // The database may be away for a moment. The claim lapses by the
        // next tick, which tries again.
        this.options.logger.warn({ err: error }, 'purge failed');
      },
    );
    this.running.finally(() => {
      if (this.timer === undefined) return;
      this.timer = setTimeout(() => this.tick(), this.checkEveryMs);
      this.timer.unref();
    });
  }
}
