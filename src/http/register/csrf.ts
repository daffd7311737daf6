import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WebSite } from '../../web/site/web-site.js';
import { readCookies, serializeCookie } from '../pages/cookies.js';

/**
 * CSRF protection for the forms: a signed double-submit token. The browser
 * gets a random cookie; the form carries an HMAC of that cookie, keyed by
 * the invite's token. A page on another site can neither read the cookie
 * nor compute the HMAC, so it cannot forge a submission.
 *
 * Why the invite token as the key: it is a secret that every instance of
 * the service already shares through the database, so several instances
 * behind one load balancer agree without a secret of their own, and
 * whoever holds it could use the invite directly anyway. The forms act on
 * nothing but that invite.
 */
const COOKIE = 'xi_csrf';

export type FormName = 'register' | 'reset';

/** The form field for this browser, setting its cookie when it has none. */
export function issueCsrfField(
  request: FastifyRequest,
  reply: FastifyReply,
  site: WebSite,
  form: FormName,
  inviteToken: string,
): string {
  let cookie = browserCookie(request);
  if (!cookie) {
    cookie = randomBytes(16).toString('base64url');
    reply.header(
      'set-cookie',
      serializeCookie(COOKIE, cookie, {
        path: `${site.root}/`,
        httpOnly: true,
        secure: site.secureCookies,
      }),
    );
  }
  return sign(cookie, form, inviteToken);
}

export type CsrfCheck = 'ok' | 'refused';

/**
 * Checks a submission. With our field, cookie and field must match. A form
 * written for Prosody's mod_invites_register_web has no such field; it is
 * let through only when the browser says it comes from this site or from
 * another configured host (Origin, Sec-Fetch-Site), which is the check
 * OWASP lists for forms without a token. Non-browser clients send neither
 * header and carry no ambient authority, so they pass.
 */
export function checkCsrf(
  request: FastifyRequest,
  form: FormName,
  inviteToken: string,
  field: string | undefined,
  trustedOrigins: ReadonlySet<string>,
): CsrfCheck {
  if (field !== undefined) {
    const cookie = browserCookie(request);
    if (!cookie) return 'refused';
    return sameText(field, sign(cookie, form, inviteToken)) ? 'ok' : 'refused';
  }
  return isSameSiteRequest(request, trustedOrigins) ? 'ok' : 'refused';
}

function isSameSiteRequest(
  request: FastifyRequest,
  trustedOrigins: ReadonlySet<string>,
): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return false;

  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const own = `${request.protocol}://${request.host}`.toLowerCase();
  const lower = origin.toLowerCase();
  return lower === own || trustedOrigins.has(lower);
}

function browserCookie(request: FastifyRequest): string | undefined {
  const value = readCookies(request.headers.cookie).get(COOKIE);
  return value && /^[A-Za-z0-9_-]{16,64}$/.test(value) ? value : undefined;
}

function sign(cookie: string, form: FormName, inviteToken: string): string {
  return createHmac('sha256', `csrf:${inviteToken}`)
    .update(`${form}:${cookie}`)
    .digest('base64url');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
