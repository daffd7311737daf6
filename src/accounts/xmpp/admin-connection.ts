import {
  type Authenticate,
  type Client,
  client,
  type Element,
  type StanzaError,
} from '@xmpp/client';

/** The pino methods this backend logs with. */
export interface BackendLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export type ConnectionFailure = {
  reason: 'unreachable' | 'not-allowed';
  detail: string;
};

/** An IQ's answer, or why there is none. */
export type IqReply =
  | { type: 'result'; stanza: Element }
  | { type: 'error'; condition: string; errorType: string; text: string }
  | ({ type: 'failed' } & ConnectionFailure);

export interface AdminConnectionOptions {
  /** `xmpp://host:port` or `xmpps://host:port`. */
  service: string;
  domain: string;
  username: string;
  password: string;
  /** Refuse to send the password unless the stream is encrypted. */
  requireTls: boolean;
  /** A SASL mechanism to prefer over the client's choice. */
  mechanism: string | undefined;
  /** How long a request waits for a (re)connection. */
  reconnectWaitMs: number;
  logger: BackendLogger | undefined;
}

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 30_000;
/** Waiting requests may pull the next attempt forward, this often at most. */
const KICK_INTERVAL_MS = 1_000;
const SIGN_IN_TIMEOUT_MS = 10_000;

const CONNECTION_LOST: IqReply = {
  type: 'failed',
  reason: 'unreachable',
  detail: 'connection lost while waiting for the answer',
};

/**
 * One long-lived c2s session as the admin account. It connects at once,
 * reconnects with exponential back-off after a loss, and lets a request
 * wait a bounded time for the session instead of failing during a
 * server restart.
 */
export class AdminConnection {
  private online: Client | undefined;
  private lost: Promise<void> = Promise.resolve();
  private attempt: Promise<void> | undefined;
  private lastAttemptAt = 0;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private lastFailure: ConnectionFailure = {
    reason: 'unreachable',
    detail: 'not connected yet',
  };
  private closed = false;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly options: AdminConnectionOptions) {
    this.startAttempt();
  }

  /**
   * Sends an IQ and waits for its answer until `deadline` (epoch ms). An
   * IQ that could not even be written (the socket died a moment ago) is
   * sent again after the reconnect; one that was written is not, since
   * the server may have acted on it.
   */
  async request(stanza: Element, deadline: number): Promise<IqReply> {
    const { reconnectWaitMs } = this.options;
    const waitUntil = Math.min(deadline, Date.now() + reconnectWaitMs);
    for (;;) {
      const ready = await this.whenOnline(waitUntil);
      if ('reason' in ready) return { type: 'failed', ...ready };

      const remaining = Math.max(1, deadline - Date.now());
      const reply = await Promise.race([
        ask(ready, stanza, remaining),
        this.lost.then(() => CONNECTION_LOST),
      ]);
      if (reply !== 'unsent') return reply;
      this.onDisconnect(ready);
    }
  }

  /** Whether the session is up now, without waiting for it. */
  state(): { online: true } | ({ online: false } & ConnectionFailure) {
    if (this.online) return { online: true };
    return { online: false, ...this.lastFailure };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.notifyWaiters();
    await this.attempt;

    const xmpp = this.online;
    this.online = undefined;
    if (xmpp) await stopQuietly(xmpp);
  }

  private async whenOnline(
    deadline: number,
  ): Promise<Client | ConnectionFailure> {
    for (;;) {
      if (this.closed) return { reason: 'unreachable', detail: 'closed' };
      if (this.online) return this.online;
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

  private startAttempt(): void {
    if (this.closed || this.online || this.attempt) return;

    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.lastAttemptAt = Date.now();
    this.attempt = this.signIn().finally(() => {
      this.attempt = undefined;
      this.notifyWaiters();
    });
  }

  private async signIn(): Promise<void> {
    const { service, domain, username } = this.options;
    const xmpp = this.createClient();
    try {
      await withTimeout(xmpp.start(), SIGN_IN_TIMEOUT_MS);
    } catch (error) {
      xmpp.socket?.destroy();
      this.lastFailure = describeSignInFailure(error);
      const level =
        this.lastFailure.reason === 'not-allowed' ? 'error' : 'warn';
      this.options.logger?.[level](
        {
          service,
          jid: `${username}@${domain}`,
          detail: this.lastFailure.detail,
          retryMs: this.retryMs,
        },
        'xmpp backend could not sign in',
      );
      this.scheduleRetry();
      return;
    }

    if (this.closed) return stopQuietly(xmpp);
    this.online = xmpp;
    this.retryMs = FIRST_RETRY_MS;
    this.lost = new Promise((resolve) => xmpp.on('disconnect', resolve));
    xmpp.on('disconnect', () => this.onDisconnect(xmpp));
    this.options.logger?.info(
      { service, jid: `${username}@${domain}` },
      'xmpp backend signed in',
    );
  }

  private onDisconnect(xmpp: Client): void {
    if (this.online !== xmpp) return;

    this.online = undefined;
    this.lastFailure = { reason: 'unreachable', detail: 'connection lost' };
    this.options.logger?.warn(
      { service: this.options.service },
      'xmpp backend lost its connection',
    );
    this.startAttempt();
  }

  private createClient(): Client {
    const { service, domain } = this.options;
    const xmpp = client({
      service,
      domain,
      credentials: (authenticate, mechanisms, _fast, entity) =>
        this.authenticate(authenticate, mechanisms, entity),
    });
    // This class reconnects with back-off; the library's fixed one-second
    // loop would run beside it.
    xmpp.reconnect.stop();
    // Errors also reject start() or end the session; without a listener
    // the emitter would throw.
    xmpp.on('error', () => {});
    return xmpp;
  }

  private async authenticate(
    authenticate: Authenticate,
    mechanisms: string[],
    entity: Client,
  ): Promise<void> {
    const { username, password, requireTls, mechanism } = this.options;
    if (requireTls && !entity.isSecure()) {
      throw new Error('the server offered no TLS; the password stays here');
    }
    const chosen = chooseMechanism(mechanisms, mechanism, entity.isSecure());
    if (!chosen) {
      throw new Error(`no usable SASL mechanism in ${mechanisms.join(', ')}`);
    }
    await authenticate({ username, password }, chosen);
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

/**
 * SCRAM unless told otherwise: the library lists mechanisms by its own
 * preference, and PLAIN is left out on a stream without TLS unless it
 * was asked for by name (loopback test servers, where SCRAM's hashing
 * costs about a second per sign-in).
 */
function chooseMechanism(
  offered: string[],
  preferred: string | undefined,
  secure: boolean,
): string | undefined {
  if (preferred && offered.includes(preferred)) return preferred;
  return offered.find((name) => secure || name !== 'PLAIN');
}

async function ask(
  xmpp: Client,
  stanza: Element,
  timeoutMs: number,
): Promise<IqReply | 'unsent'> {
  try {
    const answer = await xmpp.iqCaller.request(stanza, timeoutMs);
    return { type: 'result', stanza: answer };
  } catch (error) {
    return describeRequestFailure(error);
  }
}

/**
 * Translates what @xmpp/client rejects a request with: a stanza error
 * from the server, a time-out, or a failure to write to the socket.
 */
function describeRequestFailure(error: unknown): IqReply | 'unsent' {
  if (!(error instanceof Error)) return 'unsent';
  if (error.name === 'StanzaError') {
    const { condition, text, type } = error as StanzaError;
    return { type: 'error', condition, errorType: type ?? 'cancel', text };
  }
  if (error.name === 'TimeoutError') {
    return {
      type: 'failed',
      reason: 'unreachable',
      detail: 'no answer in time',
    };
  }
  return 'unsent';
}

/** Translates why `start()` failed; a refused password is `not-allowed`. */
function describeSignInFailure(error: unknown): ConnectionFailure {
  if (!(error instanceof Error)) {
    return { reason: 'unreachable', detail: String(error) };
  }
  if (error.name === 'SASLError') {
    const condition = (error as Error & { condition?: string }).condition;
    return {
      reason: 'not-allowed',
      detail: `the server refused the admin sign-in (${condition})`,
    };
  }
  const code = (error as Error & { code?: string }).code;
  return { reason: 'unreachable', detail: code ?? error.message };
}

async function stopQuietly(xmpp: Client): Promise<void> {
  try {
    await withTimeout(xmpp.stop(), 2_000);
  } catch {
    xmpp.socket?.destroy();
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
