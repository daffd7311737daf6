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
  /** `claimed` until the account backend's yes is recorded, then `done`. */
  state: string;
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

/** One account of the `local` backend; see src/accounts/local. */
export interface LocalAccountsTable {
  host: string;
  localpart: string;
  /** An Argon2id hash in PHC string form (`$argon2id$v=19$...`). */
  password_hash: string;
  created_at: number;
  updated_at: number;
}

/** A rate limit's state: see src/rate-limit/rate-limit.ts. */
export interface RateLimitsTable {
  /** A hash of the limit's name, host and subject (address or key id). */
  key: string;
  /** GCRA's theoretical arrival time; a time in the past means unused. */
  tat: number;
}

/** When a periodic job (the purge) is next due, across all instances. */
export interface ScheduledJobsTable {
  name: string;
  next_run_at: number;
}

export interface Database {
  invites: InvitesTable;
  invite_uses: InviteUsesTable;
  api_keys: ApiKeysTable;
  local_accounts: LocalAccountsTable;
  rate_limits: RateLimitsTable;
  scheduled_jobs: ScheduledJobsTable;
}
