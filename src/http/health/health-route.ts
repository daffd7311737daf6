import type { FastifyInstance } from 'fastify';
import type {
  AccountBackend,
  BackendHealth,
} from '../../accounts/account-backend.js';
import type { Store } from '../../store/store.js';
import { TimeoutError, withTimeout } from '../../util/with-timeout.js';

export interface HealthDeps {
  store: Pick<Store, 'ping'>;
  /** The configured hosts, each with the backend type it names. */
  hosts: ReadonlyMap<string, { backend: { type: string } }>;
  backends: ReadonlyMap<string, Pick<AccountBackend, 'checkHealth'>>;
}

/** A check that hangs counts as a failure after this long. */
const CHECK_TIMEOUT_MS = 5_000;

/**
 * `/health`, for load balancers and monitoring:
 *
 * ```json
 * { "status": "ok", "database": { "ok": true },
 *   "hosts": { "example.com": { "backend": "local", "ok": true } } }
 * ```
 *
 * `503` with status `unavailable` when the database cannot be reached:
 * this instance can serve nothing, so a balancer should skip it. `200`
 * with status `degraded` when only an account backend is down: every
 * instance shares that server, so taking them all out would only swap
 * the invitee's "try again later" page for the balancer's error page.
 * Details of failures go to the log, not to the public answer.
 */
export function registerHealth(app: FastifyInstance, deps: HealthDeps): void {
  app.get('/health', async (request, reply) => {
    const [database, ...backends] = await Promise.all([
      settle(deps.store.ping().then((ok) => health(ok, 'no answer'))),
      ...[...deps.hosts.keys()].map((host) => checkBackend(deps, host)),
    ]);

    const hosts: Record<string, { backend: string; ok: boolean }> = {};
    [...deps.hosts].forEach(([host, config], i) => {
      const result = backends[i] ?? health(false, 'not checked');
      hosts[host] = { backend: config.backend.type, ok: result.ok };
      if (!result.ok) {
        request.log.warn({ host, detail: result.detail }, 'backend unhealthy');
      }
    });
    if (!database.ok) {
      request.log.error({ detail: database.detail }, 'database unreachable');
    }

    const backendsOk = backends.every((b) => b.ok);
    const status = !database.ok
      ? 'unavailable'
      : backendsOk
        ? 'ok'
        : 'degraded';
    reply.header('cache-control', 'no-store');
    return reply.code(database.ok ? 200 : 503).send({
      status,
      database: { ok: database.ok },
      hosts,
    });
  });
}

function checkBackend(deps: HealthDeps, host: string): Promise<BackendHealth> {
  const backend = deps.backends.get(host);
  if (!backend) return Promise.resolve(health(false, 'no backend wired'));
  return settle(backend.checkHealth());
}

/** A check that fails, or hangs past CHECK_TIMEOUT_MS, is a failure. */
function settle(check: Promise<BackendHealth>): Promise<BackendHealth> {
  return withTimeout(check, CHECK_TIMEOUT_MS).catch((error: unknown) => {
    const late = error instanceof TimeoutError;
    return health(false, late ? error.message : String(error));
  });
}

function health(ok: boolean, detail: string): BackendHealth {
  return ok ? { ok: true } : { ok: false, detail };
}
