import type { AppDeps } from '../app-deps.js';
import type { WebSites } from './web-sites.js';

/** What the page routes share, worked out once when they are registered. */
export interface PageDeps {
  deps: AppDeps;
  sites: WebSites;
  /**
   * Origins of every configured host: a form written for Prosody, with no
   * CSRF field of ours, is let through from these (see `csrf.ts`).
   */
  trustedOrigins: ReadonlySet<string>;
}
