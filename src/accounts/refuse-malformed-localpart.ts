import type { AccountFailure } from './account-backend.js';

/**
 * Backends are handed validated localparts; this is a second line of
 * defence for the few mistakes that would act on the wrong account:
 * an empty name (ejabberd 23.01's API creates `@host` for it) or one
 * carrying JID syntax that would point at another user or host.
 */
export function refuseMalformedLocalpart(
  localpart: string,
): AccountFailure | undefined {
  if (localpart.length === 0) {
    return { ok: false, reason: 'not-allowed', detail: 'empty username' };
  }
  if (/[@/\s]/.test(localpart)) {
    return {
      ok: false,
      reason: 'not-allowed',
      detail: 'username holds JID syntax',
    };
  }
  return undefined;
}
