import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Invite } from '../../invites/invite.js';
import type { RedeemProblem } from '../../registration/registration-service.js';
import type { FormErrors } from '../../web/pages/form-problems.js';
import { formErrorsFor } from '../../web/pages/form-problems.js';
import type { PageContext } from '../../web/pages/page-context.js';
import { renderRegisterPage } from '../../web/pages/register-page.js';
import { renderRegisterSuccessPage } from '../../web/pages/register-success-page.js';
import { formPage, redirectToForm } from '../pages/form-page.js';
import { findInviteOrAnswer } from '../pages/invite-lookup.js';
import type { PageDeps } from '../pages/page-deps.js';
import {
  pageContext,
  requestPlatform,
  sendSitePage,
} from '../pages/page-request.js';
import { answerRedeemProblem } from './answer-redeem-problem.js';
import { checkCsrf, issueCsrfField } from './csrf.js';
import { formFields, passwordFields } from './form-body.js';

/**
 * The registration form, `/register?t=TOKEN&c=APP_ID`. GET shows it; POST
 * creates the account through the registration service. The POST also
 * takes the field names of Prosody's mod_invites_register_web (`user`,
 * `password`, `token`, `app_id`), so forms written for Prosody keep
 * working; their password confirmation is optional.
 */
export function registerRegisterForm(
  app: FastifyInstance,
  pages: PageDeps,
): void {
  app.get('/register', (request, reply) =>
    showRegisterForm(pages, request, reply),
  );
  const limited = { config: { rateLimit: 'register' as const } };
  app.post('/register', limited, (request, reply) =>
    submitRegisterForm(pages, request, reply),
  );
}

/** GET: the empty form; a reset invite's token goes to the reset form. */
async function showRegisterForm(
  pages: PageDeps,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const query = request.query as Record<string, unknown>;
  const token = typeof query.t === 'string' ? query.t : '';
  const appId = typeof query.c === 'string' ? query.c : undefined;
  const page = formPage('register', token, appId);
  const found = await findInviteOrAnswer(pages, request, reply, page);
  if (!found) return reply;
  const { invite, site } = found;
  if (invite.kind === 'reset') {
    return redirectToForm(reply, site, 'reset', invite.token);
  }

  const context = pageContext(request, reply, site, page.self);
  return showForm(request, reply, context, { invite, appId });
}

/**
 * POST: a submission from a page of this site, else the form again with
 * 403; then the account, through the registration service.
 */
async function submitRegisterForm(
  pages: PageDeps,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const field = formFields(request.body);
  const appId = field('app_id') || field('c') || undefined;
  const page = formPage('register', field('token') ?? '', appId);
  const found = await findInviteOrAnswer(pages, request, reply, page);
  if (!found) return reply;
  const { invite, site } = found;

  const context = pageContext(request, reply, site, page.self);
  const username = field('username') ?? field('user') ?? '';
  const form: FormState = { invite, appId, username };
  const csrf = checkCsrf(
    request,
    'register',
    invite.token,
    field('csrf'),
    pages.trustedOrigins,
  );
  if (csrf === 'refused') {
    const errors = { form: context.t.t('form.csrf') };
    return showForm(request, reply, context, { ...form, errors, status: 403 });
  }

  const outcome = await pages.deps.registration.register({
    token: invite.token,
    username,
    ...passwordFields(field),
  });
  if (!outcome.ok) {
    return showRefusal(request, reply, context, form, outcome.problem);
  }
  return showSuccess(request, reply, context, outcome.jid, appId);
}

/** The account exists: its address and the chosen app's sign-in steps. */
function showSuccess(
  request: FastifyRequest,
  reply: FastifyReply,
  context: PageContext,
  jid: string,
  appId: string | undefined,
) {
  const { site } = context;
  const page = renderRegisterSuccessPage(context, {
    jid,
    app: appId ? site.apps.get(appId) : undefined,
    platform: requestPlatform(request, reply),
  });
  return sendSitePage(reply, site, 200, page);
}

/**
 * A refusal: a dead invite or a silent server gets a page of its own;
 * anything else goes beside its field on the form, 409 for a taken name.
 */
function showRefusal(
  request: FastifyRequest,
  reply: FastifyReply,
  context: PageContext,
  form: FormState,
  problem: RedeemProblem,
) {
  const answered = answerRedeemProblem(reply, context, problem);
  if (answered) return answered;

  const errors = formErrorsFor(context, problem, {
    lockedUsername: lockedName(form.invite),
  });
  const taken = problem.field === 'username' && problem.reason === 'taken';
  const status = taken ? 409 : 400;
  return showForm(request, reply, context, { ...form, errors, status });
}

interface FormState {
  invite: Invite;
  appId: string | undefined;
  /** What was typed, shown again; never the passwords. */
  username?: string;
  errors?: FormErrors;
  status?: number;
}

function showForm(
  request: FastifyRequest,
  reply: FastifyReply,
  context: PageContext,
  state: FormState,
) {
  const { site } = context;
  const { invite, appId } = state;
  const csrf = issueCsrfField(request, reply, site, 'register', invite.token);
  const page = renderRegisterPage(context, {
    token: invite.token,
    app: appId ? site.apps.get(appId) : undefined,
    lockedUsername: lockedName(invite),
    username: state.username ?? '',
    csrf,
    errors: state.errors ?? {},
  });
  return sendSitePage(reply, site, state.status ?? 200, page);
}

/** A contact invite's username is the inviter's, not a lock on the name. */
function lockedName(invite: Invite): string | null {
  return invite.kind === 'contact' ? null : invite.username;
}
