import { html } from '../html.js';
import { layout } from './layout.js';

export interface InvitePageView {
  siteName: string;
  host: string;
  kind: 'account' | 'group' | 'reset' | 'contact';
  username: string | null;
  expiresAt: Date;
  uri: string | undefined;
}

/** The first invite page: what the invite is for, and its XMPP link. */
export function renderInvitePage(view: InvitePageView): string {
  const expires = view.expiresAt.toUTCString();
  const account = view.username ? `${view.username}@${view.host}` : view.host;
  return layout(
    { title: 'You are invited', siteName: view.siteName },
    html`<h1>You are invited to ${view.siteName}</h1>
<p>This invite lets you create an account on ${account}, a chat service
that works with any XMPP app.</p>
<p>The invite expires on ${expires}.</p>
${view.uri ? html`<p><a href="${view.uri}">Open the invite in your XMPP app</a></p>` : ''}`,
  );
}

export type GoneReason = 'unknown' | 'expired' | 'used-up' | 'revoked';

const GONE_TEXT: Record<GoneReason, { title: string; text: string }> = {
  unknown: {
    title: 'Invite not found',
    text: 'This invite link is not known here. Check that you copied the whole link, or ask the person who invited you for a new one.',
  },
  expired: {
    title: 'Invite expired',
    text: 'This invite has expired. Ask the person who invited you for a new one.',
  },
  'used-up': {
    title: 'Invite already used',
    text: 'This invite has already been used. If that was you, sign in with your app; otherwise ask for a new invite.',
  },
  revoked: {
    title: 'Invite withdrawn',
    text: 'This invite was withdrawn by whoever made it. Ask them for a new one if you still need it.',
  },
};

export function renderGonePage(siteName: string, reason: GoneReason): string {
  const { title, text } = GONE_TEXT[reason];
  return layout({ title, siteName }, html`<h1>${title}</h1><p>${text}</p>`);
}
