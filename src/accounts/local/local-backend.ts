import type { Kysely } from 'kysely';
import { normalizeLocalpart } from '../../invites/localpart.js';
import type { Database } from '../../store/database.js';
import type {
  AccountBackend,
  AccountFailure,
  AccountResult,
  BackendHealth,
} from '../account-backend.js';
import { LocalAccountStore } from './local-account-store.js';
import {
  DEFAULT_HASH_COST,
  type HashCost,
  hashPassword,
  needsRehash,
  verifyPassword,
} from './password-hash.js';

/**
 * The `local` backend: accounts live in this service's own database, and
 * the XMPP server learns of them only by asking through
 * `xmpp-invites extauth`. Until the server authenticates through that
 * bridge, these accounts exist for nobody but this service.
 */
export interface LocalBackend extends AccountBackend {
  /** False for a wrong password and for an unknown account alike. */
  verifyPassword(localpart: string, password: string): Promise<boolean>;
  exists(localpart: string): Promise<boolean>;
}

export interface LocalBackendOptions {
  now?: () => number;
  /** Argon2id parameters; tests lower them to stay fast. */
  hashCost?: HashCost;
}

export function createLocalBackend(
  host: string,
  db: Kysely<Database>,
  options: LocalBackendOptions = {},
): LocalBackend {
  const accounts = new LocalAccountStore(db, host);
  const now = options.now ?? Date.now;
  const cost = options.hashCost ?? DEFAULT_HASH_COST;

  return {
    host,
    // The XMPP server cannot hand us a preauth token to register with.
    supportsInBandPreauth: false,

    async createAccount(localpart, password): Promise<AccountResult> {
      const refused = refuseUnnormalized(localpart);
      if (refused) return refused;
      // A cheap read spares the Argon2 cost for names already taken; the
      // insert below still decides a race.
      if ((await accounts.findHash(localpart)) !== undefined) return taken();

      const hash = await hashPassword(password, cost);
      const created = await accounts.insert(localpart, hash, now());
      return created ? { ok: true } : taken();
    },

    async setPassword(localpart, password): Promise<AccountResult> {
      const refused = refuseUnnormalized(localpart);
      if (refused) return refused;
      if ((await accounts.findHash(localpart)) === undefined) return missing();

      const hash = await hashPassword(password, cost);
      const changed = await accounts.updateHash(localpart, hash, now());
      return changed ? { ok: true } : missing();
    },

    async deleteAccount(localpart): Promise<AccountResult> {
      const refused = refuseUnnormalized(localpart);
      if (refused) return refused;
      return (await accounts.delete(localpart)) ? { ok: true } : missing();
    },

    async verifyPassword(localpart, password) {
      const hash = await accounts.findHash(localpart);
      if (hash === undefined) return false;
      if (!(await verifyPassword(hash, password))) return false;

      // The one moment the plain password is at hand: bring a hash made
      // with older parameters up to the current ones.
      if (needsRehash(hash, cost)) {
        const fresh = await hashPassword(password, cost);
        await accounts.replaceHash(localpart, hash, fresh);
      }
      return true;
    },

    async exists(localpart) {
      return (await accounts.findHash(localpart)) !== undefined;
    },

    async checkHealth(): Promise<BackendHealth> {
      try {
        await accounts.ping();
        return { ok: true };
      } catch (error) {
        return { ok: false, detail: (error as Error).message };
      }
    },

    // The database belongs to the store, which closes it.
    async close() {},
  };
}

/**
 * Only canonical localparts are stored, so that one person never ends
 * up with two rows that the XMPP server treats as one JID.
 */
function refuseUnnormalized(localpart: string): AccountFailure | undefined {
  const normal = normalizeLocalpart(localpart);
  if (normal.ok && normal.localpart === localpart) return undefined;
  const detail = normal.ok ? 'not in canonical form' : normal.reason;
  return { ok: false, reason: 'not-allowed', detail: `username ${detail}` };
}

function taken(): AccountFailure {
  return { ok: false, reason: 'conflict', detail: 'account exists' };
}

function missing(): AccountFailure {
  return { ok: false, reason: 'not-found', detail: 'no such account' };
}
