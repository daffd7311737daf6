import { html, type SafeHtml } from '../html.js';

export interface LayoutOptions {
  title: string;
  siteName: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** The frame around every page: no inline script or style, by policy. */
export function layout(options: LayoutOptions, body: SafeHtml): string {
  const { title, siteName, lang = 'en', dir = 'ltr' } = options;
  return html`<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · ${siteName}</title>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`.toString();
}
