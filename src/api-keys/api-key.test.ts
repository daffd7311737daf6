import { describe, expect, it } from 'vitest';
import {
  DECOY_SECRET_HASH,
  generateApiKey,
  hashSecret,
  parseApiKey,
  secretMatches,
} from './api-key.js';

describe('generateApiKey', () => {
  it('makes ID/SECRET with a hash that matches only its secret', () => {
    const key = generateApiKey();
    expect(key.key).toBe(`${key.id}/${key.secret}`);
    expect(key.secret.length).toBeGreaterThanOrEqual(32);
    expect(key.secretHash).toBe(hashSecret(key.secret));
    expect(key.secretHash).not.toContain(key.secret);
    expect(secretMatches(key.secret, key.secretHash)).toBe(true);
    expect(secretMatches(`${key.secret}x`, key.secretHash)).toBe(false);
    expect(secretMatches(key.secret, DECOY_SECRET_HASH)).toBe(false);
  });

  it('makes ids that cannot be taken for an option on the command line', () => {
    for (let i = 0; i < 2000; i++) {
      expect(generateApiKey().id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{7}$/);
    }
  });

  it('parses back into its parts', () => {
    const key = generateApiKey();
    expect(parseApiKey(key.key)).toEqual({ id: key.id, secret: key.secret });
  });
});

describe('parseApiKey', () => {
  it.each([
    ['empty', ''],
    ['no slash', 'HTwALnKL73UUylA'],
    ['nothing before the slash', '/secret'],
    ['nothing after the slash', 'HTwALnKL/'],
    ['two slashes', 'a/b/c'],
    ['non-ASCII', 'HTwALnKL/sécret'],
    ['spaces', 'HTw ALnKL/secret'],
    ['10 kB long', `id/${'a'.repeat(10_000)}`],
  ])('refuses a key with %s', (_, text) => {
    expect(parseApiKey(text)).toBeUndefined();
  });
});
