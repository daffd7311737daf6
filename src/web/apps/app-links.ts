import type {
  AppEntry,
  Download,
  DownloadKind,
  Platform,
} from './app-entry.js';

/**
 * The usual button label per download kind, in English with its message
 * key. Text only: store badges are images under their owners' licences.
 */
export const DOWNLOAD_LABELS: Readonly<
  Record<DownloadKind, { key: string; text: string }>
> = {
  'google-play': { key: 'app.download.google-play', text: 'Google Play' },
  'f-droid': { key: 'app.download.f-droid', text: 'F-Droid' },
  'app-store': { key: 'app.download.app-store', text: 'App Store' },
  flathub: { key: 'app.download.flathub', text: 'Flathub' },
  'microsoft-store': {
    key: 'app.download.microsoft-store',
    text: 'Microsoft Store',
  },
  website: { key: 'app.download.website', text: 'Download from the website' },
  web: { key: 'app.download.web', text: 'Open in the browser' },
};

/**
 * The app's store link that carries the invite URI, or undefined when the
 * app has none. The invite's token travels to the store this way, exactly
 * as it would if the person pasted the link: only when they click it.
 */
export function magicLinkFor(
  app: AppEntry,
  inviteUri: string,
): string | undefined {
  if (!app.magicLink) return undefined;
  return app.magicLink.replaceAll(
    '{uri_encoded}',
    encodeURIComponent(inviteUri),
  );
}

/** A web app's login link for this address, or undefined without one. */
export function loginLinkFor(app: AppEntry, jid: string): string | undefined {
  if (!app.loginLink) return undefined;
  return app.loginLink.replaceAll('{jid}', encodeURIComponent(jid));
}

/**
 * The download buttons to show on a device: those made for the platform
 * and those for any platform, in the app's order; every button when the
 * platform is unknown or none fits. With an invite URI, the Google Play
 * button becomes the app's magic link.
 */
export function downloadsFor(
  app: AppEntry,
  platform: Platform | 'unknown',
  inviteUri?: string,
): Download[] {
  const fitting = app.downloads.filter(
    (d) => d.platform === undefined || d.platform === platform,
  );
  const chosen =
    platform === 'unknown' || fitting.length === 0 ? app.downloads : fitting;

  const magic = inviteUri ? magicLinkFor(app, inviteUri) : undefined;
  return chosen.map((d) =>
    magic && d.kind === 'google-play' ? { ...d, url: magic } : { ...d },
  );
}

/**
 * The English text of every message key the apps use, for the message
 * catalogs: translators see the same sentences the pages fall back to.
 */
export function appMessages(apps: readonly AppEntry[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const { key, text } of Object.values(DOWNLOAD_LABELS)) {
    messages[key] = text;
  }
  for (const app of apps) {
    if (app.descriptionKey) messages[app.descriptionKey] = app.description;
    for (const step of app.setup) {
      if (step.key) messages[step.key] = step.text;
    }
  }
  return messages;
}
