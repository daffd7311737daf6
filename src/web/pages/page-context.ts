import type { Translator } from '../i18n/translator.js';
import type { WebSite } from '../site/web-site.js';

/** What every page is rendered with: the language, the host, the URL. */
export interface PageContext {
  t: Translator;
  site: WebSite;
  /**
   * This page's path and query on the service, without `lang`, such as
   * `/invite?TOKEN`: the language picker links to it in each language.
   */
  self: string;
}

/** A link to a path of this service, through the host's path prefix. */
export function href(context: PageContext, path: string): string {
  return `${context.site.root}${path}`;
}

/** The same page in another language. */
export function hrefInLanguage(context: PageContext, code: string): string {
  const separator = context.self.includes('?') ? '&' : '?';
  return href(context, `${context.self}${separator}lang=${code}`);
}
