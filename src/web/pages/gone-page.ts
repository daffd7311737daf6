import { html } from '../html.js';
import { pageLayout } from './layout.js';
import type { PageContext } from './page-context.js';

/** Why an invite link leads nowhere; each has its own page. */
export type GoneReason = 'unknown' | 'expired' | 'used-up' | 'revoked';

/** HTTP status per reason: unknown links are 404, dead invites 410. */
export const GONE_STATUS: Readonly<Record<GoneReason, 404 | 410>> = {
  unknown: 404,
  expired: 410,
  'used-up': 410,
  revoked: 410,
};

/** Says what happened to the invite and what to do now. */
export function renderGonePage(
  context: PageContext,
  reason: GoneReason,
): string {
  const { t } = context;
  const title = t.t(`gone.${reason}.title`);
  const body = html`<section class="card hero" id="gone" data-reason="${reason}">
<h1>${title}</h1>
<p class="lead">${t.t(`gone.${reason}.text`)}</p>
</section>`;
  return pageLayout(context, { title, body });
}

/** An app id in a setup URL that this host does not offer. */
export function renderUnknownAppPage(
  context: PageContext,
  backHref: string,
): string {
  const { t } = context;
  const title = t.t('gone.app.title');
  const body = html`<section class="card hero">
<h1>${title}</h1>
<p>${t.t('gone.app.text')}</p>
<p><a class="button" href="${backHref}">${t.t('gone.back')}</a></p>
</section>`;
  return pageLayout(context, { title, body });
}
