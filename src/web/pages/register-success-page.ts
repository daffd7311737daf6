import type { AppEntry, Platform } from '../apps/app-entry.js';
import {
  DOWNLOAD_LABELS,
  downloadsFor,
  loginLinkFor,
} from '../apps/app-links.js';
import { html, type SafeHtml } from '../html.js';
import { appIcon } from './app-card.js';
import { pageLayout } from './layout.js';
import type { PageContext } from './page-context.js';
import { signInSteps } from './steps.js';

export interface RegisterSuccessView {
  jid: string;
  /** The app chosen on the invite page, if any. */
  app: AppEntry | undefined;
  platform: Platform | 'unknown';
}

/**
 * The account exists: its address, and how to sign in with the chosen app.
 * The invite may be used up now, so this page carries everything needed
 * to go on, the app downloads included. It never shows the password.
 */
export function renderRegisterSuccessPage(
  context: PageContext,
  view: RegisterSuccessView,
): string {
  const { t, site } = context;
  const title = t.t('success.title', { site: site.config.siteName });
  const body = html`<section class="card hero" id="success">
<h1>${title}</h1>
<p>${t.t('success.ready')}</p>
<output class="big-jid jid" id="jid" dir="ltr">${view.jid}</output>
<p>${t.t('success.share')}</p>
<p class="muted">${t.t('success.password')}</p>
</section>
${view.app ? appSignIn(context, view, view.app) : noApp(context, view)}`;
  return pageLayout(context, { title, body });
}

function appSignIn(
  context: PageContext,
  view: RegisterSuccessView,
  app: AppEntry,
): SafeHtml {
  const { t } = context;
  const login = loginLinkFor(app, view.jid);
  return html`<section class="card" id="next-steps" data-app="${app.id}">
<div class="app-title">${appIcon(app)}<h2>${t.t('setup.signin.heading', { app: app.name })}</h2></div>
${signInSteps(context, app, view.jid)}
${login ? html`<p><a class="button" href="${login}" id="login-link">${t.t('success.login.button', { app: app.name })}</a></p>` : ''}
${downloadButtons(context, view, app)}
</section>`;
}

function noApp(context: PageContext, view: RegisterSuccessView): SafeHtml {
  const { t, site } = context;
  const { recommended } = site.apps.forPlatform(view.platform);
  const suggestions = recommended
    .slice(0, 3)
    .map((app) => suggestion(context, view, app));
  return html`<section class="card" id="next-steps">
<h2>${t.t('success.signin.heading')}</h2>
<p>${t.tHtml('success.signin.generic', { jid: html`<span class="jid">${view.jid}</span>` })}</p>
${suggestions.length > 0 ? html`<h3>${t.t('success.noapp.heading')}</h3><ul class="apps">${suggestions}</ul>` : ''}
</section>`;
}

function suggestion(
  context: PageContext,
  view: RegisterSuccessView,
  app: AppEntry,
): SafeHtml {
  const description = context.t.text({
    text: app.description,
    key: app.descriptionKey,
  });
  return html`<li class="app">
<div class="app-head">${appIcon(app)}<h3>${app.name}</h3></div>
<p class="app-desc">${description}</p>
${downloadButtons(context, view, app)}</li>`;
}

function downloadButtons(
  context: PageContext,
  view: RegisterSuccessView,
  app: AppEntry,
): SafeHtml {
  const buttons = downloadsFor(app, view.platform).map(
    (d) =>
      html`<a class="button secondary" href="${d.url}">${d.label ?? context.t.text(DOWNLOAD_LABELS[d.kind])}</a>`,
  );
  return html`<div class="buttons">${buttons}</div>`;
}
