import type { AccountFailure, AccountResult } from '../account-backend.js';
import type { CommandAnswer } from './admin-command.js';

/*
 * What the answer to each XEP-0133 command means for the account. The
 * servers disagree on how to say no:
 *
 * - Prosody 0.12's mod_admin_adhoc completes the command and puts the
 *   failure in a note of type "error" ("Account already exists", "User
 *   does not exist"); delete-user even reports "could not be deleted" in
 *   a note of type "info".
 * - ejabberd 23.01's mod_configure answers with an IQ error: `conflict`
 *   for a taken name and `item-not-found` for nearly everything else.
 *
 * COMPAT: the note texts are Prosody's English strings; a translated or
 * newer Prosody may word them differently, and such a failure then shows
 * up as `not-allowed` with the note as its detail.
 */

/** add-user: XEP-0133 section 4.1. */
export function addUserOutcome(answer: CommandAnswer): AccountResult {
  if (answer.type === 'error' && answer.stage === 'submit') {
    if (answer.condition === 'conflict') return failure('conflict', answer);
  }
  if (answer.type !== 'completed') return otherFailure(answer);

  const error = errorNote(answer);
  if (error === undefined) return { ok: true };
  if (/already exists/i.test(error)) return failure('conflict', error);
  return failure('not-allowed', error);
}

/** change-user-password: XEP-0133 section 4.7. */
export function changePasswordOutcome(answer: CommandAnswer): AccountResult {
  if (isMissingAccount(answer)) return failure('not-found', answer);
  if (answer.type !== 'completed') return otherFailure(answer);

  const error = errorNote(answer);
  if (error === undefined) return { ok: true };
  if (/does not exist/i.test(error)) return failure('not-found', error);
  return failure('not-allowed', error);
}

/** delete-user: XEP-0133 section 4.2, one JID at a time. */
export function deleteUserOutcome(answer: CommandAnswer): AccountResult {
  if (isMissingAccount(answer)) return failure('not-found', answer);
  if (answer.type !== 'completed') return otherFailure(answer);

  const error = errorNote(answer);
  if (error !== undefined) return failure('not-allowed', error);
  const notDeleted = answer.notes.find((note) =>
    /could not be deleted/i.test(note.text),
  );
  if (notDeleted) return failure('not-found', notDeleted.text);
  return { ok: true };
}

/** ejabberd's answer to a form about an account it does not have. */
function isMissingAccount(answer: CommandAnswer): boolean {
  return (
    answer.type === 'error' &&
    answer.stage === 'submit' &&
    answer.condition === 'item-not-found'
  );
}

function errorNote(answer: { notes: { type: string; text: string }[] }) {
  return answer.notes.find((note) => note.type === 'error')?.text;
}

/**
 * Everything without a command-specific meaning: a request that could
 * not be sent and a temporary error (RFC 6120 section 8.3.2, type "wait")
 * are worth a retry later; a sent one without an answer may have acted;
 * any other refusal is the server saying no.
 */
function otherFailure(answer: CommandAnswer): AccountFailure {
  switch (answer.type) {
    case 'failed':
      return { ok: false, reason: answer.reason, detail: answer.detail };
    case 'unanswered':
      return unansweredFailure(answer);
    case 'error':
      return failure(
        answer.errorType === 'wait' ? 'unreachable' : 'not-allowed',
        answer,
      );
    case 'unexpected':
      return failure('not-allowed', answer.detail);
    case 'completed':
      throw new Error('a completed command is not a failure');
  }
}

/**
 * A command step that was sent but got no answer. The `execute` step
 * carries no account data (XEP-0133's commands answer it with the form
 * to fill in), so the server cannot have changed anything yet:
 * `unreachable`. Once the filled-in form was sent, it may have: `unknown`.
 */
function unansweredFailure(
  answer: Extract<CommandAnswer, { type: 'unanswered' }>,
): AccountFailure {
  const reason = answer.stage === 'execute' ? 'unreachable' : 'unknown';
  const detail = `${answer.stage} step: ${answer.detail}`;
  return { ok: false, reason, detail };
}

function failure(
  reason: AccountFailure['reason'],
  cause: string | CommandAnswer,
): AccountFailure {
  return { ok: false, reason, detail: describe(cause) };
}

function describe(cause: string | CommandAnswer): string {
  if (typeof cause === 'string') return cause;
  if (cause.type !== 'error') return cause.type;

  const where = cause.stage === 'execute' ? 'refused the command' : 'said';
  const text = cause.text ? `: ${cause.text}` : '';
  return `server ${where} ${cause.condition}${text}`;
}
