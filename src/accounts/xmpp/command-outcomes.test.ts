import { describe, expect, it } from 'vitest';
import type { CommandAnswer } from './admin-command.js';
import {
  addUserOutcome,
  changePasswordOutcome,
  deleteUserOutcome,
} from './command-outcomes.js';

// Answers as Prosody 0.12 and ejabberd 23.01 really send them; the
// end-to-end tests in test/accounts/ run the same commands against both.
const completed = (...notes: [string, string][]): CommandAnswer => ({
  type: 'completed',
  notes: notes.map(([type, text]) => ({ type, text })),
});
const stanzaError = (
  condition: string,
  stage: 'execute' | 'submit' = 'submit',
  errorType = 'cancel',
): CommandAnswer => ({ type: 'error', stage, condition, errorType, text: '' });

const unanswered = (
  stage: 'execute' | 'submit',
  detail: string,
): CommandAnswer => ({ type: 'unanswered', stage, detail });

describe('addUserOutcome', () => {
  it.each([
    ['Prosody success', completed(['info', 'Account successfully created'])],
    ['ejabberd success', completed()],
  ])('%s is ok', (_, answer) => {
    expect(addUserOutcome(answer)).toEqual({ ok: true });
  });

  it.each([
    ['Prosody', completed(['error', 'Account already exists'])],
    ['ejabberd', stanzaError('conflict')],
  ])('%s taken name is a conflict', (_, answer) => {
    expect(addUserOutcome(answer)).toMatchObject({ reason: 'conflict' });
  });

  it.each([
    ['Prosody bad JID', completed(['error', 'accountjid: Invalid JID: a b'])],
    ['ejabberd bad JID', stanzaError('item-not-found')],
    ['no admin rights', stanzaError('forbidden', 'execute', 'auth')],
    ['command missing', stanzaError('item-not-found', 'execute')],
    ['canceled', { type: 'unexpected', detail: 'command status canceled' }],
  ] as const)('%s is not-allowed', (_, answer) => {
    expect(addUserOutcome(answer)).toMatchObject({ reason: 'not-allowed' });
  });

  it('a temporary error or a request never sent is unreachable', () => {
    const busy = stanzaError('resource-constraint', 'submit', 'wait');
    const unsent: CommandAnswer = {
      type: 'failed',
      reason: 'unreachable',
      detail: 'connection lost',
    };
    expect(addUserOutcome(busy)).toMatchObject({ reason: 'unreachable' });
    expect(addUserOutcome(unsent)).toMatchObject({ reason: 'unreachable' });
  });
});

describe('a command step sent without an answer', () => {
  const outcomes = [
    ['add-user', addUserOutcome],
    ['change-user-password', changePasswordOutcome],
    ['delete-user', deleteUserOutcome],
  ] as const;

  it.each(outcomes)(
    '%s: a submitted form may have acted, so unknown',
    (_, outcome) => {
      const answer = unanswered('submit', 'no answer in time');
      expect(outcome(answer)).toEqual({
        ok: false,
        reason: 'unknown',
        detail: 'submit step: no answer in time',
      });
    },
  );

  it.each(outcomes)(
    '%s: an execute step changed nothing, so unreachable',
    (_, outcome) => {
      const answer = unanswered('execute', 'connection lost');
      expect(outcome(answer)).toMatchObject({ reason: 'unreachable' });
    },
  );
});

describe('changePasswordOutcome', () => {
  it('reads Prosody and ejabberd success as ok', () => {
    const prosody = completed(['info', 'Password successfully changed']);
    expect(changePasswordOutcome(prosody)).toEqual({ ok: true });
    expect(changePasswordOutcome(completed())).toEqual({ ok: true });
  });

  it.each([
    ['Prosody', completed(['error', 'User does not exist'])],
    ['ejabberd', stanzaError('item-not-found')],
  ])('%s missing account is not-found', (_, answer) => {
    expect(changePasswordOutcome(answer)).toMatchObject({
      reason: 'not-found',
    });
  });

  it('a command the server refuses to start is not-allowed', () => {
    const missing = stanzaError('item-not-found', 'execute');
    expect(changePasswordOutcome(missing)).toMatchObject({
      reason: 'not-allowed',
    });
  });
});

describe('deleteUserOutcome', () => {
  it('reads Prosody and ejabberd success as ok', () => {
    const prosody = completed([
      'info',
      'The following accounts were successfully deleted:\ndave@p.test\n',
    ]);
    expect(deleteUserOutcome(prosody)).toEqual({ ok: true });
    expect(deleteUserOutcome(completed())).toEqual({ ok: true });
  });

  it.each([
    [
      'Prosody (an info note!)',
      completed([
        'info',
        'The following accounts could not be deleted:\ndave@p.test',
      ]),
    ],
    ['ejabberd', stanzaError('item-not-found')],
  ])('%s missing account is not-found', (_, answer) => {
    expect(deleteUserOutcome(answer)).toMatchObject({ reason: 'not-found' });
  });
});
