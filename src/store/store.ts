import type { Invite, InviteStatus, InviteUse } from '../invites/invite.js';

export interface ApiKeyRecord {
  id: string;
  host: string;
  name: string;
  secretHash: string;
  createdAt: number;
  lastUsedAt: number | null;
  expiresAt: number | null;
}

/** The record of a use, written with its claim. */
export type ClaimedUse = Pick<InviteUse, 'id' | 'jid' | 'action'>;

/** Claiming one use of an invite either takes it or says why not. */
export type ClaimResult =
  | { ok: true; invite: Invite }
  | { ok: false; reason: 'unknown' | Exclude<InviteStatus, 'valid'> };

/** One step of a shared rate limit; see src/rate-limit/rate-limit.ts. */
export interface RateStep {
  allowed: boolean;
  /** The key's theoretical arrival time after the step. */
  tat: number;
}

export interface MigrationReport {
  applied: string[];
}

/**
 * Everything the service keeps. Every method that writes resolves only
 * once the write is committed and on disk: a caller told "done" can
 * report success to its own caller.
 */
export interface Store {
  migrate(): Promise<MigrationReport>;

  insertApiKey(key: ApiKeyRecord): Promise<void>;
  findApiKey(id: string): Promise<ApiKeyRecord | undefined>;
  listApiKeys(host: string): Promise<ApiKeyRecord[]>;
  /** Resolves false when the host has no key with that id. */
  deleteApiKey(host: string, id: string): Promise<boolean>;

  /**
   * Stores a new invite. With `keyId`, the key's last use is set to the
   * invite's creation time in the same transaction.
   */
  insertInvite(invite: Invite, options?: { keyId?: string }): Promise<void>;
  findInviteByToken(token: string): Promise<Invite | undefined>;
  findInvite(host: string, id: string): Promise<Invite | undefined>;
  listInvites(host: string): Promise<Invite[]>;
  revokeInvite(host: string, id: string, at: number): Promise<boolean>;

  /**
   * Takes one use of a valid invite, atomically: of any number of callers
   * racing for the last use, exactly one gets it. With `use`, its record
   * is written in the same transaction, in state `claimed`.
   */
  claimInvite(
    token: string,
    now: number,
    use?: ClaimedUse,
  ): Promise<ClaimResult>;
  /**
   * Gives back a use taken by `claimInvite` when the account failed, and
   * deletes its record, in one transaction.
   */
  releaseClaim(inviteId: string, useId?: string): Promise<void>;
  /** Marks a claimed use `done`: the backend made the account. */
  confirmUse(useId: string): Promise<void>;
  listUses(inviteId: string): Promise<InviteUse[]>;

  /**
   * One request against a rate limit kept in the database, so that every
   * instance on it counts together: GCRA's step, atomically.
   */
  takeRateToken(
    key: string,
    now: number,
    intervalMs: number,
    burstMs: number,
  ): Promise<RateStep>;

  /**
   * Deletes invites that can no longer be used and finished before
   * `cutoff` (expired, revoked, or used up with no later use), and the
   * rate limit state that has run out by `now`. Use records stay.
   */
  purge(cutoff: number, now: number): Promise<{ invites: number }>;
  /**
   * Whether this caller runs the named periodic job now: true for one
   * caller, across every instance on the database, which holds the job
   * for `leaseMs`. Should that caller fail, the job is due again then.
   */
  claimJob(name: string, now: number, leaseMs: number): Promise<boolean>;
  /** Sets when a job is next due, after a run of it has finished. */
  scheduleJob(name: string, nextRunAt: number): Promise<void>;

  /** Whether the database answers now. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
