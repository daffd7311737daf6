import type { Client, Element } from '@xmpp/client';
import {
  askSession,
  type ConnectionFailure,
  closeSession,
  describeSessionError,
  type IqReply,
  openSession,
  type SessionOptions,
} from './admin-session.js';
import { stillAnswers } from './still-answers.js';

/** The pino methods this backend logs with. */
export interface BackendLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface AdminConnectionOptions extends SessionOptions {
  /** How long a request waits for a (re)connection. */
  reconnectWaitMs: number;
  logger: BackendLogger | undefined;
}

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 30_000;
/** Waiting requests may pull the next attempt forward, this often at most. */
const KICK_INTERVAL_MS = 1_000;
/** A session that lasted this long worked, even if it was never asked. */
const PROVEN_SESSION_MS = 60_000;

/**
 * One long-lived c2s session as the admin account. It connects when
 * first asked (a request or a health check), so a server that is down
 * while the service starts costs nothing. After losing a session that
 * worked it reconnects at once, and backs off exponentially while
 * sign-ins fail or sessions break right after them; a request waits a
 * bounded time for the session instead of failing during a server
 * restart.
 */
export class AdminConnection {
  private online: Client | undefined;
  private attempt: Promise<void> | undefined;
  private attempts = 0;
  private lastAttemptAt = 0;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  /** When the session now online signed in, and whether it answered. */
  private onlineSince = 0;
  private answered = false;
  /** A session that let a request go unanswered, while it is checked. */
  private doubted: Client | undefined;
  private lastFailure: ConnectionFailure = {
    reason: 'unreachable',
    detail: 'not connected yet',
  };
  private closed = false;
  /** Aborts a sign-in under way when the connection is closed. */
  private readonly closing = new AbortController();
  private readonly waiters = new Set<() => void>();

  constructor(private readonly options: AdminConnectionOptions) {}

  /**
   * Sends an IQ and waits for its answer until `deadline` (epoch ms). An
   * IQ that could not even be written (the socket died a moment ago) is
   * sent again after the reconnect; one that was written is not, since
   * the server may have acted on it. One that goes unanswered puts the
   * session in doubt (see `checkSession`).
   */
  async request(stanza: Element, deadline: number): Promise<IqReply> {
    const { reconnectWaitMs } = this.options;
    const waitUntil = Math.min(deadline, Date.now() + reconnectWaitMs);
    for (;;) {
      const ready = await this.whenOnline(waitUntil);
      if ('reason' in ready) return { type: 'failed', ...ready };

      const remaining = Math.max(1, deadline - Date.now());
      const reply = await askSession(ready, stanza, remaining);
      if (reply === 'unsent') {
        this.onDisconnect(ready, 'connection lost');
        continue;
      }
      if (reply.type === 'result' || reply.type === 'error') {
        if (this.online === ready) this.answered = true;
      }
      if (reply.type === 'unanswered') void this.checkSession(ready);
      return reply;
    }
  }

  /**
   * Whether the session is up, without waiting for a reconnect. Only the
   * first sign-in, which the first call starts if need be, is waited for
   * until `deadline`: a fresh service reports how things are rather than
   * "not connected yet".
   */
  async state(
    deadline: number,
  ): Promise<{ online: true } | ({ online: false } & ConnectionFailure)> {
    if (this.attempts === 0) this.startAttempt();
    if (this.attempts === 1 && this.attempt) {
      await this.nextChange(deadline - Date.now());
    }
    if (this.usable()) return { online: true };
    return { online: false, ...this.lastFailure };
  }

  /** Ends the session, a sign-in under way and every timer for retries. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.closing.abort();
    this.notifyWaiters();
    await this.attempt;

    const xmpp = this.online;
    this.online = undefined;
    if (xmpp) await closeSession(xmpp);
  }

  private async whenOnline(
    deadline: number,
  ): Promise<Client | ConnectionFailure> {
    for (;;) {
      if (this.closed) return { reason: 'unreachable', detail: 'closed' };
      const usable = this.usable();
      if (usable) return usable;
      // A refused sign-in repeats until the configuration changes: say so
      // now rather than after the whole wait.
      if (this.lastFailure.reason === 'not-allowed' && !this.mayKick()) {
        return this.lastFailure;
      }

      this.kick();
      const remaining = deadline - Date.now();
      if (remaining <= 0) return this.lastFailure;
      await this.nextChange(remaining);
      if (!this.online && this.lastFailure.reason === 'not-allowed') {
        return this.lastFailure;
      }
    }
  }

  /** The session, unless there is none or it is in doubt. */
  private usable(): Client | undefined {
    if (this.online === this.doubted) return undefined;
    return this.online;
  }

  /**
   * A request went unanswered. A server that hangs, or a connection that
   * died without a word (a crashed host, a NAT that forgot it), answers
   * nothing more: kept, the session would let every later request wait
   * out its whole time-out and fail, `unknown` (which keeps an invite's
   * use taken) for any whose form went out, and nothing would ever notice
   * that a new connection works. So new requests wait while a ping asks
   * whether the session still works; without an answer in half the
   * reconnect wait (the other half is for a new sign-in) it is dropped
   * and a new one opened. A server that was only slow with one request
   * keeps its session, and the requests still in flight on it.
   */
  private async checkSession(xmpp: Client): Promise<void> {
    if (this.online !== xmpp || this.doubted === xmpp) return;

    this.doubted = xmpp;
    this.lastFailure = { reason: 'unreachable', detail: 'no answer in time' };
    const waitMs = this.options.reconnectWaitMs / 2;
    const answers = await stillAnswers(xmpp, this.options.domain, waitMs);
    if (this.doubted === xmpp) this.doubted = undefined;
    if (!answers) {
      this.onDisconnect(xmpp, 'no answer in time; the session was dropped');
    }
    this.notifyWaiters();
  }

  private startAttempt(): void {
    if (this.closed || this.online || this.attempt) return;

    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.attempts += 1;
    this.lastAttemptAt = Date.now();
    this.attempt = this.signIn().finally(() => {
      this.attempt = undefined;
      this.notifyWaiters();
    });
  }

  private async signIn(): Promise<void> {
    const { service, domain, username, logger } = this.options;
    const jid = `${username}@${domain}`;
    const session = await openSession(this.options, this.closing.signal);
    if (this.closed) {
      if (!('reason' in session)) await closeSession(session);
      return;
    }
    if ('reason' in session) {
      this.lastFailure = session;
      const level = session.reason === 'not-allowed' ? 'error' : 'warn';
      const { detail } = session;
      const retryMs = this.retryMs;
      logger?.[level](
        { service, jid, detail, retryMs },
        'xmpp backend could not sign in',
      );
      this.scheduleRetry();
      return;
    }

    this.online = session;
    this.onlineSince = Date.now();
    this.answered = false;
    // The last error before the end says why it ended: a reset socket, a
    // stream error, XML that could not be parsed.
    let lastError: Error | undefined;
    session.on('error', (error) => {
      lastError = error;
    });
    session.on('disconnect', () => {
      const why = lastError && describeSessionError(lastError);
      this.onDisconnect(session, why ?? 'connection lost');
    });
    logger?.info({ service, jid }, 'xmpp backend signed in');
  }

  private onDisconnect(xmpp: Client, detail: string): void {
    if (this.online !== xmpp) return;

    this.online = undefined;
    xmpp.socket?.destroy();
    this.lastFailure = { reason: 'unreachable', detail };
    this.options.logger?.warn(
      { service: this.options.service, detail },
      'xmpp backend lost its connection',
    );
    this.reconnect();
  }

  /**
   * At once after a session that worked; after the back-off otherwise, so
   * that a server which ends every session soon after the sign-in (one
   * sending malformed XML, say) is not asked again at sign-in speed.
   */
  private reconnect(): void {
    const lasted = Date.now() - this.onlineSince >= PROVEN_SESSION_MS;
    if (!this.answered && !lasted) {
      this.scheduleRetry();
      return;
    }
    this.retryMs = FIRST_RETRY_MS;
    this.startAttempt();
  }

  private scheduleRetry(): void {
    if (this.closed) return;

    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.startAttempt(), this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }

  /** Brings the next attempt forward for a waiting request. */
  private kick(): void {
    if (this.attempt || this.online || this.closed) return;
    if (this.mayKick()) {
      this.startAttempt();
      return;
    }

    const wait = this.lastAttemptAt + KICK_INTERVAL_MS - Date.now();
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.startAttempt(), wait);
    this.retryTimer.unref();
  }

  private mayKick(): boolean {
    return Date.now() - this.lastAttemptAt >= KICK_INTERVAL_MS;
  }

  private nextChange(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  private notifyWaiters(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
