import argon2 from 'argon2';

export interface HashCost {
  /** Memory per hash, in KiB. */
  memoryCost: number;
  /** Passes over that memory. */
  timeCost: number;
  /** Lanes; 1 keeps one hash on one core, leaving the other for requests. */
  parallelism: number;
}

/**
 * Argon2id at m = 32 MiB, t = 3, p = 1: above OWASP's minimum (19 MiB,
 * t = 2), below RFC 9106's 64 MiB, which cost 145-180 ms here. Measured
 * on the 2-core development box with the `argon2` package: 63-66 ms per
 * hash or verify when idle, about 93 ms under load. ejabberd asks on
 * every sign-in (PLAIN), so this cost is paid per login, not only at
 * signup.
 *
 * Stored hashes carry their own parameters: raising these later still
 * verifies old hashes, and `needsRehash` tells when to upgrade one.
 */
export const DEFAULT_HASH_COST: HashCost = {
  memoryCost: 32 * 1024,
  timeCost: 3,
  parallelism: 1,
};

/**
 * RFC 8265 section 4.2 (OpaqueString) asks for NFC before comparing
 * passwords. Applying it on both sides lets a password typed in a web
 * form and one sent by an XMPP client over SASL match even when the two
 * encode an accented letter differently.
 */
function prepare(password: string): string {
  return password.normalize('NFC');
}

export function hashPassword(
  password: string,
  cost: HashCost = DEFAULT_HASH_COST,
): Promise<string> {
  return argon2.hash(prepare(password), { type: argon2.argon2id, ...cost });
}

/** False for a wrong password and for a hash this code cannot read. */
export async function verifyPassword(
  hash: string,
  password: string,
): Promise<boolean> {
  try {
    return await argon2.verify(hash, prepare(password));
  } catch {
    return false;
  }
}

/** Whether a stored hash was made with other parameters than `cost`. */
export function needsRehash(
  hash: string,
  cost: HashCost = DEFAULT_HASH_COST,
): boolean {
  try {
    return argon2.needsRehash(hash, cost);
  } catch {
    return false;
  }
}
