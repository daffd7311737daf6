import { html } from '../html.js';
import {
  errorSummary,
  hiddenFields,
  newPasswordFields,
} from './form-fields.js';
import type { FormErrors } from './form-problems.js';
import { pageLayout } from './layout.js';
import { href, type PageContext } from './page-context.js';

export interface ResetFormView {
  token: string;
  jid: string;
  csrf: string;
  errors: FormErrors;
}

/** The form of a password-reset invite: the new password, twice. */
export function renderResetPage(
  context: PageContext,
  view: ResetFormView,
): string {
  const { t } = context;
  const title = t.t('reset.title');
  const jid = html`<span class="jid">${view.jid}</span>`;
  const body = html`<section class="card hero">
<h1>${title}</h1>
<p class="lead">${t.tHtml('reset.lead', { jid })}</p>
${errorSummary(context, view.errors)}
<form method="post" action="${href(context, '/reset')}" novalidate>
${hiddenFields({ token: view.token, csrf: view.csrf })}
<input type="text" name="username" value="${view.jid}" autocomplete="username" hidden readonly>
${newPasswordFields(context, view.errors, t.t('reset.password'))}
<button type="submit" class="wide">${t.t('reset.submit')}</button>
</form>
</section>`;
  return pageLayout(context, { title, body });
}

export function renderResetSuccessPage(
  context: PageContext,
  jidText: string,
): string {
  const { t } = context;
  const title = t.t('reset.success.title');
  const jid = html`<span class="jid">${jidText}</span>`;
  const body = html`<section class="card hero" id="success">
<h1>${title}</h1>
<p class="lead">${t.tHtml('reset.success.text', { jid })}</p>
</section>`;
  return pageLayout(context, { title, body });
}
