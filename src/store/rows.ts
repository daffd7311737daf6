import type { Invite, InviteKind, InviteUse } from '../invites/invite.js';
import type {
  ApiKeysTable,
  InvitesTable,
  InviteUsesTable,
} from './database.js';
import type { ApiKeyRecord, ClaimedUse } from './store.js';

// Rows become our types here and nowhere else. PostgreSQL hands 64-bit
// integers over as strings, hence Number() on every time.

export function inviteFromRow(row: InvitesTable): Invite {
  return {
    id: row.id,
    token: row.token,
    host: row.host,
    kind: row.kind as InviteKind,
    username: row.username,
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
    maxUses: Number(row.max_uses),
    uses: Number(row.uses),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
    createdBy: row.created_by,
    note: row.note,
    roles: JSON.parse(row.roles) as string[],
    groups: JSON.parse(row.groups) as string[],
  };
}

export function inviteToRow(invite: Invite): InvitesTable {
  return {
    id: invite.id,
    token: invite.token,
    host: invite.host,
    kind: invite.kind,
    username: invite.username,
    created_at: invite.createdAt,
    expires_at: invite.expiresAt,
    max_uses: invite.maxUses,
    uses: invite.uses,
    revoked_at: invite.revokedAt,
    created_by: invite.createdBy,
    note: invite.note,
    roles: JSON.stringify(invite.roles),
    groups: JSON.stringify(invite.groups),
  };
}

export function useFromRow(row: InviteUsesTable): InviteUse {
  return {
    id: row.id,
    inviteId: row.invite_id,
    host: row.host,
    jid: row.jid,
    action: row.action as InviteUse['action'],
    at: Number(row.at),
    state: row.state as InviteUse['state'],
  };
}

/** The row of a use claimed now on an invite row. */
export function useToRow(
  use: ClaimedUse,
  invite: Pick<InvitesTable, 'id' | 'host'>,
  at: number,
): Omit<InviteUsesTable, 'state'> {
  return {
    id: use.id,
    invite_id: invite.id,
    host: invite.host,
    jid: use.jid,
    action: use.action,
    at,
  };
}

export function apiKeyFromRow(row: ApiKeysTable): ApiKeyRecord {
  return {
    id: row.id,
    host: row.host,
    name: row.name,
    secretHash: row.secret_hash,
    createdAt: Number(row.created_at),
    lastUsedAt: row.last_used_at === null ? null : Number(row.last_used_at),
    expiresAt: row.expires_at === null ? null : Number(row.expires_at),
  };
}

export function apiKeyToRow(key: ApiKeyRecord): ApiKeysTable {
  return {
    id: key.id,
    host: key.host,
    name: key.name,
    secret_hash: key.secretHash,
    created_at: key.createdAt,
    last_used_at: key.lastUsedAt,
    expires_at: key.expiresAt,
  };
}
