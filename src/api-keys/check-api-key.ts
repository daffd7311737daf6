import type { ApiKeyRecord } from '../store/store.js';
import { DECOY_SECRET_HASH, parseApiKey, secretMatches } from './api-key.js';

export interface ApiKeyLookup {
  findApiKey(id: string): Promise<ApiKeyRecord | undefined>;
}

/**
 * Checks a presented `ID/SECRET`. An unknown id, a wrong secret and an
 * expired key all give the same answer, after the same hashing work, so
 * that a caller cannot learn which key ids exist.
 */
export async function checkApiKey(
  keys: ApiKeyLookup,
  presented: string | undefined,
  now: number,
): Promise<ApiKeyRecord | undefined> {
  const parsed = presented === undefined ? undefined : parseApiKey(presented);
  if (!parsed) return undefined;

  const record = await keys.findApiKey(parsed.id);
  const matches = secretMatches(
    parsed.secret,
    record?.secretHash ?? DECOY_SECRET_HASH,
  );
  if (!record || !matches) return undefined;
  if (record.expiresAt !== null && record.expiresAt <= now) return undefined;
  return record;
}
