import { describe, expect, it } from 'vitest';
import { TimeoutError } from '../../util/with-timeout.js';
import { readReply } from './ejabberd-api.js';

const answered = (status: number, text: string, statusText = '') =>
  ({ type: 'answered', status, statusText, text }) as const;
const failed = (error: Error, sent: boolean) =>
  ({ type: 'failed', error, sent }) as const;
const socketError = (code: string) =>
  Object.assign(new Error(`socket: ${code}`), { code });

describe('readReply', () => {
  it('reads a 200 as ok with its JSON body', () => {
    expect(readReply(answered(200, '0'))).toEqual({ type: 'ok', body: 0 });
  });

  it('reads ejabberd 23.01 error JSON', () => {
    const text = '{"status":"error","code":10090,"message":"User exists"}';
    expect(readReply(answered(409, text))).toEqual({
      type: 'error',
      status: 409,
      code: 10090,
      message: 'User exists',
    });
  });

  it('names the status when a gateway answers without a body', () => {
    expect(readReply(answered(502, '', 'Bad Gateway'))).toMatchObject({
      status: 502,
      message: 'Bad Gateway',
    });
  });

  it('reads a refused connection, never sent, as failed', () => {
    const refused = failed(socketError('ECONNREFUSED'), false);
    expect(readReply(refused)).toEqual({
      type: 'failed',
      detail: 'ECONNREFUSED',
    });
  });

  it('reads a time-out before the request was out as failed', () => {
    const early = failed(new TimeoutError(1_000), false);
    expect(readReply(early)).toEqual({
      type: 'failed',
      detail: 'no answer in time',
    });
  });

  it('reads a time-out or a reset after the request was out as unanswered', () => {
    expect(readReply(failed(new TimeoutError(1_000), true))).toEqual({
      type: 'unanswered',
      detail: 'sent, then no answer in time',
    });
    expect(readReply(failed(socketError('ECONNRESET'), true))).toEqual({
      type: 'unanswered',
      detail: 'sent, then ECONNRESET',
    });
  });
});
