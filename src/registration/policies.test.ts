import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.js';
import { checkUsername } from './username-policy.js';

const host = {
  reservedUsernames: ['admin', 'root'],
  usernamePattern: undefined,
};

describe('checkUsername', () => {
  it('normalises a good name', () => {
    expect(checkUsername(' Alice ', host)).toEqual({
      ok: true,
      localpart: 'alice',
    });
  });

  it('refuses reserved names in any case or width', () => {
    expect(checkUsername('ADMIN', host)).toEqual({
      ok: false,
      problem: 'reserved',
    });
    expect(checkUsername('ｒｏｏｔ', host)).toEqual({
      ok: false,
      problem: 'reserved',
    });
  });

  it("applies the operator's pattern", () => {
    const strict = { ...host, usernamePattern: '^[a-z][a-z0-9]{2,15}$' };
    expect(checkUsername('bob42', strict).ok).toBe(true);
    expect(checkUsername('b', strict)).toEqual({
      ok: false,
      problem: 'pattern',
    });
  });

  it('matches the pattern against the whole name', () => {
    const loose = { ...host, usernamePattern: '[a-z]+' };
    expect(checkUsername('abc', loose).ok).toBe(true);
    expect(checkUsername('a!!!', loose)).toEqual({
      ok: false,
      problem: 'pattern',
    });
  });

  it('passes on the localpart rules', () => {
    expect(checkUsername('', host)).toEqual({ ok: false, problem: 'empty' });
    expect(checkUsername('a@b', host)).toEqual({
      ok: false,
      problem: 'bad-character',
    });
  });
});

describe('checkPassword', () => {
  const base = { localpart: 'alice', host: 'example.com', minLength: 10 };

  it('accepts a long unguessable password', () => {
    expect(
      checkPassword({ ...base, password: 'correct horse battery staple' }),
    ).toBeUndefined();
  });

  it('counts characters, not bytes', () => {
    expect(checkPassword({ ...base, password: 'ééééééééé' })).toBe('too-short');
  });

  it('refuses short, weak, username-like and mismatched passwords', () => {
    expect(checkPassword({ ...base, password: 'short' })).toBe('too-short');
    expect(checkPassword({ ...base, password: 'password123' })).toBe(
      'too-weak',
    );
    expect(
      checkPassword({
        ...base,
        localpart: 'alicealice',
        password: 'AliceAlice',
      }),
    ).toBe('same-as-username');
    expect(
      checkPassword({
        ...base,
        password: 'correct horse battery staple',
        confirmation: 'other',
      }),
    ).toBe('mismatch');
  });
});
