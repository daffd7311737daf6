import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Invite } from '../../invites/invite.js';
import type { LookupOutcome } from '../../registration/registration-service.js';
import { linksOf } from '../../service/issue-invite.js';
import type { Platform } from '../../web/apps/app-entry.js';
import { GONE_STATUS, renderGonePage } from '../../web/pages/gone-page.js';
import type { InviteView } from '../../web/pages/invite-view.js';
import type { WebSite } from '../../web/site/web-site.js';
import type { AppDeps } from '../app-deps.js';
import type { PageDeps } from './page-deps.js';
import { pageContext, selfPath, sendSitePage } from './page-request.js';

export type FoundInvite = { ok: true; invite: Invite; site: WebSite };

/** The page that asks for an invite: the token it got, and its own path. */
export interface InvitePage {
  token: string | undefined;
  /** This page's path and query, without `lang` (see `PageContext`). */
  self: string;
}

/**
 * A page of the invite link itself, `/invite?TOKEN` or a setup page: the
 * token is the whole query string, and the page's path is the request's.
 */
export function linkPage(request: FastifyRequest): InvitePage {
  return { token: tokenFromQuery(request), self: selfPath(request) };
}

/**
 * Finds the usable invite behind a page's token, or answers with the page
 * that says why there is none (404 unknown, 410 expired, used up or
 * revoked) and returns undefined.
 */
export async function findInviteOrAnswer(
  { deps, sites }: PageDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  page: InvitePage,
): Promise<FoundInvite | undefined> {
  const found: LookupOutcome = page.token
    ? await deps.registration.lookup(page.token)
    : { ok: false, reason: 'unknown' };
  if (found.ok) {
    const site = sites.get(found.host.host);
    if (site) return { ok: true, invite: found.invite, site };
  }

  const reason = found.ok ? 'unknown' : found.reason;
  const host = found.ok ? undefined : found.host;
  if (reason === 'unknown') {
    // Only misses count: a guesser soon gets 429 for every miss, while
    // people with real links never pay for a count.
    await request.server.rateLimiter.enforceByAddress(
      request,
      reply,
      'unknownToken',
    );
  }
  const site = (host && sites.get(host.host)) ?? sites.forRequest(request);
  const context = pageContext(request, reply, site, page.self);
  await sendSitePage(
    reply,
    site,
    GONE_STATUS[reason],
    renderGonePage(context, reason),
  );
  return undefined;
}

/** The invite as its pages show it, for this device. */
export function inviteView(
  deps: AppDeps,
  site: WebSite,
  invite: Invite,
  platform: Platform | 'unknown',
): InviteView {
  const { url, uri } = linksOf(site.config, invite);
  const backend = deps.backends?.get(invite.host);
  const inBand = backend?.supportsInBandPreauth ?? false;
  return { invite, landingUrl: url, uri, platform, inBand };
}

/** `Link: <xmpp:...>; rel="alternate"`: the invite for XMPP clients. */
export function linkHeader(reply: FastifyReply, view: InviteView): void {
  if (view.uri) reply.header('link', `<${view.uri}>; rel="alternate"`);
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
