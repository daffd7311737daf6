import { describe, expect, it } from 'vitest';
import { isConnectionFailure } from './connection-failure.js';

function withCode(message: string, code: string) {
  return Object.assign(new Error(message), { code });
}

describe('isConnectionFailure', () => {
  it('knows a server that is away, going away or not there yet', () => {
    for (const error of [
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      withCode('read ECONNRESET', 'ECONNRESET'),
      withCode('terminating connection due to administrator command', '57P01'),
      withCode('the database system is starting up', '57P03'),
      withCode('sorry, too many clients already', '53300'),
      withCode('connection failure', '08006'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
    ]) {
      expect(isConnectionFailure(error), error.message).toBe(true);
    }
  });

  it('leaves errors of the query itself alone', () => {
    for (const error of [
      withCode('duplicate key value violates unique constraint', '23505'),
      withCode('relation "invites" does not exist', '42P01'),
      withCode('SQLITE_CONSTRAINT', 'SQLITE_CONSTRAINT_PRIMARYKEY'),
      new TypeError('x is not a function'),
    ]) {
      expect(isConnectionFailure(error), error.message).toBe(false);
    }
    expect(isConnectionFailure('ECONNREFUSED')).toBe(false);
  });
});
