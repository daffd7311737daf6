import { describe, expect, it } from 'vitest';
import {
  describeLostSession,
  describeRequestFailure,
} from './admin-session.js';

// The errors @xmpp/client 0.14 rejects an IQ request with.
const named = (name: string, fields: object = {}) =>
  Object.assign(new Error(name), { name, ...fields });

describe('describeRequestFailure', () => {
  it('passes on a stanza error from the server', () => {
    const error = named('StanzaError', {
      condition: 'forbidden',
      type: 'auth',
      text: 'admins only',
    });
    expect(describeRequestFailure(error, true)).toEqual({
      type: 'error',
      condition: 'forbidden',
      errorType: 'auth',
      text: 'admins only',
    });
  });

  it('reads a time-out, which starts only after the write, as unanswered', () => {
    expect(describeRequestFailure(named('TimeoutError'), true)).toEqual({
      type: 'unanswered',
      detail: 'no answer in time',
    });
  });

  it('reads a failed write as unsent, safe to send again', () => {
    const closing = new Error('Connection is closing');
    expect(describeRequestFailure(closing, false)).toBe('unsent');
    expect(describeRequestFailure(new TypeError('no socket'), false)).toBe(
      'unsent',
    );
  });

  it('never calls a written request unsent', () => {
    const late = new Error('socket closed');
    expect(describeRequestFailure(late, true)).toMatchObject({
      type: 'unanswered',
    });
  });
});

describe('describeLostSession', () => {
  it('is unsent before the write and unanswered after it', () => {
    expect(describeLostSession(false)).toBe('unsent');
    expect(describeLostSession(true)).toEqual({
      type: 'unanswered',
      detail: 'connection lost after the request was sent',
    });
  });
});
