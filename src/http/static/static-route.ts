import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  type Asset,
  SCRIPT_ASSET,
  STYLE_ASSET,
} from '../../web/site/web-site.js';
import type { WebSites } from '../pages/web-sites.js';

/**
 * The pages' stylesheet and script, and each host's brand colours. Links
 * carry `?v=` with a hash of the content, so a year of caching is safe: a
 * changed file gets a new link.
 */
export function registerStaticFiles(
  app: FastifyInstance,
  sites: WebSites,
): void {
  app.get('/static/style.css', (_, reply) => sendAsset(reply, STYLE_ASSET));
  app.get('/static/invite.js', (_, reply) => sendAsset(reply, SCRIPT_ASSET));
  app.get<{ Params: { file: string } }>(
    '/static/brand/:file',
    (request, reply) => {
      const host = request.params.file.replace(/\.css$/, '');
      const site = request.params.file.endsWith('.css')
        ? sites.get(host)
        : undefined;
      if (!site) return reply.callNotFound();
      return sendAsset(reply, site.brand);
    },
  );
}

function sendAsset(reply: FastifyReply, asset: Asset) {
  return reply
    .code(200)
    .headers({
      'content-type': asset.type,
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      etag: `"${asset.version}"`,
      'cross-origin-resource-policy': 'same-origin',
    })
    .send(asset.body);
}
