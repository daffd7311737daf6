import { describe, expect, it } from 'vitest';
import { readInviteParameters } from './invite-parameters.js';

function read(...sources: Array<Record<string, unknown>>) {
  return readInviteParameters(sources);
}

describe('readInviteParameters', () => {
  it('defaults to one use, no redirect, the host expiry', () => {
    expect(read({})).toEqual({
      ok: true,
      value: {
        key: undefined,
        redirect: false,
        expiresMs: undefined,
        username: undefined,
        uses: 1,
        note: undefined,
      },
    });
  });

  it.each([['true'], ['1'], ['yes'], ['YES'], ['']])(
    'redirects for redirect=%s',
    (value) => {
      const result = read({ redirect: value });
      expect(result.ok && result.value.redirect).toBe(true);
    },
  );

  it.each([['false'], ['0'], ['no']])(
    'does not redirect for redirect=%s',
    (value) => {
      const result = read({ redirect: value });
      expect(result.ok && result.value.redirect).toBe(false);
    },
  );

  it('reads the optional parameters', () => {
    const result = read(
      { expires: '2d', uses: '5', note: 'for the choir' },
      { username: 'alice' },
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        expiresMs: 2 * 86_400_000,
        uses: 5,
        note: 'for the choir',
        username: 'alice',
      },
    });
  });

  it.each([
    [{ colour: 'blue' }, 'unknown parameter "colour"'],
    [{ uses: ['1', '2'] }, 'parameter "uses" is given more than once'],
    [
      { note: { nested: 1 } },
      'parameter "note" must be text, a number or true/false',
    ],
    [{ redirect: 'maybe' }, 'redirect must be true, false, 1, 0, yes or no'],
    [{ expires: '7 days' }, 'expires must be a duration like 7d, 12h or 90m'],
    [{ uses: '0' }, 'uses must be a whole number from 1 to 10000'],
    [{ uses: '2.5' }, 'uses must be a whole number from 1 to 10000'],
    [{ uses: '10001' }, 'uses must be a whole number from 1 to 10000'],
    [{ note: 'x'.repeat(501) }, 'note must be at most 500 characters'],
    [{ username: '' }, 'username must not be empty'],
  ])('refuses %o', (source, reason) => {
    expect(read(source)).toEqual({ ok: false, reason });
  });

  it('reads JSON numbers and booleans as their text', () => {
    expect(read({ uses: 2, redirect: true })).toMatchObject({
      ok: true,
      value: { uses: 2, redirect: true },
    });
    expect(read({ redirect: false })).toMatchObject({
      value: { redirect: false },
    });
  });

  it('refuses a parameter given in the query and in the body', () => {
    expect(read({ uses: '2' }, { uses: '3' })).toEqual({
      ok: false,
      reason: 'parameter "uses" is given more than once',
    });
  });

  it('does not echo a strange parameter name', () => {
    expect(read({ '<script>': 'x' })).toEqual({
      ok: false,
      reason: 'unknown parameter "…"',
    });
  });
});
