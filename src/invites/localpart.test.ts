import { describe, expect, it } from 'vitest';
import { normalizeLocalpart } from './localpart.js';

describe('normalizeLocalpart', () => {
  it('case-folds and keeps ordinary names', () => {
    expect(normalizeLocalpart('Alice')).toEqual({
      ok: true,
      localpart: 'alice',
    });
    expect(normalizeLocalpart('bob.smith-2_x')).toEqual({
      ok: true,
      localpart: 'bob.smith-2_x',
    });
  });

  it('accepts letters of other scripts, normalised to NFC', () => {
    expect(normalizeLocalpart('Jürgen')).toEqual({
      ok: true,
      localpart: 'jürgen',
    });
    expect(normalizeLocalpart('Ju\u0308rgen')).toEqual({
      ok: true,
      localpart: 'jürgen',
    });
    expect(normalizeLocalpart('Дмитрий')).toEqual({
      ok: true,
      localpart: 'дмитрий',
    });
  });

  it('maps fullwidth letters to ordinary ones', () => {
    expect(normalizeLocalpart('ＡＢＣ')).toEqual({
      ok: true,
      localpart: 'abc',
    });
  });

  it.each([
    'a b',
    'a"b',
    'a&b',
    "a'b",
    'a/b',
    'a:b',
    'a<b',
    'a>b',
    'a@b',
    'a\tb',
    'a☃b',
  ])('refuses %j', (name) => {
    expect(normalizeLocalpart(name)).toEqual({
      ok: false,
      reason: 'bad-character',
    });
  });

  it('refuses empty and over-long names', () => {
    expect(normalizeLocalpart('')).toEqual({ ok: false, reason: 'empty' });
    expect(normalizeLocalpart('a'.repeat(1023)).ok).toBe(true);
    expect(normalizeLocalpart('a'.repeat(1024))).toEqual({
      ok: false,
      reason: 'too-long',
    });
    expect(normalizeLocalpart('ü'.repeat(512))).toEqual({
      ok: false,
      reason: 'too-long',
    });
  });
});
