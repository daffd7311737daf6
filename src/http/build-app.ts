import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { createRateLimiter } from '../rate-limit/create-rate-limiter.js';
import { registerRateLimits } from '../rate-limit/register-rate-limits.js';
import type { AppDeps } from './app-deps.js';
import { registerErrorHook } from './error-hook.js';
import { registerHealth } from './health/health-route.js';
import { registerInvitesApi } from './invites-api/invites-api-route.js';
import { registerWebPages } from './pages/register-web-pages.js';
import { registerRequestLog } from './request-log.js';

/**
 * The HTTP side of the service. Fastify's own request logging is off: it
 * would write URLs, and URLs here carry tokens and keys. `request-log.ts`
 * writes one safe line per request instead.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
    // Invites are created over plain keep-alive loopback by scripts; keep
    // idle sockets long enough for a burst without holding them forever.
    keepAliveTimeout: 10_000,
    return503OnClosing: true,
    // X-Forwarded-For only from the proxies the operator named: anyone
    // else could send it to pick the address their requests count under.
    trustProxy:
      deps.config.trustedProxies.length > 0
        ? [...deps.config.trustedProxies]
        : false,
  });

  await app.register(formbody);
  registerRequestLog(app);
  registerErrorHook(app);
  const { config, store, now } = deps;
  const limiter = createRateLimiter(config, store, now);
  registerRateLimits(app, limiter, config.trustedProxies);
  registerHealth(app, {
    store,
    hosts: config.hosts,
    backends: deps.backends ?? new Map(),
    trustedProxies: config.trustedProxies,
  });
  registerInvitesApi(app, deps);
  registerWebPages(app, deps);
  return app;
}
