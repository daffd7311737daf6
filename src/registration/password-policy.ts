import { createRequire } from 'node:module';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export type PasswordProblem =
  | 'too-short'
  | 'too-long'
  | 'same-as-username'
  | 'too-weak'
  | 'mismatch';

/**
 * zxcvbn scores 0 to 4; 3 means "safely unguessable: moderate protection
 * from offline slow-hash scenario", which suits an account password that
 * the XMPP server stores as a salted hash.
 */
const MIN_SCORE = 3;

/** Beyond this, the strength check costs more than it tells. */
const MAX_LENGTH = 1024;

let estimator: ZxcvbnFactory | undefined;

/**
 * The dictionaries weigh some 35 MiB once loaded and take a twentieth of
 * a second to load: they are loaded at the first password check, not at
 * every start of the service or of a command that checks none.
 */
function loadEstimator(): ZxcvbnFactory {
  const require = createRequire(import.meta.url);
  const core = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
  const common =
    require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
  const english =
    require('@zxcvbn-ts/language-en') as typeof import('@zxcvbn-ts/language-en');
  return new core.ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
}

function strength(password: string, hints: string[]): number {
  estimator ??= loadEstimator();
  return estimator.check(password.slice(0, 100), hints).score;
}

/**
 * Checks a new password; `minLength` counts characters (code points), not
 * bytes, so that a password in any script is measured the same way.
 */
export function checkPassword(input: {
  password: string;
  confirmation?: string | undefined;
  localpart: string;
  host: string;
  minLength: number;
}): PasswordProblem | undefined {
  const { password, confirmation, localpart, host, minLength } = input;
  const length = [...password].length;
  if (length < minLength) return 'too-short';
  if (length > MAX_LENGTH) return 'too-long';
  if (confirmation !== undefined && confirmation !== password)
    return 'mismatch';

  const lowered = password.toLowerCase();
  if (lowered === localpart || lowered === `${localpart}@${host}`) {
    return 'same-as-username';
  }
  if (strength(password, [localpart, host]) < MIN_SCORE) return 'too-weak';
  return undefined;
}
