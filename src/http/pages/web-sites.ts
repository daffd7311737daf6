import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config/config.js';
import { createWebSite, type WebSite } from '../../web/site/web-site.js';
import { contentSecurityPolicy } from '../security-headers.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every host's pages, once the page routes are registered. */
    webSites?: WebSites;
  }
}

/** Every host's pages, and which host a request without an invite is for. */
export interface WebSites {
  get(host: string): WebSite | undefined;
  /**
   * The host whose `base_url` names the request's Host header, else the
   * first configured host: pages about unknown invites still need a look.
   */
  forRequest(request: FastifyRequest): WebSite;
}

export function createWebSites(config: Config): WebSites {
  const sites = new Map<string, WebSite>();
  const byAuthority = new Map<string, WebSite>();
  for (const [name, host] of config.hosts) {
    const site = createWebSite(host, contentSecurityPolicy);
    sites.set(name, site);
    byAuthority.set(new URL(host.baseUrl).host.toLowerCase(), site);
  }
  const first = sites.values().next().value;
  if (!first) throw new Error('no hosts configured');

  return {
    get: (host) => sites.get(host),
    forRequest(request) {
      const authority = (request.headers.host ?? '').toLowerCase();
      return byAuthority.get(authority) ?? first;
    },
  };
}

/**
 * The path prefix of the site a request is for, for pages made outside
 * the page routes (the error hook's); empty before the pages exist.
 */
export function pageRoot(request: FastifyRequest): string {
  return request.server.webSites?.forRequest(request).root ?? '';
}
