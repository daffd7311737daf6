import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { Errors } from '../errors/error-catalogue.js';
import { html } from '../web/html.js';
import { layout } from '../web/pages/layout.js';
import { sendPage } from './security-headers.js';

/**
 * The one place errors become answers: JSON for API clients, a page for
 * browsers. An unexpected error becomes a plain 500 whose short id is
 * also in the log line, so an operator can find the cause from a report.
 */
export function registerErrorHook(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof AppError) {
      return answer(request, reply, error.status, error.code, error.message);
    }

    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      // Fastify's own client errors: bad JSON, body too large, and so on.
      const message =
        String((error as Error).message).split('\n')[0] ?? 'bad request';
      return answer(request, reply, status, Errors.badParameter.code, message);
    }

    const errorId = randomBytes(4).toString('hex');
    request.log.error({ err: error, errorId }, 'unexpected error');
    const { code, message } = Errors.internal;
    return answer(
      request,
      reply,
      500,
      code,
      `${message} (error id ${errorId})`,
    );
  });

  app.setNotFoundHandler((request, reply) => {
    const { code, message } = Errors.notFound;
    return answer(request, reply, 404, code, message);
  });
}

export function wantsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html');
}

function answer(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
) {
  if (!wantsHtml(request)) {
    return reply.code(status).send({ error: code, message });
  }
  const body = html`<h1>${message}</h1><p>Error ${status} (${code})</p>`;
  return sendPage(
    reply,
    status,
    layout({ title: message, siteName: 'xmpp-invites' }, body),
  );
}
