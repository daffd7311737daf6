import { describe, expect, it } from 'vitest';
import {
  accountExists,
  changePasswordOutcome,
  registerOutcome,
  unregisterOutcome,
} from './api-outcomes.js';
import type { ApiReply } from './ejabberd-api.js';

const unsent: ApiReply = { type: 'failed', detail: 'ECONNREFUSED' };
const unanswered: ApiReply = {
  type: 'unanswered',
  detail: 'sent, then no answer in time',
};
const answered = (status: number, message: string): ApiReply => ({
  type: 'error',
  status,
  code: undefined,
  message,
});

describe('commands that change an account', () => {
  const outcomes = [
    ['register', registerOutcome],
    ['change_password', changePasswordOutcome],
    ['unregister', unregisterOutcome],
  ] as const;

  it.each(outcomes)('%s sent without an answer is unknown', (_, outcome) => {
    expect(outcome(unanswered)).toEqual({
      ok: false,
      reason: 'unknown',
      detail: 'sent, then no answer in time',
    });
  });

  it.each(outcomes)('%s never sent is unreachable', (_, outcome) => {
    expect(outcome(unsent)).toMatchObject({ reason: 'unreachable' });
  });

  it.each(outcomes)('%s behind a dead gateway is unreachable', (_, outcome) => {
    expect(outcome(answered(503, 'down'))).toMatchObject({
      reason: 'unreachable',
    });
  });

  it('register: 409 is a conflict', () => {
    expect(registerOutcome(answered(409, 'exists'))).toMatchObject({
      reason: 'conflict',
    });
  });

  it('change_password: 404 is not-found', () => {
    expect(changePasswordOutcome(answered(404, 'unknown_user'))).toMatchObject({
      reason: 'not-found',
    });
  });
});

describe('accountExists (check_account changes nothing)', () => {
  it('reads 0 as there and 1 as not', () => {
    expect(accountExists({ type: 'ok', body: 0 })).toBe(true);
    expect(accountExists({ type: 'ok', body: 1 })).toBe(false);
  });

  it('is unreachable when unanswered: nothing can have changed', () => {
    expect(accountExists(unanswered)).toMatchObject({
      ok: false,
      reason: 'unreachable',
    });
  });
});
