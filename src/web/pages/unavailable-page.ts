import { html } from '../html.js';
import { pageLayout } from './layout.js';
import type { PageContext } from './page-context.js';

/** The account server did not answer: nothing changed, try again soon. */
export function renderUnavailablePage(
  context: PageContext,
  formHref: string,
): string {
  const { t } = context;
  const title = t.t('unavailable.title');
  const body = html`<section class="card hero" id="unavailable">
<h1>${title}</h1>
<p class="lead">${t.t('unavailable.text')}</p>
<p><a class="button" href="${formHref}">${t.t('unavailable.back')}</a></p>
</section>`;
  return pageLayout(context, { title, body });
}
