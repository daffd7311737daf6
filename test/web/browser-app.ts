import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freePort } from '../harness/free-port.js';
import { type PageApp, startPageApp } from './page-app.js';

/** Browsers to open the invite as, by the User-Agent they send. */
export const DEVICES = {
  android: {
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
    viewport: { width: 360, height: 780 },
  },
  iphone: {
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    viewport: { width: 390, height: 844 },
  },
  windows: {
    userAgent:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
    viewport: { width: 1280, height: 900 },
  },
  linux: {
    userAgent:
      'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
    viewport: { width: 1280, height: 900 },
  },
} as const;

export type Device = keyof typeof DEVICES;

export interface BrowserApp extends PageApp {
  origin: string;
}

/** The service's app listening on 127.0.0.1, its links pointing there. */
export async function listenPageApp(
  options: Parameters<typeof startPageApp>[0] = {},
): Promise<BrowserApp> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const pages = await startPageApp({ ...options, baseUrl: origin });
  await pages.app.listen({ host: '127.0.0.1', port });
  return { ...pages, origin };
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Every URL the page asked for, documents and subresources alike. */
  requests: string[];
  /** Console messages about Content-Security-Policy violations. */
  cspViolations: string[];
}

/**
 * A fresh context for one device, recording every request and every CSP
 * complaint, so a test can prove nothing left for another host and the
 * pages obey their own policy.
 */
export async function openDevice(
  browser: Browser,
  device: Device,
  options: { locale?: string; bypassCSP?: boolean } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    ...DEVICES[device],
    locale: options.locale ?? 'en-US',
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const cspViolations: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      cspViolations.push(message.text());
    }
  });
  return { page, context, requests, cspViolations };
}

/** App ids of the cards in one list, in order, as a browser shows them. */
export function appIds(page: Page, listId: string): Promise<string[]> {
  return page
    .locator(`#${listId} a[data-app]`)
    .evaluateAll((links) =>
      links.map((link) => link.getAttribute('data-app') ?? ''),
    );
}
