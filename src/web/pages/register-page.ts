import type { AppEntry } from '../apps/app-entry.js';
import { html, type SafeHtml } from '../html.js';
import {
  errorSummary,
  hiddenFields,
  newPasswordFields,
} from './form-fields.js';
import type { FormErrors } from './form-problems.js';
import { pageLayout } from './layout.js';
import { href, type PageContext } from './page-context.js';

export interface RegisterFormView {
  token: string;
  app: AppEntry | undefined;
  /** The only username this invite may create, shown but not editable. */
  lockedUsername: string | null;
  /** What the person typed before, kept across a refusal. */
  username: string;
  csrf: string;
  errors: FormErrors;
}

/** The registration form: username, password twice, the invite hidden. */
export function renderRegisterPage(
  context: PageContext,
  view: RegisterFormView,
): string {
  const { t, site } = context;
  const title = t.t('register.title');
  const body = html`<section class="card hero">
<h1>${title}</h1>
<p class="lead">${t.t('register.lead', { site: site.config.siteName })}</p>
${errorSummary(context, view.errors)}
<form method="post" action="${href(context, '/register')}" novalidate>
${hiddenFields({ token: view.token, app_id: view.app?.id, csrf: view.csrf })}
${usernameField(context, view)}
${newPasswordFields(context, view.errors, t.t('register.password'))}
<button type="submit" class="wide">${t.t('register.submit')}</button>
</form>
${view.app ? html`<p class="muted">${t.t('register.next-app', { app: view.app.name })}</p>` : ''}
</section>`;
  return pageLayout(context, { title, body });
}

function usernameField(context: PageContext, view: RegisterFormView): SafeHtml {
  const { t, site } = context;
  const error = view.errors.username;
  const locked = view.lockedUsername !== null;
  const hintText = locked
    ? t.t('register.username.locked')
    : t.t('register.username.hint', { host: site.config.host });
  const described = `username-hint${error ? ' username-error' : ''}`;
  const value = locked ? view.lockedUsername : view.username;
  return html`<div class="field">
<label for="username">${t.t('register.username')}</label>
<div class="with-domain">
<input type="text" id="username" name="username" value="${value}" dir="auto" autocomplete="username" autocapitalize="none" autocorrect="off" spellcheck="false" required maxlength="1023" aria-describedby="${described}"${locked ? html` readonly` : ''}${error ? html` aria-invalid="true"` : ''}>
<span class="domain" aria-hidden="true">@${site.config.host}</span>
</div>
<span class="hint" id="username-hint">${hintText}</span>
${error ? html`<span class="field-error" id="username-error">${error}</span>` : ''}
</div>`;
}
