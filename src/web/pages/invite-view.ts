import type { Invite } from '../../invites/invite.js';
import type { Platform } from '../apps/app-entry.js';

/** An invite as the pages show it. */
export interface InviteView {
  invite: Invite;
  /** The landing page URL, as printed by the CLI and the API. */
  landingUrl: string;
  /** The XEP-0401 URI; none for reset invites. */
  uri: string | undefined;
  platform: Platform | 'unknown';
  /**
   * Whether the host's backend lets an app register with the invite itself
   * (XEP-0401 preauth over in-band registration). Without it, every path
   * goes through the web form.
   */
  inBand: boolean;
}

const BARE_JID = /^[^@/\s]+@[^@/\s]+$/;

/**
 * Who to name as the inviter: the user a contact invite is from, else the
 * admin whose JID made it. Scripts and the command line stay unnamed.
 */
export function inviterOf(invite: Invite): string | undefined {
  if (invite.kind === 'contact' && invite.username) {
    return `${invite.username}@${invite.host}`;
  }
  return BARE_JID.test(invite.createdBy) ? invite.createdBy : undefined;
}

/** Path of the setup page of one app for this invite. */
export function setupPath(view: InviteView, appId: string): string {
  return `/invite/${encodeURIComponent(appId)}?${encodeURIComponent(view.invite.token)}`;
}

/** Path of the registration form, with the chosen app if any. */
export function registerPath(token: string, appId?: string): string {
  const app = appId ? `&c=${encodeURIComponent(appId)}` : '';
  return `/register?t=${encodeURIComponent(token)}${app}`;
}

/** Path of the password-reset form of a reset invite. */
export function resetPath(token: string): string {
  return `/reset?t=${encodeURIComponent(token)}`;
}

export function invitePath(token: string): string {
  return `/invite?${encodeURIComponent(token)}`;
}
