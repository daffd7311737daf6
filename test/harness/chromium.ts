import { type Browser, chromium } from 'playwright-core';

export type { Browser };

import { ensureDebianPackages } from './debian-packages.js';

const EXECUTABLE = '/usr/bin/chromium';

/**
 * The project's flags for Debian's Chromium. `--user-data-dir` is not
 * among them: Playwright refuses it in `launch()` and passes a fresh
 * temporary profile of its own on every launch, which it deletes on
 * `close()`.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Debian Chromium driven by playwright-core; close it after. */
export async function launchChromium(): Promise<Browser> {
  await ensureDebianPackages(['chromium']);
  return chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}
