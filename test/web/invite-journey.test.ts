import jsQRModule from 'jsqr';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../../src/api-keys/api-key.js';
import { launchChromium } from '../harness/chromium.js';
import {
  appIds,
  type BrowserApp,
  type Device,
  listenPageApp,
  openDevice,
} from './browser-app.js';

const PASSWORD = 'violet elephants juggle quietly';

// jsqr is CommonJS: its function arrives as the default or beside it.
const jsQR = ((jsQRModule as unknown as { default?: unknown }).default ??
  jsQRModule) as unknown as typeof jsQRModule.default;

const ALL_APPS = [
  'cheogram',
  'conversations',
  'conversejs',
  'dino',
  'gajim',
  'kaidan',
  'monal',
  'monocles',
  'movim',
];

let browser: Browser;
let service: BrowserApp;
beforeAll(async () => {
  browser = await launchChromium();
  service = await listenPageApp();
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

/** Every request went to the service itself, and no policy was broken. */
function expectOnlyOwnRequests(watched: {
  requests: string[];
  cspViolations: string[];
}) {
  expect(watched.requests.length).toBeGreaterThan(0);
  for (const url of watched.requests) {
    expect(new URL(url).origin, url).toBe(service.origin);
  }
  expect(watched.cspViolations).toEqual([]);
}

describe('the invite page in Chromium', () => {
  const firstApps: Array<[Device, string, string[]]> = [
    ['android', 'conversations', ['cheogram', 'monocles']],
    ['iphone', 'monal', []],
    ['windows', 'gajim', []],
    ['linux', 'dino', ['gajim', 'kaidan']],
  ];

  it.each(firstApps)(
    'recommends the %s apps first (%s) and shows the rest under "show all"',
    async (device, first, alsoMine) => {
      const { url } = await service.invite();
      const watched = await openDevice(browser, device);
      const { page } = watched;
      try {
        await page.goto(url);
        const mine = await appIds(page, 'apps-mine');
        expect(mine[0]).toBe(first);
        expect(mine).toEqual(expect.arrayContaining(alsoMine));

        const others = page.locator('#apps-others');
        expect(await others.isVisible()).toBe(false);
        await page.locator('#apps-all > summary').click();
        expect(await others.isVisible()).toBe(true);
        const rest = await appIds(page, 'apps-others');
        const everyApp = service.host.apps;
        expect(everyApp.apps_show).toBeUndefined();
        expect([...mine, ...rest].sort()).toEqual(ALL_APPS);
        expect(rest).not.toContain(first);
        expectOnlyOwnRequests(watched);
      } finally {
        await watched.context.close();
      }
    },
  );

  it('shows a QR code that decodes to the page’s own URL', async () => {
    const { url } = await service.invite();
    const watched = await openDevice(browser, 'windows');
    try {
      await watched.page.goto(url);
      const shot = await watched.page.locator('#qr').screenshot();
      const png = PNG.sync.read(shot);
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(code?.data).toBe(url);
    } finally {
      await watched.context.close();
    }
  });
});

describe('the setup page on an iPhone', () => {
  it('says to come back after installing; its script shows the copy button', async () => {
    const { invite, url } = await service.invite();
    const watched = await openDevice(browser, 'iphone');
    const { page } = watched;
    try {
      await page.goto(`${service.origin}/invite/monal?${invite.token}`);
      expect(await page.locator('.note').textContent()).toContain(
        'come back to this page',
      );
      expect(await page.locator('#invite-link').inputValue()).toBe(url);
      // Hidden in the markup; only the served script (CSP 'self') shows it.
      await page.locator('button[data-copy]').waitFor({ state: 'visible' });
      expectOnlyOwnRequests(watched);
    } finally {
      await watched.context.close();
    }
  });
});

describe('the whole journey in Chromium', () => {
  it('goes from an API-made invite to an account with the chosen app’s steps', async () => {
    const key = generateApiKey();
    await service.store.insertApiKey({
      id: key.id,
      host: service.host.host,
      name: 'journey test',
      secretHash: key.secretHash,
      createdAt: Date.now(),
      lastUsedAt: null,
      expiresAt: null,
    });
    const created = await fetch(`${service.origin}/invites_api`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key.key}` },
    });
    expect(created.status).toBe(201);
    const { url } = (await created.json()) as { url: string };

    const watched = await openDevice(browser, 'linux');
    const { page } = watched;
    try {
      await page.goto(url);
      await page.locator('#apps-mine a[data-app="dino"]').click();
      await page.waitForURL(/\/invite\/dino\?/);
      expect(await page.locator('h1').textContent()).toBe('Set up Dino');

      await page.locator('#register-link').click();
      await page.waitForURL(/\/register\?t=.*&c=dino$/);
      await page.getByLabel('Username').fill('Hanna');
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Password again').fill(`${PASSWORD}?`);
      await page.getByRole('button', { name: 'Create my account' }).click();

      // A typo in the confirmation: the name stays, the passwords go.
      await page.locator('#errors').waitFor();
      expect(await page.getByLabel('Username').inputValue()).toBe('Hanna');
      expect(
        await page.getByLabel('Password', { exact: true }).inputValue(),
      ).toBe('');
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Password again').fill(PASSWORD);
      await page.getByRole('button', { name: 'Create my account' }).click();

      await page.locator('#success').waitFor();
      expect(await page.locator('#jid').textContent()).toBe(
        'hanna@chat.example',
      );
      const steps = await page.locator('#next-steps').textContent();
      expect(steps).toContain('Sign in to Dino');
      expect(steps).toContain('Sign in with your address hanna@chat.example');
      expect(await page.content()).not.toContain(PASSWORD);
      expectOnlyOwnRequests(watched);

      const local = service.backend as unknown as {
        verifyPassword(l: string, p: string): Promise<boolean>;
      };
      expect(await local.verifyPassword('hanna', PASSWORD)).toBe(true);
      await page.goto(url);
      expect(await page.locator('#gone').getAttribute('data-reason')).toBe(
        'used-up',
      );
    } finally {
      await watched.context.close();
    }
  });
});

describe('languages in Chromium', () => {
  it('speaks German to a German browser, lang="de"', async () => {
    const { url } = await service.invite();
    const watched = await openDevice(browser, 'android', { locale: 'de-DE' });
    try {
      await watched.page.goto(url);
      expect(await watched.page.locator('html').getAttribute('lang')).toBe(
        'de',
      );
      expect(await watched.page.locator('h1').textContent()).toBe(
        'Du bist zum Chatten auf Example Chat eingeladen',
      );
    } finally {
      await watched.context.close();
    }
  });

  it('turns right to left for Persian, and the picker remembers a choice', async () => {
    const { url } = await service.invite();
    const watched = await openDevice(browser, 'windows', { locale: 'fa-IR' });
    const { page } = watched;
    try {
      await page.goto(url);
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await page.locator('html').getAttribute('lang')).toBe('fa');

      await page.locator('details.language > summary').click();
      await page.locator('details.language a[hreflang="fr"]').click();
      await page.waitForURL(/lang=fr/);
      expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
      await page.goto(url);
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    } finally {
      await watched.context.close();
    }
  });
});
