import type { Invite } from './invite.js';

/**
 * The invite as an XMPP URI, per XEP-0401 (https://xmpp.org/extensions/xep-0401.html):
 * `xmpp:HOST?register;preauth=TOKEN`, with the localpart when the invite
 * only allows one username, and `?roster;preauth=TOKEN;ibr=y` for contact
 * invites. Reset invites have no URI: no client can redeem them in-app.
 */
export function inviteUri(invite: Invite): string | undefined {
  const token = encodeURIComponent(invite.token);
  const jid = invite.username
    ? `${encodeURIComponent(invite.username)}@${invite.host}`
    : invite.host;

  switch (invite.kind) {
    case 'account':
    case 'group':
      return `xmpp:${jid}?register;preauth=${token}`;
    case 'contact':
      return `xmpp:${jid}?roster;preauth=${token};ibr=y`;
    case 'reset':
      return undefined;
  }
}

export interface LandingUrlParts {
  baseUrl: string;
  host: string;
  token: string;
}

/**
 * Fills a host's landing page template, by default
 * `{base_url}/invite?{token}`, the shape Prosody's invite pages use.
 */
export function landingUrl(template: string, parts: LandingUrlParts): string {
  return template
    .replaceAll('{base_url}', parts.baseUrl)
    .replaceAll('{host}', parts.host)
    .replaceAll('{token}', encodeURIComponent(parts.token));
}
