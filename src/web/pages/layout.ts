import { html, type SafeHtml } from '../html.js';
import { LOCALES } from '../i18n/locales.js';
import { SCRIPT_ASSET, STYLE_ASSET } from '../site/web-site.js';
import { href, hrefInLanguage, type PageContext } from './page-context.js';

export interface LayoutOptions {
  title: string;
  body: SafeHtml;
  /** Load `/static/invite.js`; only pages with something to enhance do. */
  script?: boolean;
}

/**
 * The frame around every page: the host's name and logo, the language
 * picker, the content. No inline script or style, by policy: colours come
 * from the host's brand stylesheet, behaviour from `/static/invite.js`.
 */
export function pageLayout(
  context: PageContext,
  options: LayoutOptions,
): string {
  const { t, site } = context;
  const siteName = site.config.siteName;
  const { logoUrl, stylesheetUrl } = site.config.branding;
  const hostName = encodeURIComponent(site.config.host);

  return html`<!doctype html>
<html lang="${t.locale}" dir="${t.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${options.title} · ${siteName}</title>
<link rel="stylesheet" href="${href(context, `/static/style.css?v=${STYLE_ASSET.version}`)}">
<link rel="stylesheet" href="${href(context, `/static/brand/${hostName}.css?v=${site.brand.version}`)}">
${stylesheetUrl ? html`<link rel="stylesheet" href="${stylesheetUrl}">` : ''}
${options.script ? html`<script src="${href(context, `/static/invite.js?v=${SCRIPT_ASSET.version}`)}" defer></script>` : ''}
</head>
<body>
<header class="site-header">
<div class="site-header-inner">
<span class="site-name">${logoUrl ? html`<img class="site-logo" src="${logoUrl}" alt="">` : ''}${siteName}</span>
${languagePicker(context)}
</div>
</header>
<main id="main">
${options.body}
</main>
<footer class="site-footer">
<p>${t.t('layout.footer', { site: siteName })}</p>
</footer>
</body>
</html>
`.toString();
}

function languagePicker(context: PageContext): SafeHtml {
  const { t } = context;
  const current = LOCALES.find((l) => l.code === t.locale);
  const items = LOCALES.map(
    (locale) =>
      html`<li><a href="${hrefInLanguage(context, locale.code)}" lang="${locale.code}" dir="${locale.dir}" hreflang="${locale.code}"${locale.code === t.locale ? html` aria-current="true"` : ''}>${locale.name}</a></li>`,
  );
  return html`<details class="language">
<summary><span class="visually-hidden">${t.t('layout.language')}: </span>${current?.name ?? t.locale}</summary>
<ul>${items}</ul>
</details>`;
}

/**
 * A plain frame for pages made outside the page routes, such as the error
 * hook's: the built-in look, English, no picker. `root` is the path of
 * the site's `base_url` (see `WebSite.root`): behind a proxy that serves
 * the service under `/join/`, the stylesheet is only found through it.
 */
export function layout(
  options: { title: string; siteName: string; root: string },
  body: SafeHtml,
): string {
  return html`<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title} · ${options.siteName}</title>
<link rel="stylesheet" href="${options.root}/static/style.css?v=${STYLE_ASSET.version}">
</head>
<body>
<main id="main">
<section class="card hero">
${body}
</section>
</main>
</body>
</html>
`.toString();
}
