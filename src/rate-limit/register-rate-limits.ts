import type { FastifyInstance } from 'fastify';
import { formFields } from '../http/register/form-body.js';
import type { RateLimitName } from './rate-limit.js';
import type { RateLimiter } from './rate-limiter.js';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * For routes to count a request once they know which host it
     * concerns (an API key's).
     */
    rateLimiter: RateLimiter;
  }

  interface FastifyContextConfig {
    /**
     * Limits a form's submissions by client address: `config: {
     * rateLimit: 'register' }` on a route whose form carries an invite's
     * `token`. That invite's host chooses the limit.
     */
    rateLimit?: RateLimitName;
  }
}

/**
 * Makes the limiter available as `app.rateLimiter`, attaches it to every
 * route that names a limit in its config, and warns once when a proxy's
 * X-Forwarded-For is being ignored: every client then looks like the
 * proxy and shares one count.
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

  // Before the handler, so that a refused submission costs no password
  // hash and no call to the XMPP server. The Host header cannot choose
  // the limit (the client writes it); the invite can. A token that
  // matches no invite is not counted here: the page counts it as a miss
  // under unknown_token.
  app.addHook('preHandler', async (request, reply) => {
    const name = request.routeOptions.config.rateLimit;
    if (name === undefined) return;

    const token = formFields(request.body)('token');
    const host = token && (await limiter.inviteHost(token));
    if (!host) return;
    await limiter.enforceByAddress(request, reply, name, host);
  });
}
