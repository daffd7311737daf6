import type {
  AccountBackend,
  AccountResult,
  BackendHealth,
} from '../account-backend.js';
import { refuseMalformedLocalpart } from '../refuse-malformed-localpart.js';
import {
  accountExists,
  changePasswordOutcome,
  isRegisterRace,
  registerOutcome,
  registerRaceOutcome,
  unregisterOutcome,
} from './api-outcomes.js';
import { createEjabberdApi } from './ejabberd-api.js';
import { createPerAccountQueue } from './per-account-queue.js';

export interface EjabberdBackendOptions {
  /** Base URL of mod_http_api, like http://127.0.0.1:5280/api */
  url: string;
  /** An admin JID that api_permissions lets run these commands. */
  user: string;
  password: string;
  /** How long one API call may take. */
  requestTimeoutMs?: number;
}

/**
 * Creates and changes accounts through ejabberd's HTTP API (`register`,
 * `change_password`, `check_account`, `unregister`).
 */
export function createEjabberdBackend(
  host: string,
  options: EjabberdBackendOptions,
): AccountBackend {
  const api = createEjabberdApi({
    url: options.url,
    user: options.user,
    password: options.password,
    timeoutMs: options.requestTimeoutMs ?? 10_000,
  });
  const { call } = api;
  const inTurn = createPerAccountQueue();

  return {
    host,
    supportsInBandPreauth: false,

    async createAccount(localpart, password): Promise<AccountResult> {
      // ejabberd 23.01 registers `@host` for an empty user.
      const refused = refuseMalformedLocalpart(localpart);
      if (refused) return refused;
      return inTurn(localpart, async () => {
        const args = { user: localpart, host, password };
        const reply = await call('register', args);
        if (!isRegisterRace(reply)) return registerOutcome(reply);
        const check = await call('check_account', { user: localpart, host });
        return registerRaceOutcome(check);
      });
    },

    async setPassword(localpart, password): Promise<AccountResult> {
      const refused = refuseMalformedLocalpart(localpart);
      if (refused) return refused;
      return inTurn(localpart, async () => {
        const args = { user: localpart, host, newpass: password };
        return changePasswordOutcome(await call('change_password', args));
      });
    },

    async deleteAccount(localpart): Promise<AccountResult> {
      const refused = refuseMalformedLocalpart(localpart);
      if (refused) return refused;
      return inTurn(localpart, async () => {
        const args = { user: localpart, host };
        const exists = accountExists(await call('check_account', args));
        if (exists === false) {
          return { ok: false, reason: 'not-found', detail: 'no such account' };
        }
        if (exists !== true) return exists;
        return unregisterOutcome(await call('unregister', args));
      });
    },

    async checkHealth(): Promise<BackendHealth> {
      const reply = await call('registered_vhosts', {});
      if (reply.type === 'failed' || reply.type === 'unanswered') {
        return { ok: false, detail: reply.detail };
      }
      if (reply.type === 'error') {
        return { ok: false, detail: `ejabberd answered ${reply.status}` };
      }
      if (Array.isArray(reply.body) && !reply.body.includes(host)) {
        return { ok: false, detail: `ejabberd does not serve ${host}` };
      }
      return { ok: true };
    },

    async close() {
      api.close();
    },
  };
}
