import type { HostConfig } from '../config/config.js';
import { formatDuration } from '../config/duration.js';
import { createInvite } from '../invites/create-invite.js';
import type { Invite, InviteKind } from '../invites/invite.js';
import { inviteUri, landingUrl } from '../invites/invite-links.js';
import { normalizeLocalpart } from '../invites/localpart.js';
import { checkUsername } from '../registration/username-policy.js';
import type { Store } from '../store/store.js';

export interface IssueRequest {
  kind?: InviteKind;
  createdBy: string;
  /** Requested lifetime; the host's default when not given. */
  expiresMs?: number | undefined;
  username?: string | undefined;
  uses?: number | undefined;
  note?: string | undefined;
  /**
   * True for the operator at the command line, whose invites may name a
   * reserved username (to reset `admin`'s password, say).
   */
  fromOperator?: boolean;
  /** The API key that asked, so its last use is recorded with the invite. */
  keyId?: string | undefined;
}

export type IssueResult =
  | { ok: true; invite: Invite; url: string; uri: string | undefined }
  | { ok: false; reason: string };

/**
 * Creates and stores an invite for one host, within that host's limits.
 * Resolves only once the invite is durable.
 */
export async function issueInvite(
  store: Store,
  host: HostConfig,
  request: IssueRequest,
  now: number,
): Promise<IssueResult> {
  const ttlMs = request.expiresMs ?? host.inviteExpiryMs;
  if (ttlMs > host.maxInviteExpiryMs) {
    const limit = formatDuration(host.maxInviteExpiryMs);
    return {
      ok: false,
      reason: `expires may be at most ${limit} on this host`,
    };
  }

  let username: string | undefined;
  if (request.username !== undefined) {
    const checked = checkFixedUsername(host, request);
    if (!checked.ok) return checked;
    username = checked.localpart;
  }
  if (username !== undefined && (request.uses ?? 1) > 1) {
    return { ok: false, reason: 'an invite for one username allows one use' };
  }

  const invite = createInvite(
    {
      host: host.host,
      kind: request.kind ?? 'account',
      createdBy: request.createdBy,
      ttlMs,
      username,
      maxUses: request.uses,
      note: request.note,
    },
    now,
  );
  const options = request.keyId === undefined ? {} : { keyId: request.keyId };
  await store.insertInvite(invite, options);
  return { ok: true, invite, ...linksOf(host, invite) };
}

/**
 * The name an invite is locked to. The reserved names and the pattern
 * bind everyone but the operator at the command line: an API key held by
 * a script must not mint an invite for `admin`, which on Prosody makes
 * whoever registers it an admin.
 */
function checkFixedUsername(
  host: HostConfig,
  request: IssueRequest,
): { ok: true; localpart: string } | { ok: false; reason: string } {
  const name = request.username ?? '';
  if (request.fromOperator) {
    const checked = normalizeLocalpart(name);
    if (checked.ok) return checked;
    return { ok: false, reason: 'username is not a valid XMPP username' };
  }

  const checked = checkUsername(name, host);
  if (checked.ok) return checked;
  if (checked.problem === 'reserved') {
    return { ok: false, reason: 'username is reserved on this host' };
  }
  if (checked.problem === 'pattern') {
    return { ok: false, reason: "username does not match this host's pattern" };
  }
  return { ok: false, reason: 'username is not a valid XMPP username' };
}

export function linksOf(host: HostConfig, invite: Invite) {
  const url = landingUrl(host.landingUrlTemplate, {
    baseUrl: host.baseUrl,
    host: host.host,
    token: invite.token,
  });
  return { url, uri: inviteUri(invite) };
}
