import type { Invite, InviteKind } from './invite.js';
import { generateInviteId, generateToken } from './token.js';

export interface InviteRequest {
  host: string;
  kind: InviteKind;
  createdBy: string;
  /** Lifetime in milliseconds, already checked against the host's limits. */
  ttlMs: number;
  username?: string | null | undefined;
  maxUses?: number | undefined;
  note?: string | null | undefined;
  roles?: string[] | undefined;
  groups?: string[] | undefined;
}

/**
 * Makes a new invite, unused and unrevoked. An account invite that allows
 * more than one use becomes a group invite, so the kind always says how
 * the invite behaves.
 */
export function createInvite(request: InviteRequest, now: number): Invite {
  const maxUses = request.maxUses ?? 1;
  if (!Number.isSafeInteger(maxUses) || maxUses < 1) {
    throw new RangeError(`maxUses must be a positive integer, not ${maxUses}`);
  }
  if (!(request.ttlMs > 0)) {
    throw new RangeError(`ttlMs must be positive, not ${request.ttlMs}`);
  }

  const kind =
    request.kind === 'account' && maxUses > 1 ? 'group' : request.kind;
  return {
    id: generateInviteId(now),
    token: generateToken(),
    host: request.host,
    kind,
    username: request.username ?? null,
    createdAt: now,
    expiresAt: now + request.ttlMs,
    maxUses,
    uses: 0,
    revokedAt: null,
    createdBy: request.createdBy,
    note: request.note ?? null,
    roles: request.roles ?? [],
    groups: request.groups ?? [],
  };
}
