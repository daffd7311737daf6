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

  it('a temporary error or a lost connection is unreachable', () => {
    const busy = stanzaError('resource-constraint', 'submit', 'wait');
    const lost: CommandAnswer = {
      type: 'failed',
      reason: 'unreachable',
      detail: 'connection lost',
    };
    expect(addUserOutcome(busy)).toMatchObject({ reason: 'unreachable' });
    expect(addUserOutcome(lost)).toMatchObject({ reason: 'unreachable' });
  });
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
