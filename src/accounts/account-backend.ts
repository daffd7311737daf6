/**
 * What a registration or a password reset can end in, as seen by the
 * invitee. These are expected outcomes, not bugs: the caller shows a page
 * for each one.
 *
 * - `conflict`: the username is taken.
 * - `not-found`: the account to change does not exist.
 * - `not-allowed`: the server refused (policy, permissions, bad name).
 * - `unreachable`: the server could not be asked; nothing was changed.
 * - `unknown`: the request was sent but no answer came (a time-out, a lost
 *   connection): the server may or may not have acted on it.
 */
export type AccountFailure = {
  ok: false;
  reason: 'conflict' | 'not-found' | 'not-allowed' | 'unreachable' | 'unknown';
  /** For the operator's log; never shown to the invitee verbatim. */
  detail: string;
};

export type AccountResult = { ok: true } | AccountFailure;

export type BackendHealth = { ok: true } | { ok: false; detail: string };

/**
 * Creates accounts and sets passwords on one XMPP host. One instance
 * serves one host; `localpart` is already validated and normalised
 * (RFC 7622 UsernameCaseMapped) before any backend sees it.
 */
export interface AccountBackend {
  readonly host: string;
  createAccount(localpart: string, password: string): Promise<AccountResult>;
  setPassword(localpart: string, password: string): Promise<AccountResult>;
  deleteAccount(localpart: string): Promise<AccountResult>;
  /** Whether the backend can be reached now, for `/health`. */
  checkHealth(): Promise<BackendHealth>;
  /** Whether XMPP clients can register in-app with a preauth token. */
  readonly supportsInBandPreauth: boolean;
  close(): Promise<void>;
}
