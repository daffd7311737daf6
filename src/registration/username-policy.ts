import type { HostConfig } from '../config/config.js';
import { normalizeLocalpart } from '../invites/localpart.js';

export type UsernameProblem =
  | 'empty'
  | 'too-long'
  | 'bad-character'
  | 'reserved'
  | 'pattern';

export type UsernameCheck =
  | { ok: true; localpart: string }
  | { ok: false; problem: UsernameProblem };

/**
 * The XMPP localpart rules, then the operator's: reserved names (which
 * must cover the server's admin accounts, since on Prosody whoever
 * registers a name listed in `admins` first becomes an admin) and an
 * optional pattern. Names are compared after normalisation, so `ADMIN`
 * and `ａｄｍｉｎ` are reserved too.
 */
export function checkUsername(
  input: string,
  host: Pick<HostConfig, 'reservedUsernames' | 'usernamePattern'>,
): UsernameCheck {
  const normalised = normalizeLocalpart(input.trim());
  if (!normalised.ok) return { ok: false, problem: normalised.reason };

  const { localpart } = normalised;
  if (host.reservedUsernames.includes(localpart)) {
    return { ok: false, problem: 'reserved' };
  }
  if (
    host.usernamePattern !== undefined &&
    !wholeMatch(host.usernamePattern).test(localpart)
  ) {
    return { ok: false, problem: 'pattern' };
  }
  return { ok: true, localpart };
}

const compiled = new Map<string, RegExp>();

/**
 * The operator's pattern must match the whole name: `[a-z]+` should not
 * let `a!!!` through because it starts with a letter.
 */
function wholeMatch(pattern: string): RegExp {
  let regexp = compiled.get(pattern);
  if (!regexp) {
    regexp = new RegExp(`^(?:${pattern})$`, 'u');
    compiled.set(pattern, regexp);
  }
  return regexp;
}
