import { html, type SafeHtml } from '../html.js';
import { appCard } from './app-card.js';
import {
  type InviteView,
  inviterOf,
  registerPath,
  setupPath,
} from './invite-view.js';
import { pageLayout } from './layout.js';
import { href, type PageContext } from './page-context.js';
import { qrCodeSvg } from './qr-code.js';

/**
 * The landing page: who invites whom to what, XMPP in one sentence, the
 * apps for this device first, every other app one click away, and a QR
 * code to carry the invite from a computer to a phone.
 */
export async function renderInvitePage(
  context: PageContext,
  view: InviteView,
): Promise<string> {
  const { t, site } = context;
  const siteName = site.config.siteName;
  const qr = await qrCodeSvg(view.landingUrl, t.t('invite.qr.label'));

  const body = html`<section class="card hero">
${heading(context, view)}
<p class="lead">${t.t('invite.xmpp', { site: siteName })}</p>
${addressLine(context, view)}
${view.invite.kind === 'group' ? html`<p>${t.t('invite.group')}</p>` : ''}
<p class="muted">${t.t('invite.expires', { date: t.date(view.invite.expiresAt) })}</p>
</section>
${appsSection(context, view)}
${openInApp(context, view)}
${qrSection(context, view, qr)}`;
  return pageLayout(context, {
    title: t.t('invite.title', { site: siteName }),
    body,
  });
}

/**
 * On a computer the code carries the invite to a phone; on a phone it
 * hands it to a second device, and comes last.
 */
function qrSection(
  context: PageContext,
  view: InviteView,
  qr: SafeHtml,
): SafeHtml {
  const { t } = context;
  const onPhone = view.platform === 'android' || view.platform === 'ios';
  return html`<section class="card">
<h2>${t.t(onPhone ? 'invite.qr.heading.phone' : 'invite.qr.heading')}</h2>
<div class="qr">
<div class="qr-code" id="qr">${qr}</div>
<p class="qr-text">${t.t(onPhone ? 'invite.qr.text.phone' : 'invite.qr.text')}</p>
</div>
</section>`;
}

function heading(context: PageContext, view: InviteView): SafeHtml {
  const { t } = context;
  const site = context.site.config.siteName;
  const found = inviterOf(view.invite);
  const inviter = found ? html`<bdi>${found}</bdi>` : undefined;
  // TODO: a contact invite should also make the inviter and the new
  // account contacts of each other (XEP-0401's roster step). Nothing does
  // that yet, so its page names the inviter like any other invite's and
  // promises no contact; once the roster step exists, say so here.
  if (inviter) {
    return html`<h1>${t.tHtml('invite.heading.inviter', { inviter, site })}</h1>`;
  }
  return html`<h1>${t.t('invite.heading', { site })}</h1>`;
}

function addressLine(context: PageContext, view: InviteView): SafeHtml {
  const { t } = context;
  const { invite } = view;
  if (invite.kind !== 'contact' && invite.username) {
    const jid = html`<span class="jid">${invite.username}@${invite.host}</span>`;
    return html`<p>${t.tHtml('invite.address.locked', { jid })}</p>`;
  }
  const example = t.t('address.example', { host: invite.host });
  return html`<p>${t.tHtml('invite.address.free', {
    example: html`<span class="jid">${example}</span>`,
  })}</p>`;
}

function appsSection(context: PageContext, view: InviteView): SafeHtml {
  const { t, site } = context;
  const { recommended, others } = site.apps.forPlatform(view.platform);
  const card = (first: boolean) => (app: (typeof others)[number]) =>
    appCard(context, app, {
      setupHref: href(context, setupPath(view, app.id)),
      recommended: first,
    });

  const mine = recommended.map((app, i) => card(i === 0)(app));
  const rest = others.map(card(false));
  const intro =
    recommended.length > 0
      ? html`<h3>${t.t('invite.apps.for', { platform: t.t(`platform.${view.platform as 'android'}`) })}</h3>
<ul class="apps" id="apps-mine">${mine}</ul>
${
  rest.length > 0
    ? html`<details class="more" id="apps-all">
<summary>${t.t('invite.apps.all')}</summary>
<h3>${t.t('invite.apps.others')}</h3>
<ul class="apps" id="apps-others">${rest}</ul>
</details>`
    : ''
}`
      : html`<p>${t.t('invite.apps.unknown')}</p>
<ul class="apps" id="apps-others">${rest}</ul>`;

  const register = href(context, registerPath(view.invite.token));
  return html`<section class="card" aria-labelledby="apps-heading">
<h2 id="apps-heading">${t.t('invite.apps.heading')}</h2>
${intro}
<p class="direct"><a href="${register}">${t.t('invite.register.direct')}</a></p>
</section>`;
}

/**
 * The XEP-0401 button, only where it can work: an app handed the URI
 * registers over XMPP, which needs a backend that honours the token there.
 */
function openInApp(context: PageContext, view: InviteView): SafeHtml {
  const { t } = context;
  if (!view.uri || !view.inBand) return html``;
  return html`<section class="card">
<h2>${t.t('invite.open.heading')}</h2>
<p>${t.t('invite.open.text')}</p>
<p><a class="button" href="${view.uri}" id="open-in-app">${t.t('invite.open.button')}</a></p>
</section>`;
}
