import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchChromium } from './chromium.js';

describe('launchChromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renders a page and runs its script in headless Debian Chromium', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<h1>Invite</h1><script>document.title = "ran"</script>',
    );
    expect(await page.textContent('h1')).toBe('Invite');
    expect(await page.title()).toBe('ran');
    expect(browser.version()).toMatch(/^\d+\./);
  });
});
