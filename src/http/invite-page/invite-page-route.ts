import type { FastifyInstance, FastifyRequest } from 'fastify';
import { inviteStatus } from '../../invites/invite.js';
import { isWellFormedToken } from '../../invites/token.js';
import { linksOf } from '../../service/issue-invite.js';
import {
  renderGonePage,
  renderInvitePage,
} from '../../web/pages/invite-page.js';
import type { AppDeps } from '../app-deps.js';
import { sendPage } from '../security-headers.js';

/** The landing page: `/invite?TOKEN`, the URL form Prosody uses. */
export function registerInvitePage(app: FastifyInstance, deps: AppDeps): void {
  app.get('/invite', async (request, reply) => {
    const token = tokenFromQuery(request);
    const invite =
      token && isWellFormedToken(token)
        ? await deps.store.findInviteByToken(token)
        : undefined;
    const host = invite && deps.config.hosts.get(invite.host);
    if (!invite || !host) {
      const siteName = firstSiteName(deps);
      return sendPage(reply, 404, renderGonePage(siteName, 'unknown'));
    }

    const status = inviteStatus(invite, deps.now());
    if (status !== 'valid') {
      return sendPage(reply, 410, renderGonePage(host.siteName, status));
    }
    const page = renderInvitePage({
      siteName: host.siteName,
      host: host.host,
      kind: invite.kind,
      username: invite.username,
      expiresAt: new Date(invite.expiresAt),
      uri: linksOf(host, invite).uri,
    });
    return sendPage(reply, 200, page);
  });
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

function firstSiteName(deps: AppDeps): string {
  const [first] = deps.config.hosts.values();
  return first?.siteName ?? 'xmpp-invites';
}
