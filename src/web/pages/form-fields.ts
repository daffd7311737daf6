import { html, type SafeHtml } from '../html.js';
import type { FormErrors, FormField } from './form-problems.js';
import type { PageContext } from './page-context.js';

/** The error summary at the top of a form, linking to each field. */
export function errorSummary(
  context: PageContext,
  errors: FormErrors,
): SafeHtml {
  const entries = Object.entries(errors) as Array<[FormField, string]>;
  if (entries.length === 0) return html``;
  const items = entries.map(([field, message]) =>
    field === 'form'
      ? html`<li>${message}</li>`
      : html`<li><a href="#${field}">${message}</a></li>`,
  );
  return html`<div class="error-summary" role="alert" id="errors">
<h2>${context.t.t('form.errors.heading')}</h2>
<ul>${items}</ul>
</div>`;
}

export interface PasswordFieldOptions {
  id: 'password' | 'confirmation';
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  minLength?: number;
}

/** A new-password field: never pre-filled, whatever happened before. */
export function passwordField(options: PasswordFieldOptions): SafeHtml {
  const { id, label, hint, error } = options;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field">
<label for="${id}">${label}</label>
<input type="password" id="${id}" name="${id}" autocomplete="new-password" required${options.minLength ? html` minlength="${options.minLength}"` : ''}${described ? html` aria-describedby="${described}"` : ''}${error ? html` aria-invalid="true"` : ''}>
${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : ''}
${error ? html`<span class="field-error" id="${id}-error">${error}</span>` : ''}
</div>`;
}

/** The hidden fields every form carries: the invite and the CSRF proof. */
export function hiddenFields(fields: Record<string, string | undefined>) {
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(
      ([name, value]) =>
        html`<input type="hidden" name="${name}" value="${value}">`,
    );
}

/**
 * The new password and its confirmation, as the registration and reset
 * forms both ask for them; only the first field's label differs.
 */
export function newPasswordFields(
  context: PageContext,
  errors: FormErrors,
  label: string,
): SafeHtml {
  const { t, site } = context;
  const min = site.config.passwordMinLength;
  return html`${passwordField({
    id: 'password',
    label,
    hint: t.t('register.password.hint', { min }),
    error: errors.password,
    minLength: min,
  })}
${passwordField({
  id: 'confirmation',
  label: t.t('register.confirmation'),
  error: errors.confirmation,
})}`;
}
