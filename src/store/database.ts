/**
 * The tables as the database holds them. Times are milliseconds since the
 * epoch in 64-bit integers on every dialect; lists are JSON text, so that
 * SQLite and PostgreSQL share one schema.
 */
export interface InvitesTable {
  id: string;
  token: string;
  host: string;
  kind: string;
  username: string | null;
  created_at: number;
  expires_at: number;
  max_uses: number;
  uses: number;
  revoked_at: number | null;
  created_by: string;
  note: string | null;
  roles: string;
  groups: string;
}

export interface InviteUsesTable {
  id: string;
  invite_id: string;
  host: string;
  jid: string;
  action: string;
  at: number;
}

export interface ApiKeysTable {
  id: string;
  host: string;
  name: string;
  secret_hash: string;
  created_at: number;
  last_used_at: number | null;
  expires_at: number | null;
}

export interface Database {
  invites: InvitesTable;
  invite_uses: InviteUsesTable;
  api_keys: ApiKeysTable;
}
