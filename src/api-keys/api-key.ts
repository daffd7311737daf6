import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * An API key is `ID/SECRET`, as in Prosody's mod_invites_api: the id is
 * public (listed, logged, used to delete), the secret is shown once and
 * only its hash is stored. The secret carries 192 random bits, so a fast
 * hash is enough: no password-style stretching is needed to resist guessing.
 */
export interface NewApiKey {
  id: string;
  secret: string;
  /** The whole key, `ID/SECRET`, to show the operator once. */
  key: string;
  secretHash: string;
}

const ID_BYTES = 6;
const SECRET_BYTES = 24;
const MAX_KEY_LENGTH = 200;
const PART = /^[A-Za-z0-9_-]+$/;

export function generateApiKey(): NewApiKey {
  const id = generateKeyId();
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return { id, secret, key: `${id}/${secret}`, secretHash: hashSecret(secret) };
}

/**
 * A key id never starts with `-` or `_`: the operator types it as an
 * argument (`api-key delete HOST ID`), where a leading dash would be read
 * as an option.
 */
function generateKeyId(): string {
  for (;;) {
    const id = randomBytes(ID_BYTES).toString('base64url');
    if (/^[A-Za-z0-9]/.test(id)) return id;
  }
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Splits a presented key into id and secret, or says it cannot be a key.
 * Length and alphabet are checked first so that odd input never reaches
 * the store.
 */
export function parseApiKey(
  text: string,
): { id: string; secret: string } | undefined {
  if (text.length === 0 || text.length > MAX_KEY_LENGTH) return undefined;

  const slash = text.indexOf('/');
  if (slash <= 0) return undefined;
  const id = text.slice(0, slash);
  const secret = text.slice(slash + 1);
  if (!PART.test(id) || !PART.test(secret)) return undefined;
  return { id, secret };
}

/**
 * The hash that an unknown id is checked against, so that a wrong id and a
 * wrong secret cost the same work and give the same answer.
 */
export const DECOY_SECRET_HASH = hashSecret(
  randomBytes(SECRET_BYTES).toString('base64url'),
);

/** Compares in constant time, whatever the secret's length. */
export function secretMatches(secret: string, secretHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(secretHash, 'hex');
  if (stored.length !== presented.length) return false;
  return timingSafeEqual(presented, stored);
}
