/**
 * The kinds of invite (see DESIGN.md):
 * - `account`: registers one new account, perhaps with a fixed username;
 * - `group`: registers up to `maxUses` accounts;
 * - `reset`: sets a new password for one existing account;
 * - `contact`: makes the invitee a contact of the inviter.
 */
export type InviteKind = 'account' | 'group' | 'reset' | 'contact';

export interface Invite {
  /** Public, short identifier for operators: list, show, revoke. */
  id: string;
  /** The secret in the link. Whoever holds it may use the invite. */
  token: string;
  host: string;
  kind: InviteKind;
  /**
   * For account invites, the only localpart it may create; for reset
   * invites, the account whose password it sets; for contact invites, the
   * inviter. Null when any username may be chosen.
   */
  username: string | null;
  /** Milliseconds since the epoch, like every time here. */
  createdAt: number;
  expiresAt: number;
  maxUses: number;
  uses: number;
  revokedAt: number | null;
  /** `cli`, `api/token/ID`, or an admin's JID. */
  createdBy: string;
  note: string | null;
  roles: string[];
  groups: string[];
}

export type InviteStatus = 'valid' | 'expired' | 'used-up' | 'revoked';

/** Why an invite cannot be used now; revocation wins over the rest. */
export function inviteStatus(invite: Invite, now: number): InviteStatus {
  if (invite.revokedAt !== null) return 'revoked';
  if (invite.uses >= invite.maxUses) return 'used-up';
  if (isExpired(invite, now)) return 'expired';
  return 'valid';
}

export function isExpired(invite: Invite, now: number): boolean {
  return invite.expiresAt <= now;
}

/** A record of one use: which account an invite created or reset. */
export interface InviteUse {
  id: string;
  inviteId: string;
  host: string;
  jid: string;
  action: 'created' | 'reset';
  at: number;
  /**
   * `claimed` while the account backend is being asked, and forever if
   * its answer could not be recorded; `done` once it said yes.
   */
  state: 'claimed' | 'done';
}
