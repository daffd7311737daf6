import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.js';
import { registerInvitePage } from '../invite-page/invite-page-route.js';
import { registerRegisterForm } from '../register/register-route.js';
import { registerResetForm } from '../register/reset-route.js';
import { registerStaticFiles } from '../static/static-route.js';
import type { PageDeps } from './page-deps.js';
import { createWebSites } from './web-sites.js';

/**
 * Every page an invitee sees: the invite and setup pages, the forms, and
 * their static files. Hosts are worked out once, here, at start.
 */
export function registerWebPages(app: FastifyInstance, deps: AppDeps): void {
  const sites = createWebSites(deps.config);
  // Forms written for Prosody may live on any configured host's site.
  const trustedOrigins = new Set(
    [...deps.config.hosts.values()].map((host) =>
      new URL(host.baseUrl).origin.toLowerCase(),
    ),
  );
  const pages: PageDeps = { deps, sites, trustedOrigins };
  app.decorate('webSites', sites);
  registerStaticFiles(app, sites);
  registerInvitePage(app, pages);
  registerRegisterForm(app, pages);
  registerResetForm(app, pages);
}
