import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Invite } from '../../invites/invite.js';
import type { FormErrors } from '../../web/pages/form-problems.js';
import { formErrorsFor } from '../../web/pages/form-problems.js';
import type { PageContext } from '../../web/pages/page-context.js';
import {
  renderResetPage,
  renderResetSuccessPage,
} from '../../web/pages/reset-page.js';
import { formPage, redirectToForm } from '../pages/form-page.js';
import { findInviteOrAnswer } from '../pages/invite-lookup.js';
import type { PageDeps } from '../pages/page-deps.js';
import { pageContext, sendSitePage } from '../pages/page-request.js';
import { answerRedeemProblem } from './answer-redeem-problem.js';
import { checkCsrf, issueCsrfField } from './csrf.js';
import { formFields, passwordFields } from './form-body.js';

/**
 * The form of a password-reset invite, `/reset?t=TOKEN`, where the link
 * that `invite reset JID` prints leads. An account invite's token sent
 * here goes to the registration form instead.
 */
export function registerResetForm(app: FastifyInstance, pages: PageDeps): void {
  app.get('/reset', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const token = typeof query.t === 'string' ? query.t : '';
    const page = formPage('reset', token);
    const found = await findInviteOrAnswer(pages, request, reply, page);
    if (!found) return reply;
    const { invite, site } = found;
    if (invite.kind !== 'reset') {
      return redirectToForm(reply, site, 'register', invite.token);
    }

    const context = pageContext(request, reply, site, page.self);
    return showForm(request, reply, context, invite, {}, 200);
  });

  const limited = { config: { rateLimit: 'register' as const } };
  app.post('/reset', limited, async (request, reply) => {
    const field = formFields(request.body);
    const page = formPage('reset', field('token') ?? '');
    const found = await findInviteOrAnswer(pages, request, reply, page);
    if (!found) return reply;
    const { invite, site } = found;
    const context = pageContext(request, reply, site, page.self);

    const csrf = checkCsrf(
      request,
      'reset',
      invite.token,
      field('csrf'),
      pages.trustedOrigins,
    );
    if (csrf === 'refused') {
      const errors = { form: context.t.t('form.csrf') };
      return showForm(request, reply, context, invite, errors, 403);
    }

    const outcome = await pages.deps.registration.resetPassword({
      token: invite.token,
      ...passwordFields(field),
    });
    if (outcome.ok) {
      const success = renderResetSuccessPage(context, outcome.jid);
      return sendSitePage(reply, site, 200, success);
    }

    const answered = answerRedeemProblem(reply, context, outcome.problem);
    if (answered) return answered;
    const errors = formErrorsFor(context, outcome.problem, {});
    return showForm(request, reply, context, invite, errors, 400);
  });
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
