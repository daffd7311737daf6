import type { FastifyInstance, FastifyRequest } from 'fastify';
import { renderAppSetupPage } from '../../web/pages/app-setup-page.js';
import { renderUnknownAppPage } from '../../web/pages/gone-page.js';
import { renderInvitePage } from '../../web/pages/invite-page.js';
import { invitePath } from '../../web/pages/invite-view.js';
import { href } from '../../web/pages/page-context.js';
import type { AppDeps } from '../app-deps.js';
import {
  findInviteOrAnswer,
  inviteView,
  linkHeader,
} from '../pages/invite-lookup.js';
import {
  pageContext,
  requestPlatform,
  selfPath,
  sendSitePage,
} from '../pages/page-request.js';
import type { WebSites } from '../pages/web-sites.js';

/**
 * The landing page `/invite?TOKEN` (the URL shape Prosody uses) and one
 * setup page per app, `/invite/APP_ID?TOKEN`. A reset invite's link leads
 * straight to its form.
 */
export function registerInvitePage(
  app: FastifyInstance,
  deps: AppDeps,
  sites: WebSites,
): void {
  app.get('/invite', async (request, reply) => {
    const self = selfPath(request);
    const token = tokenFromQuery(request);
    const found = await findInviteOrAnswer(
      deps,
      sites,
      request,
      reply,
      token,
      self,
    );
    if (!found) return reply;
    const { invite, site } = found;

    if (invite.kind === 'reset') {
      const target = `/reset?t=${encodeURIComponent(invite.token)}`;
      return reply.code(303).header('location', `${site.root}${target}`).send();
    }
    const platform = requestPlatform(request, reply);
    const view = inviteView(deps, site, invite, platform);
    const context = pageContext(request, reply, site, self);
    linkHeader(reply, view);
    return sendSitePage(
      reply,
      site,
      200,
      await renderInvitePage(context, view),
    );
  });

  app.get<{ Params: { app: string } }>(
    '/invite/:app',
    async (request, reply) => {
      const self = selfPath(request);
      const token = tokenFromQuery(request);
      const found = await findInviteOrAnswer(
        deps,
        sites,
        request,
        reply,
        token,
        self,
      );
      if (!found) return reply;
      const { invite, site } = found;

      const context = pageContext(request, reply, site, self);
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
      const view = inviteView(
        deps,
        site,
        invite,
        requestPlatform(request, reply),
      );
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

/** The token is the whole query string, with no name: `/invite?abc`. */
export function tokenFromQuery(request: FastifyRequest): string | undefined {
  const url = request.raw.url ?? '';
  const mark = url.indexOf('?');
  if (mark < 0) return undefined;
  const token = url.slice(mark + 1).split('&')[0] ?? '';
  try {
    return decodeURIComponent(token) || undefined;
  } catch {
    return undefined;
  }
}
