import type { HostConfig } from '../config/config.js';
import { formatDuration } from '../config/duration.js';
import { createInvite } from '../invites/create-invite.js';
import type { Invite, InviteKind } from '../invites/invite.js';
import { inviteUri, landingUrl } from '../invites/invite-links.js';
import { normalizeLocalpart } from '../invites/localpart.js';
import type { Store } from '../store/store.js';

export interface IssueRequest {
  kind?: InviteKind;
  createdBy: string;
  /** Requested lifetime; the host's default when not given. */
  expiresMs?: number | undefined;
  username?: string | undefined;
  uses?: number | undefined;
  note?: string | undefined;
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
    const checked = normalizeLocalpart(request.username);
    if (!checked.ok) {
      return { ok: false, reason: 'username is not a valid XMPP username' };
    }
    username = checked.localpart;
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

export function linksOf(host: HostConfig, invite: Invite) {
  const url = landingUrl(host.landingUrlTemplate, {
    baseUrl: host.baseUrl,
    host: host.host,
    token: invite.token,
  });
  return { url, uri: inviteUri(invite) };
}
