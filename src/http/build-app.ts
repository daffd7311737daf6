import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.js';
import { registerErrorHook } from './error-hook.js';
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
    disableRequestLogging: true,
    bodyLimit: 64 * 1024,
    // Invites are created over plain keep-alive loopback by scripts; keep
    // idle sockets long enough for a burst without holding them forever.
    keepAliveTimeout: 10_000,
    return503OnClosing: true,
  });

  await app.register(formbody);
  registerRequestLog(app);
  registerErrorHook(app);
  registerInvitesApi(app, deps);
  registerWebPages(app, deps);
  return app;
}
