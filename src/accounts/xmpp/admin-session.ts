import {
  type Authenticate,
  type Client,
  client,
  type Element,
  type StanzaError,
} from '@xmpp/client';
import { withTimeout } from '../../util/with-timeout.js';
import { dropOnMalformedXml, isMalformedXml } from './drop-on-malformed-xml.js';
import { keepSocketsInHand } from './keep-sockets-in-hand.js';
import { startSession } from './start-session.js';

export type ConnectionFailure = {
  reason: 'unreachable' | 'not-allowed';
  detail: string;
};

/**
 * An IQ's answer, or why there is none: `failed` when it could not be
 * sent, `unanswered` when it was sent and no answer came.
 */
export type IqReply =
  | { type: 'result'; stanza: Element }
  | { type: 'error'; condition: string; errorType: string; text: string }
  | ({ type: 'failed' } & ConnectionFailure)
  | { type: 'unanswered'; detail: string };

export interface SessionOptions {
  /** `xmpp://host:port` or `xmpps://host:port`. */
  service: string;
  domain: string;
  username: string;
  password: string;
  /** Refuse to send the password unless the stream is encrypted. */
  requireTls: boolean;
  /** A SASL mechanism to prefer over the client's choice. */
  mechanism: string | undefined;
}

const SIGN_IN_TIMEOUT_MS = 10_000;

/** Thrown from the SASL step; the connection refuses, not the server. */
class TlsRequiredError extends Error {
  override name = 'TlsRequiredError';
}

/**
 * Opens one c2s session with @xmpp/client and signs in, or says why not;
 * `signal` gives up at once. The library's own reconnect loop is
 * switched off: the caller decides when to try again.
 */
export async function openSession(
  options: SessionOptions,
  signal?: AbortSignal,
): Promise<Client | ConnectionFailure> {
  const xmpp = client({
    service: options.service,
    domain: options.domain,
    credentials: (authenticate, mechanisms, _fast, entity) =>
      signIn(options, authenticate, mechanisms, entity),
  });
  xmpp.reconnect.stop();
  // Errors also fail the sign-in or end the session; without a listener
  // the emitter would throw.
  xmpp.on('error', () => {});
  dropOnMalformedXml(xmpp);
  keepSocketsInHand(xmpp);
  // Every request in flight listens for its own write and for the end of
  // the session, and stops when it ends; there is no fixed number of
  // them to warn about.
  xmpp.setMaxListeners(0);

  const starting = startSession(xmpp, options.service, options.domain);
  try {
    await withTimeout(starting, SIGN_IN_TIMEOUT_MS, signal);
    return xmpp;
  } catch (error) {
    abandon(xmpp, starting);
    return describeSignInFailure(error);
  }
}

/** Gives up on a sign-in; one that still gets through is closed then. */
function abandon(xmpp: Client, starting: Promise<unknown>): void {
  xmpp.socket?.destroy();
  starting.then(
    () => xmpp.socket?.destroy(),
    () => {},
  );
}

/**
 * Sends an IQ and translates what comes back. `unsent` means the IQ never
 * reached the socket (it had just closed), so sending it again is safe.
 * Once it was written, a time-out or the end of the session is
 * `unanswered`: the server may have acted on it. A session that ends
 * answers for its IQ at once, rather than when the time-out passes.
 */
export async function askSession(
  xmpp: Client,
  stanza: Element,
  timeoutMs: number,
): Promise<IqReply | 'unsent'> {
  // Listeners for this request alone, removed when it ends: a promise
  // shared by all requests would keep every one of them and its answer
  // for as long as the session lives.
  let written = false;
  const onSend = (element: Element) => {
    if (element === stanza) written = true;
  };
  let onDisconnect = () => {};
  const lost = new Promise<IqReply | 'unsent'>((resolve) => {
    onDisconnect = () => resolve(describeLostSession(written));
  });
  xmpp.on('send', onSend);
  xmpp.on('disconnect', onDisconnect);

  try {
    const asked = xmpp.iqCaller.request(stanza, timeoutMs).then(
      (answer): IqReply => ({ type: 'result', stanza: answer }),
      (error: unknown) => describeRequestFailure(error, written),
    );
    return await Promise.race([asked, lost]);
  } finally {
    xmpp.off('send', onSend);
    xmpp.off('disconnect', onDisconnect);
  }
}

export async function closeSession(xmpp: Client): Promise<void> {
  try {
    await withTimeout(xmpp.stop(), 2_000);
  } catch {
    xmpp.socket?.destroy();
  }
}

async function signIn(
  options: SessionOptions,
  authenticate: Authenticate,
  offered: string[],
  entity: Client,
): Promise<void> {
  const { username, password, requireTls, mechanism } = options;
  const secure = entity.isSecure();
  if (requireTls && !secure) {
    throw new TlsRequiredError('the server offered no TLS');
  }

  const chosen = chooseMechanism(offered, mechanism, secure);
  if (!chosen) {
    throw new Error(`no usable SASL mechanism in ${offered.join(', ')}`);
  }
  await authenticate({ username, password }, chosen);
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

/**
 * A refused password or a missing TLS layer will not fix itself:
 * `not-allowed`. Anything else (refused connection, time-out, a server
 * going away mid-handshake) is `unreachable` and worth another try.
 */
function describeSignInFailure(error: unknown): ConnectionFailure {
  if (!(error instanceof Error)) {
    return { reason: 'unreachable', detail: String(error) };
  }
  if (error.name === 'SASLError') {
    const { condition } = error as Error & { condition?: string };
    return {
      reason: 'not-allowed',
      detail: `the server refused the admin sign-in (${condition})`,
    };
  }
  if (error instanceof TlsRequiredError) {
    return {
      reason: 'not-allowed',
      detail: 'the server offered no TLS; the admin password was not sent',
    };
  }
  return { reason: 'unreachable', detail: describeSessionError(error) };
}

/** Why a session failed or ended, for the operator's log. */
export function describeSessionError(error: Error): string {
  if (isMalformedXml(error)) {
    return `malformed XML from the server (${error.message})`;
  }
  const { code } = error as Error & { code?: string };
  return code ?? error.message;
}

/**
 * What @xmpp/client rejects a request with: a stanza error from the
 * server (RFC 6120 section 8.3), a time-out (which it only starts once
 * the IQ was written), or a failed socket write.
 */
export function describeRequestFailure(
  error: unknown,
  written: boolean,
): IqReply | 'unsent' {
  if (error instanceof Error && error.name === 'StanzaError') {
    const { condition, text, type } = error as StanzaError;
    return { type: 'error', condition, errorType: type ?? 'cancel', text };
  }
  if (error instanceof Error && error.name === 'TimeoutError') {
    return { type: 'unanswered', detail: 'no answer in time' };
  }
  return describeLostSession(written);
}

/** @xmpp/client emits `send` once the socket took the whole stanza. */
export function describeLostSession(written: boolean): IqReply | 'unsent' {
  if (!written) return 'unsent';
  return {
    type: 'unanswered',
    detail: 'connection lost after the request was sent',
  };
}
