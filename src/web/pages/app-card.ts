import type { AppEntry, Platform } from '../apps/app-entry.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from './page-context.js';

/**
 * One app in the list: its logo when the operator gave one, else its
 * initial on a neutral tile (built-in entries ship no logos: theirs are
 * under their projects' licences, and hot-linking would call other hosts).
 */
export function appCard(
  context: PageContext,
  app: AppEntry,
  options: { setupHref: string; recommended: boolean },
): SafeHtml {
  const { t } = context;
  const platforms = t.list(
    app.platforms.map((p: Platform) => t.t(`platform.${p}`)),
  );
  const description = t.text({
    text: app.description,
    key: app.descriptionKey,
  });
  return html`<li class="app${options.recommended ? ' first' : ''}">
<div class="app-head">${appIcon(app)}<h3>${app.name}${options.recommended ? html` <span class="badge">${t.t('app.recommended')}</span>` : ''}</h3></div>
<p class="app-desc">${description}</p>
<p class="app-platforms">${t.t('app.runs-on', { platforms })}</p>
<a class="button${options.recommended ? '' : ' secondary'}" href="${options.setupHref}" data-app="${app.id}">${t.t('app.use', { app: app.name })}</a>
</li>`;
}

export function appIcon(app: AppEntry): SafeHtml {
  if (app.logo) {
    return html`<img class="app-icon" src="${app.logo}" alt="" width="48" height="48">`;
  }
  const initial = [...app.name][0]?.toUpperCase() ?? '?';
  return html`<span class="app-icon" aria-hidden="true">${initial}</span>`;
}
