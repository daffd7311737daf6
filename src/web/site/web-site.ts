import { createHash } from 'node:crypto';
import type { HostConfig } from '../../config/config.js';
import { type AppCatalog, createAppCatalog } from '../apps/app-catalog.js';
import { BUILTIN_APPS } from '../apps/builtin-apps.js';
import { brandCss } from '../static/brand-css.js';
import { readStaticFile } from '../static/read-static-file.js';

/** A static file the pages load, with the version that busts caches. */
export interface Asset {
  body: string;
  type: string;
  /** A short hash of the body, for `?v=` in links. */
  version: string;
}

/** One host as its pages see it, worked out once at start. */
export interface WebSite {
  config: HostConfig;
  apps: AppCatalog;
  /**
   * The path of `base_url`, such as `/join` behind a proxy that maps
   * `https://example.com/join/` to this service; empty at the root. Links
   * on pages start with it, so they work through such a proxy.
   */
  root: string;
  brand: Asset;
  /** The page policy, with the operator's logo and stylesheet origins. */
  csp: string;
  /** Cookies get `Secure` when the site is served over https. */
  secureCookies: boolean;
}

/** `/static/style.css`, the one stylesheet of every page. */
export const STYLE_ASSET = asset(
  readStaticFile('style.css'),
  'text/css; charset=utf-8',
);
/** `/static/invite.js`, the one script, loaded only where it helps. */
export const SCRIPT_ASSET = asset(
  readStaticFile('invite.js'),
  'text/javascript; charset=utf-8',
);

export function createWebSite(
  config: HostConfig,
  csp: (extra: { img: string[]; style: string[] }) => string,
): WebSite {
  const apps = createAppCatalog(BUILTIN_APPS, config.apps);
  const base = new URL(config.baseUrl);
  const { logoUrl, stylesheetUrl, accentColor } = config.branding;
  const appLogos = apps.all().map((app) => app.logo);

  return {
    config,
    apps,
    root: base.pathname.replace(/\/+$/, ''),
    brand: asset(brandCss(accentColor), 'text/css; charset=utf-8'),
    csp: csp({
      img: foreignOrigins([logoUrl, ...appLogos]),
      style: foreignOrigins([stylesheetUrl]),
    }),
    secureCookies: base.protocol === 'https:',
  };
}

/** Origins of absolute URLs; paths on this service need no allowance. */
function foreignOrigins(urls: Array<string | undefined>): string[] {
  const origins = new Set<string>();
  for (const url of urls) {
    if (url?.startsWith('https://')) origins.add(new URL(url).origin);
  }
  return [...origins];
}

function asset(body: string, type: string): Asset {
  const version = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { body, type, version };
}
