import type { FastifyReply } from 'fastify';
import { registerPath, resetPath } from '../../web/pages/invite-view.js';
import type { WebSite } from '../../web/site/web-site.js';
import type { FormName } from '../register/csrf.js';
import type { InvitePage } from './invite-lookup.js';

/**
 * A form's page for its invite. Its own path is rebuilt from the token
 * (and the chosen app), because a POST's URL carries neither; the language
 * picker and the way back from the 503 page link to it.
 */
export function formPage(
  form: FormName,
  token: string,
  appId?: string,
): InvitePage {
  const self = form === 'reset' ? resetPath(token) : registerPath(token, appId);
  return { token, self };
}

/**
 * Sends a token to the form of its kind: a reset invite's link to the
 * reset form, any other invite's to the registration form.
 */
export function redirectToForm(
  reply: FastifyReply,
  site: WebSite,
  form: FormName,
  token: string,
): FastifyReply {
  const { self } = formPage(form, token);
  return reply.code(303).header('location', `${site.root}${self}`).send();
}
