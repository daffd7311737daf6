import type { FastifyInstance } from 'fastify';
import type { RateLimitName } from './rate-limit.js';
import type { RateLimiter } from './rate-limiter.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** For routes that count what only their handler knows. */
    rateLimiter: RateLimiter;
  }

  interface FastifyContextConfig {
    /**
     * Limits the route by client address: `config: { rateLimit:
     * 'register' }` on a route's options.
     */
    rateLimit?: RateLimitName;
  }
}

/**
 * Makes the limiter available as `app.rateLimiter`, attaches it to every
 * route that names a limit in its config,
 * and warns once when a proxy's X-Forwarded-For is being ignored: every
 * client then looks like the proxy and shares one count.
 */
export function registerRateLimits(
  app: FastifyInstance,
  limiter: RateLimiter,
  trustedProxies: readonly string[],
): void {
  app.decorate('rateLimiter', limiter);

  let warned = trustedProxies.length > 0;
  app.addHook('onRequest', async (request) => {
    if (warned || request.headers['x-forwarded-for'] === undefined) return;
    warned = true;
    request.log.warn(
      { proxy: request.socket.remoteAddress },
      'X-Forwarded-For ignored: list the proxy under trusted_proxies',
    );
  });

  app.addHook('preHandler', async (request, reply) => {
    const name = request.routeOptions.config.rateLimit;
    if (name !== undefined) {
      await limiter.enforceByAddress(request, reply, name);
    }
  });
}
