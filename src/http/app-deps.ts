import type { FastifyBaseLogger } from 'fastify';
import type { AccountBackend } from '../accounts/account-backend.js';
import type { Config } from '../config/config.js';
import type { RegistrationService } from '../registration/registration-service.js';
import type { Store } from '../store/store.js';

/** What the routes need from the rest of the service. */
export interface AppDeps {
  config: Config;
  store: Store;
  logger: FastifyBaseLogger;
  /** Registration and password resets through invites. */
  registration: RegistrationService;
  /**
   * Each host's account backend, for `/health` and for the pages, which
   * offer "open the invite in the app" only where the backend supports
   * in-band registration; none when unset.
   */
  backends?: ReadonlyMap<string, AccountBackend>;
  /** Milliseconds since the epoch; replaced in tests. */
  now: () => number;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The API key id that authenticated this request, for the log. */
    keyId?: string;
  }
}
