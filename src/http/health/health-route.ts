import type { FastifyInstance } from 'fastify';
import type {
  AccountBackend,
  BackendHealth,
} from '../../accounts/account-backend.js';
import type { Store } from '../../store/store.js';
import { CachedCheck } from './cached-check.js';
import { operatorAddresses } from './operator-addresses.js';

export interface HealthDeps {
  store: Pick<Store, 'ping'>;
  /** The configured hosts, each with the backend type it names. */
  hosts: ReadonlyMap<string, { backend: { type: string } }>;
  backends: ReadonlyMap<string, Pick<AccountBackend, 'checkHealth'>>;
  /** Besides loopback, the addresses that may see the hosts' names. */
  trustedProxies?: readonly string[];
  /** A clock in milliseconds for the cache; a monotonic one by default. */
  now?: () => number;
}

/**
 * How long a backend's answer is reused. The XMPP servers are shared by
 * every instance and every prober; ten seconds is quicker than a
 * balancer or a monitor acts on a change anyway.
 */
const BACKEND_TTL_MS = 10_000;

/**
 * `/health`, for load balancers and monitoring:
 *
 * ```json
 * { "status": "ok", "database": { "ok": true },
 *   "backends": { "ok": 2, "down": 0 },
 *   "hosts": { "example.com": { "backend": "local", "ok": true } } }
 * ```
 *
 * `503` with status `unavailable` when the database cannot be reached:
 * this instance can serve nothing, so a balancer should skip it. `200`
 * with status `degraded` when only an account backend is down: every
 * instance shares that server, so taking them all out would only swap
 * the invitee's "try again later" page for the balancer's error page.
 *
 * `hosts` names every domain this service serves, which a provider may
 * not want to publish from each of them: it is listed only for requests
 * from loopback or from a trusted proxy itself; everyone else gets the
 * counts. Details of failures go to the log, once per change, never to
 * the answer. The database is asked on every request (one request at a
 * time), since it decides the status code; each backend at most every
 * ten seconds.
 */
export function registerHealth(app: FastifyInstance, deps: HealthDeps): void {
  const now = deps.now ?? (() => performance.now());
  const isOperator = operatorAddresses(deps.trustedProxies ?? []);

  const database = new CachedCheck({
    check: async () => health(await deps.store.ping(), 'no answer'),
    ttlMs: 0,
    now,
    onChange: (result) => {
      if (result.ok) app.log.info('database reachable again');
      else app.log.error({ detail: result.detail }, 'database unreachable');
    },
  });
  const backends = [...deps.hosts].map(([host, config]) => ({
    host,
    type: config.backend.type,
    check: new CachedCheck({
      check: () => checkBackend(deps, host),
      ttlMs: BACKEND_TTL_MS,
      now,
      onChange: (result) => {
        if (result.ok) app.log.info({ host }, 'backend healthy again');
        else app.log.warn({ host, detail: result.detail }, 'backend unhealthy');
      },
    }),
  }));

  app.get('/health', async (request, reply) => {
    const [db, ...results] = await Promise.all([
      database.get(),
      ...backends.map((backend) => backend.check.get()),
    ]);
    const down = results.filter((result) => !result.ok).length;
    const status = !db.ok ? 'unavailable' : down > 0 ? 'degraded' : 'ok';
    const body = {
      status,
      database: { ok: db.ok },
      backends: { ok: results.length - down, down },
      ...(isOperator(request.ip) && {
        hosts: Object.fromEntries(
          backends.map(({ host, type }, i) => [
            host,
            { backend: type, ok: results[i]?.ok ?? false },
          ]),
        ),
      }),
    };
    reply.header('cache-control', 'no-store');
    return reply.code(db.ok ? 200 : 503).send(body);
  });
}

async function checkBackend(
  deps: HealthDeps,
  host: string,
): Promise<BackendHealth> {
  const backend = deps.backends.get(host);
  if (!backend) return health(false, 'no backend wired');
  return backend.checkHealth();
}

function health(ok: boolean, detail: string): BackendHealth {
  return ok ? { ok: true } : { ok: false, detail };
}
