import type { FastifyReply } from 'fastify';

/**
 * Headers for every HTML page. The token sits in page URLs, so no
 * Referer may carry it away; no inline script or style is allowed, and no
 * other site may frame the pages.
 */
const PAGE_HEADERS = {
  'content-security-policy': contentSecurityPolicy(),
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

/**
 * The pages' policy. A host whose operator configured a logo or a
 * stylesheet on another origin adds exactly those origins, nothing more.
 */
export function contentSecurityPolicy(
  extra: { img?: readonly string[]; style?: readonly string[] } = {},
): string {
  const sources = (list: readonly string[] = []) =>
    list.map((origin) => ` ${origin}`).join('');
  return [
    "default-src 'none'",
    `style-src 'self'${sources(extra.style)}`,
    "script-src 'self'",
    `img-src 'self' data:${sources(extra.img)}`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export function sendPage(
  reply: FastifyReply,
  status: number,
  body: string | Buffer,
  csp?: string,
): FastifyReply {
  const headers =
    csp === undefined
      ? PAGE_HEADERS
      : { ...PAGE_HEADERS, 'content-security-policy': csp };
  return reply
    .code(status)
    .headers(headers)
    .type('text/html; charset=utf-8')
    .send(body);
}
