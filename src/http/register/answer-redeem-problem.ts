import type { FastifyReply } from 'fastify';
import type { RedeemProblem } from '../../registration/registration-service.js';
import { GONE_STATUS, renderGonePage } from '../../web/pages/gone-page.js';
import { href, type PageContext } from '../../web/pages/page-context.js';
import { renderUnavailablePage } from '../../web/pages/unavailable-page.js';
import { sendSitePage } from '../pages/page-request.js';

/**
 * Answers the problems that end a form: a dead invite gets the page that
 * says what happened, with its status; an unreachable account server gets
 * the 503 page that leads back to the form. A problem with a field is the
 * form's to show beside that field: then nothing is sent and the result
 * is undefined.
 */
export function answerRedeemProblem(
  reply: FastifyReply,
  context: PageContext,
  problem: RedeemProblem,
): FastifyReply | undefined {
  const { site } = context;
  if (problem.field === 'invite') {
    // A token of the other kind is no invite for this form.
    const reason = problem.reason === 'wrong-kind' ? 'unknown' : problem.reason;
    const page = renderGonePage(context, reason);
    return sendSitePage(reply, site, GONE_STATUS[reason], page);
  }

  if (problem.field === 'server' && problem.reason === 'unreachable') {
    const back = href(context, context.self);
    // As the error hook does for every other 503 (RFC 9110, 10.2.3).
    reply.header('retry-after', '60');
    return sendSitePage(reply, site, 503, renderUnavailablePage(context, back));
  }
  return undefined;
}
