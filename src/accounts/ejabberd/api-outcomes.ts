import type { AccountFailure, AccountResult } from '../account-backend.js';
import type { ApiReply } from './ejabberd-api.js';

/*
 * What ejabberd 23.01's API answers mean for an account:
 *
 * - 401 wrong admin credentials, 403 an account without the rights that
 *   api_permissions requires: both `not-allowed`.
 * - register: 409 (code 10090) when the name is taken; 500 with a
 *   message for a malformed name or an unknown host.
 * - change_password: 404 `unknown_user` for a missing account.
 * - check_account: 200 with 0 when the account exists, 1 when not.
 * - unregister: 200 even for an account that never existed.
 */

export function registerOutcome(reply: ApiReply): AccountResult {
  if (reply.type === 'ok') return { ok: true };
  if (reply.type === 'error' && reply.status === 409) {
    return failure('conflict', reply);
  }
  return otherFailure(reply);
}

export function changePasswordOutcome(reply: ApiReply): AccountResult {
  if (reply.type === 'ok') return { ok: true };
  if (reply.type === 'error' && reply.status === 404) {
    return failure('not-found', reply);
  }
  return otherFailure(reply);
}

/**
 * ejabberd 23.01 answers most of several concurrent `register` calls for
 * one name with 500 `internal_error` instead of 409. Asking
 * `check_account` afterwards tells a lost race (the name is taken now)
 * from a real failure, when it can answer.
 *
 * FIXME: such races still happen between service instances (see the
 * FIXME in per-account-queue.ts). When `check_account` then fails the
 * same way, the invitee is told to try again later for a name that may
 * simply be taken. This goes with that FIXME.
 */
export function isRegisterRace(reply: ApiReply): boolean {
  return (
    reply.type === 'error' &&
    reply.status === 500 &&
    reply.message === 'internal_error'
  );
}

/** What a register race ended in, from `check_account`'s answer. */
export function registerRaceOutcome(check: ApiReply): AccountResult {
  const exists = accountExists(check);
  if (exists === true) {
    return { ok: false, reason: 'conflict', detail: 'taken meanwhile' };
  }
  // Not there, or the check failed the same way: worth another try.
  return {
    ok: false,
    reason: 'unreachable',
    detail: 'ejabberd answered 500: internal_error',
  };
}

/** check_account, asked before unregister, which never says "no such". */
export function accountExists(reply: ApiReply): boolean | AccountFailure {
  if (reply.type === 'unanswered') return questionUnanswered(reply);
  if (reply.type !== 'ok') return otherFailure(reply);
  return reply.body === 0;
}

export function unregisterOutcome(reply: ApiReply): AccountResult {
  if (reply.type === 'ok') return { ok: true };
  return otherFailure(reply);
}

/**
 * A dead server or a gateway in front of one (502-504) is worth trying
 * again later; a command that was sent without an answer may have been
 * carried out; anything else is ejabberd saying no.
 */
function otherFailure(reply: ApiReply): AccountFailure {
  if (reply.type === 'failed') {
    return { ok: false, reason: 'unreachable', detail: reply.detail };
  }
  if (reply.type === 'unanswered') {
    return { ok: false, reason: 'unknown', detail: reply.detail };
  }
  if (reply.type === 'error' && [502, 503, 504].includes(reply.status)) {
    return failure('unreachable', reply);
  }
  return failure('not-allowed', reply);
}

/** A question that changes nothing, like check_account, left unanswered. */
function questionUnanswered(
  reply: Extract<ApiReply, { type: 'unanswered' }>,
): AccountFailure {
  return { ok: false, reason: 'unreachable', detail: reply.detail };
}

function failure(
  reason: AccountFailure['reason'],
  reply: ApiReply,
): AccountFailure {
  const detail =
    reply.type === 'error'
      ? `ejabberd answered ${reply.status}: ${reply.message}`
      : reply.type;
  return { ok: false, reason, detail };
}
