import type { FastifyInstance } from 'fastify';

/**
 * One log line per request, written when the response has gone. The URL
 * is deliberately absent: invite links carry their token in the query and
 * `/invites_api` may carry a key there. The route pattern says enough.
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode;
    const fields = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status,
      durationMs: Math.round(reply.elapsedTime * 100) / 100,
      keyId: request.keyId,
    };
    if (status >= 500) request.log.error(fields, 'request failed');
    else request.log.info(fields, 'request');
  });
}
