/**
 * Usernames are XMPP localparts: RFC 7622 section 3.3 applies the PRECIS
 * UsernameCaseMapped profile (RFC 8265 section 3.3) and then forbids a few
 * characters that would break a JID or its URI.
 */
export type LocalpartResult =
  | { ok: true; localpart: string }
  | { ok: false; reason: 'empty' | 'too-long' | 'bad-character' };

const MAX_BYTES = 1023;

/** RFC 7622 section 3.3.1: these would be read as JID syntax. */
const FORBIDDEN = new Set(['"', '&', "'", '/', ':', '<', '>', '@']);

/**
 * The PRECIS IdentifierClass in short: letters, digits and combining
 * marks of any script, and the printable ASCII symbols. Spaces, controls,
 * other symbols and unassigned code points are refused.
 */
const IDENTIFIER_CHAR = /^(?:[\x21-\x7e]|[\p{L}\p{Nd}\p{M}])$/u;

export function normalizeLocalpart(input: string): LocalpartResult {
  // Width mapping, then case mapping, then NFC, in the profile's order.
  const mapped = mapWidth(input).toLowerCase().normalize('NFC');
  if (mapped.length === 0) return { ok: false, reason: 'empty' };
  if (Buffer.byteLength(mapped, 'utf8') > MAX_BYTES) {
    return { ok: false, reason: 'too-long' };
  }

  for (const char of mapped) {
    if (FORBIDDEN.has(char) || !IDENTIFIER_CHAR.test(char)) {
      return { ok: false, reason: 'bad-character' };
    }
  }
  // TODO: the PRECIS Bidi Rule (RFC 5893) for right-to-left names is not
  // checked yet; names mixing directions are accepted as they are.
  return { ok: true, localpart: mapped };
}

/** Fullwidth and halfwidth forms map to their ordinary characters. */
function mapWidth(text: string): string {
  return text.replace(/[\uff01-\uffef]/g, (c) => c.normalize('NFKC'));
}
