import { xml } from '@xmpp/client';
import type {
  AccountBackend,
  AccountResult,
  BackendHealth,
} from '../account-backend.js';
import { refuseMalformedLocalpart } from '../refuse-malformed-localpart.js';
import { runAdminCommand } from './admin-command.js';
import { AdminConnection, type BackendLogger } from './admin-connection.js';
import {
  addUserOutcome,
  changePasswordOutcome,
  deleteUserOutcome,
} from './command-outcomes.js';

const ADMIN_NODE = 'http://jabber.org/protocol/admin#';

export interface XmppBackendOptions {
  /** The admin account, a bare JID like admin@example.com. */
  jid: string;
  password: string;
  /** HOST:PORT to connect to; by default the JID's domain, port 5222. */
  server?: string;
  /**
   * `starttls` (default) refuses to sign in unless the server offers
   * STARTTLS; `direct` is TLS from the first byte (XEP-0368, port 5223 by
   * default); `none` is plain TCP, for a server on loopback.
   */
  tls?: 'starttls' | 'direct' | 'none';
  /**
   * A SASL mechanism to use when offered, such as `PLAIN` for a loopback
   * test server; by default SCRAM-SHA-1, and PLAIN only over TLS.
   */
  saslMechanism?: string;
  /** How long one operation may take in all, reconnect included. */
  requestTimeoutMs?: number;
  /** How long an operation waits for a lost connection to come back. */
  reconnectWaitMs?: number;
  logger?: BackendLogger;
}

/**
 * Creates and changes accounts on any XMPP server through XEP-0133
 * service-administration commands, signed in as an admin account.
 */
export function createXmppBackend(
  host: string,
  options: XmppBackendOptions,
): AccountBackend {
  const timeoutMs = options.requestTimeoutMs ?? 10_000;
  const connection = new AdminConnection(connectionOptions(options));
  const deadline = () => Date.now() + timeoutMs;
  const run = (node: string, fields: Record<string, string | string[]>) =>
    runAdminCommand(
      (stanza, until) => connection.request(stanza, until),
      host,
      ADMIN_NODE + node,
      fields,
      deadline(),
    );
  const jidOf = (localpart: string) => `${localpart}@${host}`;

  return {
    host,
    supportsInBandPreauth: false,

    async createAccount(localpart, password): Promise<AccountResult> {
      const refused = refuseMalformedLocalpart(localpart);
      if (refused) return refused;
      const answer = await run('add-user', {
        accountjid: jidOf(localpart),
        password,
        'password-verify': password,
      });
      return addUserOutcome(answer);
    },

    async setPassword(localpart, password): Promise<AccountResult> {
      const refused = refuseMalformedLocalpart(localpart);
      if (refused) return refused;
      const answer = await run('change-user-password', {
        accountjid: jidOf(localpart),
        password,
      });
      return changePasswordOutcome(answer);
    },

    async deleteAccount(localpart): Promise<AccountResult> {
      const refused = refuseMalformedLocalpart(localpart);
      if (refused) return refused;
      const answer = await run('delete-user', {
        accountjids: [jidOf(localpart)],
      });
      return deleteUserOutcome(answer);
    },

    async checkHealth(): Promise<BackendHealth> {
      // Health must answer at once: no waiting for a reconnect (only for
      // the first sign-in, which this may be what starts).
      const state = await connection.state(deadline());
      if (!state.online) return { ok: false, detail: state.detail };

      // XEP-0199: any answer, even an error, proves the session works.
      const ping = xml(
        'iq',
        { type: 'get', to: host },
        xml('ping', { xmlns: 'urn:xmpp:ping' }),
      );
      const reply = await connection.request(ping, deadline());
      if (reply.type === 'result' || reply.type === 'error') {
        return { ok: true };
      }
      return { ok: false, detail: reply.detail };
    },

    close: () => connection.close(),
  };
}

function connectionOptions(options: XmppBackendOptions) {
  const [username = '', domain = ''] = options.jid.split('@');
  const tls = options.tls ?? 'starttls';
  const scheme = tls === 'direct' ? 'xmpps' : 'xmpp';
  const defaultPort = tls === 'direct' ? 5223 : 5222;
  const server = options.server ?? `${domain}:${defaultPort}`;

  return {
    service: `${scheme}://${server}`,
    domain,
    username,
    password: options.password,
    requireTls: tls !== 'none',
    mechanism: options.saslMechanism,
    reconnectWaitMs:
      options.reconnectWaitMs ?? options.requestTimeoutMs ?? 10_000,
    logger: options.logger,
  };
}
