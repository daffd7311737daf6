import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { Errors } from '../errors/error-catalogue.js';
import { html } from '../web/html.js';
import { layout } from '../web/pages/layout.js';
import { pageRoot } from './pages/web-sites.js';
import { sendPage } from './security-headers.js';

/**
 * How long a 503 asks the client to wait (RFC 9110, section 10.2.3):
 * the database or the XMPP server is away, which a restart or failover
 * usually mends within that.
 */
const UNAVAILABLE_RETRY_AFTER_S = 30;

/**
 * The one place errors become answers: JSON for API clients, a page for
 * browsers. An unexpected error becomes a plain 500 whose short id is
 * also in the log line, so an operator can find the cause from a report.
 * A known failure on our side (a 5xx from the catalogue) logs its cause
 * here, once: the request's own line gives only the status.
 */
export function registerErrorHook(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) {
        const cause = describeCause(error.cause);
        request.log.error({ code: error.code, cause }, 'service unavailable');
      }
      if (error.status === 503 && !reply.hasHeader('retry-after')) {
        reply.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_S));
      }
      return answer(request, reply, error.status, error.code, error.message);
    }

    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      // Fastify's own client errors: bad JSON, a body too large, an
      // unknown Content-Type. Its message names the problem, never the body.
      const message =
        String((error as Error).message).split('\n')[0] ?? 'bad request';
      const { code } = Errors.unreadableRequest;
      return answer(request, reply, status, code, message);
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

/**
 * What went wrong below, for the log: the error's name, code and first
 * line. Not the whole object, whose fields may hold a connection string;
 * a password inside a URL in the message is hidden too.
 */
function describeCause(cause: unknown): string | undefined {
  if (cause === undefined) return undefined;
  if (!(cause instanceof Error)) return hideUserinfo(String(cause));

  // Node reports a refused connection to every address of a name as an
  // AggregateError whose own message is empty.
  const inner = cause instanceof AggregateError ? cause.errors[0] : undefined;
  const message =
    cause.message || (inner instanceof Error ? inner.message : '');
  const code = (cause as { code?: unknown }).code;
  const label = typeof code === 'string' ? `${cause.name} ${code}` : cause.name;
  return `${label}: ${hideUserinfo(message.split('\n')[0] ?? '')}`;
}

/** `postgres://user:secret@db/x` becomes `postgres://[hidden]@db/x`. */
function hideUserinfo(text: string): string {
  return text.replace(/\/\/[^\s/@]*@/g, '//[hidden]@');
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
  const root = pageRoot(request);
  return sendPage(
    reply,
    status,
    layout({ title: message, siteName: 'xmpp-invites', root }, body),
  );
}
