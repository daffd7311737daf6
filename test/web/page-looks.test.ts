import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../harness/chromium.js';
import { makeTempFolder } from '../harness/temp-folder.js';
import {
  type BrowserApp,
  type Device,
  listenPageApp,
  openDevice,
} from './browser-app.js';

/**
 * Every page, checked with axe-core and photographed at phone and desktop
 * widths. With SCREENSHOTS=1 the photos replace those in docs/screenshots
 * (committed, shown in docs/pages.md); otherwise they go to a temp folder,
 * so a test run leaves the work tree as it was.
 */
const SHOTS = process.env.SCREENSHOTS
  ? resolve('docs/screenshots')
  : makeTempFolder('screenshots');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PASSWORD = 'seven purple owls at midnight';

type Visit = (page: Page, app: BrowserApp) => Promise<void>;

/** Pages made for one kind of phone are photographed on it. */
const PHONE: Record<string, Device> = { 'setup-ios': 'iphone' };

/** The pages, each reached the way a person reaches it. */
const PAGES: Array<[string, Visit]> = [
  [
    'invite',
    async (page, app) => {
      const { url } = await app.invite({ createdBy: 'anna@chat.example' });
      await page.goto(url);
    },
  ],
  [
    'invite-fa',
    async (page, app) => {
      const { url } = await app.invite({ createdBy: 'anna@chat.example' });
      await page.goto(`${url}&lang=fa`);
    },
  ],
  [
    'setup',
    async (page, app) => {
      const { invite } = await app.invite();
      await page.goto(`${app.origin}/invite/conversations?${invite.token}`);
    },
  ],
  [
    'setup-ios',
    async (page, app) => {
      const { invite } = await app.invite();
      await page.goto(`${app.origin}/invite/monal?${invite.token}`);
    },
  ],
  [
    'register',
    async (page, app) => {
      const { invite } = await app.invite();
      await page.goto(`${app.origin}/register?t=${invite.token}&c=gajim`);
    },
  ],
  [
    'register-errors',
    async (page, app) => {
      const { invite } = await app.invite();
      await page.goto(`${app.origin}/register?t=${invite.token}&c=gajim`);
      await page.getByLabel('Username').fill('admin');
      await page.getByLabel('Password', { exact: true }).fill('short');
      await page.getByRole('button').click();
      await page.locator('#errors').waitFor();
    },
  ],
  [
    'success',
    async (page, app) => {
      const { invite } = await app.invite();
      await page.goto(`${app.origin}/register?t=${invite.token}&c=gajim`);
      const name = `ida${Math.random().toString(36).slice(2, 8)}`;
      await page.getByLabel('Username').fill(name);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Password again').fill(PASSWORD);
      await page.getByRole('button').click();
      await page.locator('#success').waitFor();
    },
  ],
  [
    'reset',
    async (page, app) => {
      const { invite } = await app.invite({ kind: 'reset', username: 'jo' });
      await page.goto(invite ? `${app.origin}/invite?${invite.token}` : '');
    },
  ],
  [
    'gone',
    async (page, app) => {
      await page.goto(`${app.origin}/invite?nosuchinvite000000000000`);
    },
  ],
];

let browser: Browser;
let service: BrowserApp;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
  service = await listenPageApp();
  await service.backend.createAccount('jo', PASSWORD);
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe.each(PAGES)('the %s page', (name, visit) => {
  it('has no serious or critical accessibility issue (axe-core)', async () => {
    // axe is injected as a script of its own; only this context may.
    const device = PHONE[name] ?? 'android';
    const watched = await openDevice(browser, device, { bypassCSP: true });
    try {
      await visit(watched.page, service);
      await watched.page.addScriptTag({ path: AXE });
      const violations = await watched.page.evaluate(async () => {
        const axe = (window as unknown as { axe: AxeLike }).axe;
        const result = await axe.run(document, {
          runOnly: [
            'wcag2a',
            'wcag2aa',
            'wcag21a',
            'wcag21aa',
            'best-practice',
          ],
        });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
      });
      expect(violations).toEqual([]);
    } finally {
      await watched.context.close();
    }
  });

  it.each([
    ['phone', 'android'],
    ['desktop', 'windows'],
  ] as Array<[string, Device]>)(
    'fits a %s screen without sideways scrolling',
    async (size, device) => {
      const phone = PHONE[name] ?? device;
      const watched = await openDevice(
        browser,
        size === 'phone' ? phone : device,
      );
      try {
        await visit(watched.page, service);
        const overflow = await watched.page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await watched.page.screenshot({
          path: join(SHOTS, `${name}-${size}.png`),
          fullPage: true,
        });
        for (const url of watched.requests) {
          expect(new URL(url).origin).toBe(service.origin);
        }
        expect(watched.cspViolations).toEqual([]);
      } finally {
        await watched.context.close();
      }
    },
  );
});

interface AxeLike {
  run(
    context: Document,
    options: unknown,
  ): Promise<{
    violations: Array<{
      id: string;
      impact: string | null;
      nodes: Array<{ target: string[] }>;
    }>;
  }>;
}
