import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Invite } from '../../invites/invite.js';
import type { FormErrors } from '../../web/pages/form-problems.js';
import { formErrorsFor } from '../../web/pages/form-problems.js';
import { GONE_STATUS, renderGonePage } from '../../web/pages/gone-page.js';
import { href, type PageContext } from '../../web/pages/page-context.js';
import {
  renderResetPage,
  renderResetSuccessPage,
} from '../../web/pages/reset-page.js';
import { renderUnavailablePage } from '../../web/pages/unavailable-page.js';
import type { AppDeps } from '../app-deps.js';
import { findInviteOrAnswer } from '../pages/invite-lookup.js';
import { pageContext, sendSitePage } from '../pages/page-request.js';
import type { WebSites } from '../pages/web-sites.js';
import { checkCsrf, issueCsrfField } from './csrf.js';
import { formFields } from './form-body.js';

/**
 * The form of a password-reset invite, `/reset?t=TOKEN`, where the link
 * that `invite reset JID` prints leads. An account invite's token sent
 * here goes to the registration form instead.
 */
export function registerResetForm(
  app: FastifyInstance,
  deps: AppDeps,
  sites: WebSites,
  trustedOrigins: ReadonlySet<string>,
): void {
  app.get('/reset', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const token = typeof query.t === 'string' ? query.t : '';
    const self = resetPath(token);
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
    if (invite.kind !== 'reset') {
      const target = `/register?t=${encodeURIComponent(invite.token)}`;
      return reply.code(303).header('location', `${site.root}${target}`).send();
    }
    const context = pageContext(request, reply, site, self);
    return showForm(request, reply, context, invite, {}, 200);
  });

  const limited = { config: { rateLimit: 'register' as const } };
  app.post('/reset', limited, async (request, reply) => {
    const field = formFields(request.body);
    const token = field('token') ?? '';
    const self = resetPath(token);
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

    const csrf = checkCsrf(
      request,
      'reset',
      invite.token,
      field('csrf'),
      trustedOrigins,
    );
    if (csrf === 'refused') {
      return showForm(
        request,
        reply,
        context,
        invite,
        { form: context.t.t('form.csrf') },
        403,
      );
    }
    const ours = field('csrf') !== undefined;
    const outcome = await deps.registration.resetPassword({
      token: invite.token,
      password: field('password') ?? '',
      confirmation: ours
        ? (field('confirmation') ?? '')
        : field('confirmation'),
    });
    if (outcome.ok) {
      return sendSitePage(
        reply,
        site,
        200,
        renderResetSuccessPage(context, outcome.jid),
      );
    }

    const { problem } = outcome;
    if (problem.field === 'invite') {
      const reason =
        problem.reason === 'wrong-kind' ? 'unknown' : problem.reason;
      return sendSitePage(
        reply,
        site,
        GONE_STATUS[reason],
        renderGonePage(context, reason),
      );
    }
    if (problem.field === 'server' && problem.reason === 'unreachable') {
      const back = href(context, self);
      return sendSitePage(
        reply,
        site,
        503,
        renderUnavailablePage(context, back),
      );
    }
    const errors = formErrorsFor(context, problem, {});
    return showForm(request, reply, context, invite, errors, 400);
  });
}

function resetPath(token: string): string {
  return `/reset?t=${encodeURIComponent(token)}`;
}

function showForm(
  request: FastifyRequest,
  reply: FastifyReply,
  context: PageContext,
  invite: Invite,
  errors: FormErrors,
  status: number,
) {
  const { site } = context;
  const csrf = issueCsrfField(request, reply, site, 'reset', invite.token);
  const page = renderResetPage(context, {
    token: invite.token,
    jid: `${invite.username ?? ''}@${invite.host}`,
    csrf,
    errors,
  });
  return sendSitePage(reply, site, status, page);
}
