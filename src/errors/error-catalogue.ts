export interface ErrorDefinition {
  code: string;
  status: number;
  message: string;
  fix: string;
}

function define(
  code: string,
  status: number,
  message: string,
  fix: string,
): ErrorDefinition {
  return Object.freeze({ code, status, message, fix });
}

/**
 * Every error an operator or a client can meet, each with a code that is
 * never reused for anything else. Documented in docs/errors.md.
 */
export const Errors = {
  keyRequired: define(
    'XI_KEY_REQUIRED',
    401,
    'a valid API key is required',
    'send the key as "Authorization: Bearer ID/SECRET" or ?key=ID/SECRET; create one with "xmpp-invites api-key create HOST"',
  ),
  keyHostGone: define(
    'XI_KEY_HOST_GONE',
    403,
    'this key belongs to a host that is not served here',
    'add the host back under hosts in the configuration, or create a key for a served host',
  ),
  badParameter: define(
    'XI_BAD_PARAMETER',
    400,
    'a parameter is not valid',
    'see the invites API in the README for the parameters and their forms',
  ),
  unreadableRequest: define(
    'XI_UNREADABLE_REQUEST',
    400,
    'the request could not be read',
    'send a form or a JSON object no larger than 64 KiB, with a matching Content-Type',
  ),
  notFound: define('XI_NOT_FOUND', 404, 'nothing here', 'check the address'),
  inviteNotFound: define(
    'XI_INVITE_NOT_FOUND',
    404,
    'this invite does not exist',
    'ask the person who invited you for a new link',
  ),
  inviteGone: define(
    'XI_INVITE_GONE',
    410,
    'this invite can no longer be used',
    'ask the person who invited you for a new link',
  ),
  methodNotAllowed: define(
    'XI_METHOD_NOT_ALLOWED',
    405,
    'this method is not allowed here',
    'use GET or POST',
  ),
  unknownHost: define(
    'XI_UNKNOWN_HOST',
    400,
    'this host is not served here',
    'add it under hosts in the configuration file',
  ),
  unknownKey: define(
    'XI_UNKNOWN_KEY',
    404,
    'no such API key for this host',
    'list the keys with "xmpp-invites api-key list HOST"',
  ),
  unknownInvite: define(
    'XI_UNKNOWN_INVITE',
    404,
    'no such invite for this host',
    'list the invites with "xmpp-invites invite list HOST"',
  ),
  badArgument: define(
    'XI_BAD_ARGUMENT',
    400,
    'an argument is not valid',
    'see --help for the forms it takes',
  ),
  databaseUnavailable: define(
    'XI_DATABASE_UNAVAILABLE',
    503,
    'the database cannot be reached; try again in a minute',
    'check that the database is running and reachable',
  ),
  backendUnavailable: define(
    'XI_BACKEND_UNAVAILABLE',
    503,
    'the XMPP server cannot be reached; try again in a minute',
    'check the account backend settings and that the XMPP server runs',
  ),
  rateLimited: define(
    'XI_RATE_LIMITED',
    429,
    'too many requests; try again later',
    'wait for the time given in Retry-After',
  ),
  internal: define(
    'XI_INTERNAL',
    500,
    'something went wrong on our side',
    'the log has the details under this error id',
  ),
} as const;
