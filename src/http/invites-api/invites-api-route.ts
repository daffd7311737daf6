import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { checkApiKey } from '../../api-keys/check-api-key.js';
import { AppError } from '../../errors/app-error.js';
import { Errors } from '../../errors/error-catalogue.js';
import { issueInvite } from '../../service/issue-invite.js';
import type { AppDeps } from '../app-deps.js';
import { readInviteParameters } from './invite-parameters.js';

/**
 * Prosody's mod_invites_api, for any server: an API key creates an
 * invite for its host and the answer points at the invite page. CORS is
 * open so that a web page of the operator's can call it.
 */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'Content-Type, Authorization',
  'access-control-max-age': '7200',
};

export function registerInvitesApi(app: FastifyInstance, deps: AppDeps): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.url === '/invites_api') reply.headers(CORS);
  });

  // No automatic HEAD: it would run the GET handler and create an invite.
  const routeOptions = { exposeHeadRoute: false };
  app.get('/invites_api', routeOptions, (req, reply) =>
    create(deps, req, reply),
  );
  app.post('/invites_api', routeOptions, (req, reply) =>
    create(deps, req, reply),
  );
  app.options('/invites_api', (_, reply) => reply.code(204).send());
  app.head('/invites_api', (_, reply) => {
    reply.header('allow', 'GET, POST, OPTIONS');
    throw new AppError(Errors.methodNotAllowed);
  });
}

async function create(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const params = readInviteParameters([
    request.query as Record<string, unknown>,
    bodyParameters(request.body),
  ]);
  const presented = bearerToken(request.headers.authorization);
  const now = deps.now();
  const key = await checkApiKey(
    deps.store,
    presented ?? (params.ok ? params.value.key : undefined),
    now,
  );
  // Per address for bad keys too, so that a flood of guesses is slowed;
  // the key's host, once known, chooses the limit. Per key after that.
  const limiter = request.server.rateLimiter;
  await limiter.enforceByAddress(request, reply, 'apiAddress', key?.host);
  if (!key) {
    reply.header('www-authenticate', 'Bearer');
    throw new AppError(Errors.keyRequired);
  }
  request.keyId = key.id;
  await limiter.enforce(reply, 'apiKey', key.id, key.host);

  if (!params.ok) throw new AppError(Errors.badParameter, params.reason);
  const host = deps.config.hosts.get(key.host);
  if (!host) throw new AppError(Errors.keyHostGone);

  const { redirect, key: _key, ...wanted } = params.value;
  const issued = await issueInvite(
    deps.store,
    host,
    { ...wanted, createdBy: `api/token/${key.id}`, keyId: key.id },
    now,
  );
  if (!issued.ok) throw new AppError(Errors.badParameter, issued.reason);

  const { invite, url, uri } = issued;
  reply.header('location', url);
  if (redirect) return reply.code(303).send();
  return reply.code(201).send({
    id: invite.id,
    url,
    xmpp_uri: uri,
    kind: invite.kind,
    max_uses: invite.maxUses,
    expires: new Date(invite.expiresAt).toISOString(),
  });
}

/**
 * The key from `Authorization`. Any other scheme, or a malformed header,
 * yields an empty string: a wrong header must not fall back to `?key=`.
 */
function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer +(\S+) *$/i.exec(header);
  return match?.[1] ?? '';
}

function bodyParameters(body: unknown): Record<string, unknown> | undefined {
  if (body === undefined || body === null || body === '') return undefined;
  if (typeof body === 'object' && !Array.isArray(body)) {
    return body as Record<string, unknown>;
  }
  throw new AppError(
    Errors.badParameter,
    'the body must be a form or a JSON object',
  );
}
