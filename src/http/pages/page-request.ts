import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Platform } from '../../web/apps/app-entry.js';
import { detectPlatform } from '../../web/apps/detect-platform.js';
import { findLocale } from '../../web/i18n/locales.js';
import { negotiateLocale } from '../../web/i18n/negotiate-locale.js';
import { createTranslator } from '../../web/i18n/translator.js';
import type { PageContext } from '../../web/pages/page-context.js';
import type { WebSite } from '../../web/site/web-site.js';
import { sendPage } from '../security-headers.js';
import { readCookies, serializeCookie } from './cookies.js';

const LANGUAGE_COOKIE = 'lang';
const ONE_YEAR_S = 365 * 86_400;

/**
 * Sets up a page for this request: its language (the picker's `?lang=`,
 * remembered in a cookie, then the cookie, then Accept-Language), and the
 * headers that say what the answer depends on.
 */
export function pageContext(
  request: FastifyRequest,
  reply: FastifyReply,
  site: WebSite,
  self: string,
): PageContext {
  const query = request.query as Record<string, unknown>;
  const chosen =
    typeof query.lang === 'string' ? findLocale(query.lang) : undefined;
  if (chosen) {
    reply.header(
      'set-cookie',
      serializeCookie(LANGUAGE_COOKIE, chosen.code, {
        path: `${site.root}/`,
        maxAge: ONE_YEAR_S,
        httpOnly: true,
        secure: site.secureCookies,
      }),
    );
  }
  const locale = negotiateLocale({
    query: chosen?.code,
    cookie: readCookies(request.headers.cookie).get(LANGUAGE_COOKIE),
    acceptLanguage: request.headers['accept-language'],
  });
  reply.header(
    'vary',
    'Accept-Language, Cookie, User-Agent, Sec-CH-UA-Platform, Sec-CH-UA-Mobile',
  );
  return { t: createTranslator(locale), site, self };
}

/**
 * The device's platform, from client hints where the browser sends them
 * (asked for with Accept-CH on every page), else from the User-Agent.
 */
export function requestPlatform(
  request: FastifyRequest,
  reply: FastifyReply,
): Platform | 'unknown' {
  reply.header('accept-ch', 'Sec-CH-UA-Platform, Sec-CH-UA-Mobile');
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return detectPlatform(header('user-agent'), {
    platform: header('sec-ch-ua-platform'),
    mobile: header('sec-ch-ua-mobile'),
  });
}

/** Sends a page with the host's Content-Security-Policy. */
export function sendSitePage(
  reply: FastifyReply,
  site: WebSite,
  status: number,
  body: string | Buffer,
): FastifyReply {
  return sendPage(reply, status, body, site.csp);
}

/** The request's path and query on the service, without `lang`. */
export function selfPath(request: FastifyRequest): string {
  const url = request.raw.url ?? '/';
  const mark = url.indexOf('?');
  if (mark < 0) return url;
  const kept = url
    .slice(mark + 1)
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('lang='));
  return kept.length > 0
    ? `${url.slice(0, mark)}?${kept.join('&')}`
    : url.slice(0, mark);
}
