import type { FastifyInstance } from 'fastify';
import { LruCache } from '../../util/lru-cache.js';
import { renderAppSetupPage } from '../../web/pages/app-setup-page.js';
import { renderUnknownAppPage } from '../../web/pages/gone-page.js';
import { renderInvitePage } from '../../web/pages/invite-page.js';
import { invitePath } from '../../web/pages/invite-view.js';
import { href } from '../../web/pages/page-context.js';
import { redirectToForm } from '../pages/form-page.js';
import {
  findInviteOrAnswer,
  inviteView,
  linkHeader,
  linkPage,
} from '../pages/invite-lookup.js';
import type { PageDeps } from '../pages/page-deps.js';
import {
  pageContext,
  requestPlatform,
  sendSitePage,
} from '../pages/page-request.js';

/**
 * Rendering a landing page costs several times more than reading its
 * invite: people reopen a link, and a link shared in a group is opened by
 * many. 1,000 pages of about 9 KB each hold some 9 MB at most.
 */
const renderedPages = new LruCache<string, Buffer>(1000);

/**
 * The landing page `/invite?TOKEN` (the URL shape Prosody uses) and one
 * setup page per app, `/invite/APP_ID?TOKEN`. A reset invite's link leads
 * straight to its form.
 */
export function registerInvitePage(
  app: FastifyInstance,
  pages: PageDeps,
): void {
  app.get('/invite', async (request, reply) => {
    const page = linkPage(request);
    const found = await findInviteOrAnswer(pages, request, reply, page);
    if (!found) return reply;
    const { invite, site } = found;
    if (invite.kind === 'reset') {
      return redirectToForm(reply, site, 'reset', invite.token);
    }

    const platform = requestPlatform(request, reply);
    const view = inviteView(pages.deps, site, invite, platform);
    const context = pageContext(request, reply, site, page.self);
    linkHeader(reply, view);

    // The invite was just read afresh; only its drawing is reused, keyed by
    // everything the page shows that can differ between two requests.
    const key = [
      site.config.host,
      page.self,
      context.t.locale,
      platform,
      invite.uses,
      invite.revokedAt,
    ].join('|');
    let body = renderedPages.get(key);
    if (body === undefined) {
      // Kept as bytes: encoding 9 KB of text again on every answer showed
      // up in profiles as a third of the time spent writing it.
      body = Buffer.from(await renderInvitePage(context, view), 'utf8');
      renderedPages.set(key, body);
    }
    return sendSitePage(reply, site, 200, body);
  });

  app.get<{ Params: { app: string } }>(
    '/invite/:app',
    async (request, reply) => {
      const page = linkPage(request);
      const found = await findInviteOrAnswer(pages, request, reply, page);
      if (!found) return reply;
      const { invite, site } = found;

      const context = pageContext(request, reply, site, page.self);
      const chosen = site.apps.get(request.params.app);
      if (!chosen || invite.kind === 'reset') {
        const back = href(context, invitePath(invite.token));
        return sendSitePage(
          reply,
          site,
          404,
          renderUnknownAppPage(context, back),
        );
      }

      const platform = requestPlatform(request, reply);
      const view = inviteView(pages.deps, site, invite, platform);
      linkHeader(reply, view);
      return sendSitePage(
        reply,
        site,
        200,
        renderAppSetupPage(context, view, chosen),
      );
    },
  );
}
