import type { AppEntry } from '../apps/app-entry.js';
import { DOWNLOAD_LABELS, downloadsFor } from '../apps/app-links.js';
import { html, type SafeHtml } from '../html.js';
import { appIcon } from './app-card.js';
import { type InviteView, invitePath, registerPath } from './invite-view.js';
import { pageLayout } from './layout.js';
import { href, type PageContext } from './page-context.js';
import { signInSteps } from './steps.js';

/**
 * How to get one app and what to do next. An app that registers from the
 * invite URI gets that step when the backend can honour it; otherwise the
 * person creates the account on the web form, then signs in to the app.
 */
export function renderAppSetupPage(
  context: PageContext,
  view: InviteView,
  app: AppEntry,
): string {
  const { t } = context;
  const inApp = app.supportsPreauth && view.inBand && view.uri !== undefined;
  const title = t.t('setup.title', { app: app.name });

  const nextSteps = inApp
    ? openStep(context, view, app)
    : html`${registerStep(context, view, app)}${signInStep(context, view, app)}`;
  const body = html`<section class="card hero">
<div class="app-title">${appIcon(app)}<h1>${title}</h1></div>
<p>${t.text({ text: app.description, key: app.descriptionKey })}</p>
<p><a href="${href(context, invitePath(view.invite.token))}">${t.t('setup.back')}</a></p>
</section>
${getStep(context, view, app, inApp)}
${nextSteps}`;
  return pageLayout(context, { title, body, script: view.platform === 'ios' });
}

function getStep(
  context: PageContext,
  view: InviteView,
  app: AppEntry,
  inApp: boolean,
): SafeHtml {
  const { t } = context;
  // The store link carries the invite only where the app can then use it.
  const downloads = downloadsFor(
    app,
    view.platform,
    inApp ? view.uri : undefined,
  );
  const magic =
    inApp &&
    app.magicLink !== undefined &&
    downloads.some((d) => d.kind === 'google-play');
  const buttons = downloads.map(
    (d, i) =>
      html`<a class="button${i === 0 ? '' : ' secondary'}" href="${d.url}" data-download="${d.kind}">${d.label ?? t.text(DOWNLOAD_LABELS[d.kind])}</a>`,
  );
  return html`<section class="card step-card" id="step-get">
<h2 data-step="1">${t.t('setup.get.heading', { app: app.name })}</h2>
${magic ? html`<p>${t.t('setup.get.magic', { app: app.name })}</p>` : ''}
<div class="buttons">${buttons}</div>
${view.platform === 'ios' ? iosReturn(context, view, app) : ''}
<p class="muted"><a href="${app.homepage}">${t.t('app.homepage', { app: app.name })}</a></p>
</section>`;
}

/**
 * COMPAT: iOS installs from the App Store lose the link that led there, so
 * the person must come back; copying the link makes that easy.
 */
function iosReturn(context: PageContext, view: InviteView, app: AppEntry) {
  const { t } = context;
  return html`<p class="note">${t.t('setup.ios.return', { app: app.name })}</p>
<div class="field">
<label for="invite-link">${t.t('setup.copy.label')}</label>
<div class="copy-row">
<input type="text" id="invite-link" value="${view.landingUrl}" readonly data-select aria-describedby="invite-link-hint">
<button type="button" data-copy="invite-link" data-done="${t.t('setup.copy.done')}" hidden>${t.t('setup.copy.button')}</button>
</div>
<span class="hint" id="invite-link-hint">${t.t('setup.copy.hint')}</span>
</div>`;
}

function openStep(context: PageContext, view: InviteView, app: AppEntry) {
  const { t } = context;
  const register = href(context, registerPath(view.invite.token, app.id));
  return html`<section class="card step-card" id="step-open">
<h2 data-step="2">${t.t('setup.inapp.heading', { app: app.name })}</h2>
<p>${t.t('setup.inapp.text', { app: app.name })}</p>
<p><a class="button" href="${view.uri}" id="open-in-app">${t.t('setup.inapp.button', { app: app.name })}</a></p>
<p class="muted"><a href="${register}">${t.t('setup.inapp.fallback')}</a></p>
</section>`;
}

function registerStep(context: PageContext, view: InviteView, app: AppEntry) {
  const { t } = context;
  const register = href(context, registerPath(view.invite.token, app.id));
  return html`<section class="card step-card" id="step-register">
<h2 data-step="2">${t.t('setup.register.heading')}</h2>
<p>${t.t('setup.register.text')}</p>
<p><a class="button" href="${register}" id="register-link">${t.t('setup.register.button')}</a></p>
</section>`;
}

function signInStep(context: PageContext, view: InviteView, app: AppEntry) {
  const { t } = context;
  const { invite } = view;
  const jid =
    invite.username && invite.kind !== 'contact'
      ? `${invite.username}@${invite.host}`
      : t.t('address.example', { host: invite.host });
  return html`<section class="card step-card" id="step-signin">
<h2 data-step="3">${t.t('setup.signin.heading', { app: app.name })}</h2>
<p>${t.t('setup.signin.intro')}</p>
${signInSteps(context, app, jid)}
</section>`;
}
