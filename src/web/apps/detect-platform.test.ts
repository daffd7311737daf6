import { describe, expect, it } from 'vitest';
import { detectPlatform } from './detect-platform.js';

// Real User-Agent strings as current browsers send them (Chromium reduces
// its UA to a frozen "Android 10; K" and "Windows NT 10.0" form).
const UA = {
  androidChrome:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  androidSamsung:
    'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
  androidFirefox:
    'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
  androidChromeDesktopSite:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  ipadMobileSite:
    'Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  windowsEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  windowsChrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  windowsFirefox:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  macFirefox:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0',
  linuxFirefox:
    'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  ubuntuFirefox:
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  freebsdFirefox:
    'Mozilla/5.0 (X11; FreeBSD amd64; rv:133.0) Gecko/20100101 Firefox/133.0',
  chromeOs:
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  curl: 'curl/8.5.0',
} as const;

describe('detectPlatform from the User-Agent alone', () => {
  const table: Array<[keyof typeof UA, string]> = [
    ['androidChrome', 'android'],
    ['androidSamsung', 'android'],
    ['androidFirefox', 'android'],
    ['iphoneSafari', 'ios'],
    ['iphoneChrome', 'ios'],
    ['ipadMobileSite', 'ios'],
    ['windowsEdge', 'windows'],
    ['windowsChrome', 'windows'],
    ['windowsFirefox', 'windows'],
    ['macSafari', 'macos'],
    ['macFirefox', 'macos'],
    ['linuxFirefox', 'linux'],
    ['ubuntuFirefox', 'linux'],
    ['freebsdFirefox', 'linux'],
    ['chromeOs', 'android'],
    ['curl', 'unknown'],
  ];

  it.each(table)('%s is %s', (name, platform) => {
    expect(detectPlatform(UA[name])).toBe(platform);
  });

  it('gives unknown without a User-Agent', () => {
    expect(detectPlatform(undefined)).toBe('unknown');
    expect(detectPlatform('')).toBe('unknown');
  });

  it('takes an iPad in desktop mode for a Mac: the server cannot tell', () => {
    // iPadOS Safari sends exactly the macOS Safari string.
    expect(detectPlatform(UA.macSafari)).toBe('macos');
  });
});

describe('detectPlatform with client hints', () => {
  it('lets Sec-CH-UA-Platform win over the User-Agent', () => {
    const hints = { platform: '"Android"', mobile: '?0' };
    expect(detectPlatform(UA.androidChromeDesktopSite, hints)).toBe('android');
  });

  it('reads each hint value, quoted or not', () => {
    expect(detectPlatform(undefined, { platform: '"Windows"' })).toBe(
      'windows',
    );
    expect(detectPlatform(undefined, { platform: 'macOS' })).toBe('macos');
    expect(detectPlatform(undefined, { platform: '"Linux"' })).toBe('linux');
    expect(detectPlatform(undefined, { platform: '"iOS"' })).toBe('ios');
    expect(detectPlatform(undefined, { platform: '"Chrome OS"' })).toBe(
      'android',
    );
    expect(detectPlatform(undefined, { platform: '"Chromium OS"' })).toBe(
      'android',
    );
  });

  it('falls back to the User-Agent for Unknown or odd hint values', () => {
    for (const platform of ['"Unknown"', '""', 'constructor', '__proto__']) {
      expect(detectPlatform(UA.windowsFirefox, { platform })).toBe('windows');
    }
  });

  it('takes a mobile browser on a desktop site for the phone it is', () => {
    const mobile = { mobile: '?1' };
    expect(detectPlatform(UA.androidChromeDesktopSite, mobile)).toBe('android');
    expect(detectPlatform(UA.macSafari, mobile)).toBe('ios');
    expect(detectPlatform(UA.windowsChrome, mobile)).toBe('windows');
    expect(detectPlatform(UA.linuxFirefox, { mobile: '?0' })).toBe('linux');
  });
});
