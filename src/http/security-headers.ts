import type { FastifyReply } from 'fastify';

/**
 * Headers for every HTML page. The token sits in page URLs, so no
 * Referer may carry it away; no inline script or style is allowed, and no
 * other site may frame the pages.
 */
const PAGE_HEADERS = {
  'content-security-policy': [
    "default-src 'none'",
    "style-src 'self'",
    "script-src 'self'",
    "img-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; '),
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

export function sendPage(
  reply: FastifyReply,
  status: number,
  body: string,
): FastifyReply {
  return reply
    .code(status)
    .headers(PAGE_HEADERS)
    .type('text/html; charset=utf-8')
    .send(body);
}
