import type { Platform } from './app-entry.js';

/** The User-Agent Client Hints a browser may send with a request. */
export interface ClientHints {
  /** `Sec-CH-UA-Platform`, such as `"Android"`, quotes included or not. */
  platform?: string | undefined;
  /** `Sec-CH-UA-Mobile`: `?1` on a phone, `?0` elsewhere. */
  mobile?: string | undefined;
}

/*
 * Chromebooks count as Android: since 2019 every Chromebook runs Android
 * apps from Google Play, an installed app keeps people reachable better than
 * a browser tab, and the Play install referrer carries the invite there as
 * on a phone. Managed Chromebooks without Play still see every other app,
 * web apps included, under "show all apps".
 */
const HINT_PLATFORMS = new Map<string, Platform>([
  ['android', 'android'],
  ['ios', 'ios'],
  ['macos', 'macos'],
  ['windows', 'windows'],
  ['linux', 'linux'],
  ['chrome os', 'android'],
  ['chromium os', 'android'],
]);

/** Checked in order: Android and ChromeOS UAs also say "Linux". */
const UA_RULES: ReadonlyArray<readonly [RegExp, Platform]> = [
  [/\b(iPhone|iPad|iPod)\b/, 'ios'],
  [/\bAndroid\b/, 'android'],
  [/\bCrOS\b/, 'android'],
  [/\bWindows\b/, 'windows'],
  // COMPAT: since iPadOS 13, Safari on an iPad sends the same User-Agent as
  // Safari on a Mac ("Macintosh; Intel Mac OS X") and no client hints, so
  // the server cannot tell them apart: iPads get Mac apps first and find
  // the iPhone apps under "show all apps". A script could tell them apart
  // in the browser (touch points) once pages enhance with one.
  [/\b(Macintosh|Mac OS X)\b/, 'macos'],
  // The BSDs run the same desktop apps as Linux, from their ports.
  [/\b(Linux|X11|FreeBSD|OpenBSD|NetBSD)\b/, 'linux'],
];

/**
 * Which platform's apps to recommend to the device behind a request. Client
 * hints win when sent (Chromium browsers send them over HTTPS, Safari and
 * Firefox do not); otherwise the User-Agent decides. Never throws: an
 * unusual or missing header gives `unknown`.
 */
export function detectPlatform(
  userAgent: string | undefined,
  clientHints: ClientHints = {},
): Platform | 'unknown' {
  const hinted = platformFromHint(clientHints.platform);
  if (hinted) return hinted;

  const fromUa = platformFromUserAgent(userAgent ?? '');
  // A phone asking for the desktop site claims a desktop system in its
  // User-Agent; the mobile hint, when a browser sends it, gives it away.
  if (clientHints.mobile?.trim() === '?1') {
    if (fromUa === 'linux') return 'android';
    if (fromUa === 'macos') return 'ios';
  }
  return fromUa;
}

function platformFromHint(header: string | undefined): Platform | undefined {
  if (!header) return undefined;
  const name = header.trim().replace(/^"|"$/g, '').toLowerCase();
  return HINT_PLATFORMS.get(name);
}

function platformFromUserAgent(userAgent: string): Platform | 'unknown' {
  for (const [pattern, platform] of UA_RULES) {
    if (pattern.test(userAgent)) return platform;
  }
  return 'unknown';
}
