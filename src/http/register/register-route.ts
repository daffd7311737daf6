import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Invite } from '../../invites/invite.js';
import type { FormErrors } from '../../web/pages/form-problems.js';
import { formErrorsFor } from '../../web/pages/form-problems.js';
import { GONE_STATUS, renderGonePage } from '../../web/pages/gone-page.js';
import { registerPath } from '../../web/pages/invite-view.js';
import { href, type PageContext } from '../../web/pages/page-context.js';
import { renderRegisterPage } from '../../web/pages/register-page.js';
import { renderRegisterSuccessPage } from '../../web/pages/register-success-page.js';
import { renderUnavailablePage } from '../../web/pages/unavailable-page.js';
import type { AppDeps } from '../app-deps.js';
import { findInviteOrAnswer } from '../pages/invite-lookup.js';
import {
  pageContext,
  requestPlatform,
  sendSitePage,
} from '../pages/page-request.js';
import type { WebSites } from '../pages/web-sites.js';
import { checkCsrf, issueCsrfField } from './csrf.js';
import { formFields } from './form-body.js';

/**
 * The registration form, `/register?t=TOKEN&c=APP_ID`. GET shows it; POST
 * creates the account through the registration service. The POST also
 * takes the field names of Prosody's mod_invites_register_web (`user`,
 * `password`, `token`, `app_id`), so forms written for Prosody keep
 * working; their password confirmation is optional.
 */
export function registerRegisterForm(
  app: FastifyInstance,
  deps: AppDeps,
  sites: WebSites,
  trustedOrigins: ReadonlySet<string>,
): void {
  app.get('/register', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const token = typeof query.t === 'string' ? query.t : undefined;
    const appId = typeof query.c === 'string' ? query.c : undefined;
    const self = registerPath(token ?? '', appId);
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

    const context = pageContext(request, reply, site, self);
    return showForm(request, reply, context, { invite, appId });
  });

  const limited = { config: { rateLimit: 'register' as const } };
  app.post('/register', limited, async (request, reply) => {
    const field = formFields(request.body);
    const token = field('token') ?? '';
    const appId = field('app_id') || field('c') || undefined;
    const self = registerPath(token, appId);
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

    const ours = field('csrf') !== undefined;
    const username = field('username') ?? field('user') ?? '';
    const csrf = checkCsrf(
      request,
      'register',
      invite.token,
      field('csrf'),
      trustedOrigins,
    );
    if (csrf === 'refused') {
      const errors = { form: context.t.t('form.csrf') };
      return showForm(request, reply, context, {
        invite,
        appId,
        username,
        errors,
        status: 403,
      });
    }

    const outcome = await deps.registration.register({
      token: invite.token,
      username,
      password: field('password') ?? '',
      confirmation: ours
        ? (field('confirmation') ?? '')
        : field('confirmation'),
    });
    if (outcome.ok) {
      const chosen = appId ? site.apps.get(appId) : undefined;
      const page = renderRegisterSuccessPage(context, {
        jid: outcome.jid,
        app: chosen,
        platform: requestPlatform(request, reply),
      });
      return sendSitePage(reply, site, 200, page);
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
    const errors = formErrorsFor(context, problem, {
      lockedUsername: lockedName(invite),
    });
    const status =
      problem.field === 'username' && problem.reason === 'taken' ? 409 : 400;
    return showForm(request, reply, context, {
      invite,
      appId,
      username,
      errors,
      status,
    });
  });
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
