import type { AppEntry } from '../apps/app-entry.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from './page-context.js';

/** An app's sign-in steps, with the person's address filled in. */
export function signInSteps(
  context: PageContext,
  app: AppEntry,
  jid: string,
): SafeHtml {
  const host = context.site.config.host;
  const items = app.setup.map(
    (step) => html`<li>${context.t.text(step, { jid, host })}</li>`,
  );
  return html`<ol class="steps">${items}</ol>`;
}
