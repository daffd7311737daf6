/**
 * The platforms an app can run on. `web` means "runs in any browser":
 * detection never returns it for a device, so web apps are listed among the
 * other apps on every device unless the operator ranks them.
 */
export const PLATFORMS = [
  'android',
  'ios',
  'macos',
  'windows',
  'linux',
  'web',
] as const;

export type Platform = (typeof PLATFORMS)[number];

export function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value);
}

/** Where a download button leads; pages pick the button's label from it. */
export const DOWNLOAD_KINDS = [
  'google-play',
  'f-droid',
  'app-store',
  'flathub',
  'microsoft-store',
  'website',
  'web',
] as const;

export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

/** One button on the setup page: "Get it on F-Droid", "Open in browser". */
export interface Download {
  kind: DownloadKind;
  /** An https link, or a path on this service's own host (`/files/x.apk`). */
  url: string;
  /**
   * The device this button is for, such as `macos` for the Mac App Store
   * link of an app that also has an iPhone link; unset when it fits every
   * platform the app runs on (a project's download page).
   */
  platform?: Platform;
  /** English label replacing the kind's usual label; never translated. */
  label?: string;
}

/**
 * One sign-in step shown after the person has an account, in English, with
 * a message key when the message catalogs translate it. `{jid}` in the text
 * stands for the person's full address and `{host}` for the server's
 * domain; the page fills both in.
 */
export interface SetupStep {
  text: string;
  key?: string;
}

/** One XMPP app the invite page can recommend. */
export interface AppEntry {
  /** Lowercase slug, unique in a catalog: `conversations`, `monal`. */
  id: string;
  name: string;
  /** One English sentence saying what the app is. */
  description: string;
  /** Message key that translates `description`; unset for operators' text. */
  descriptionKey?: string;
  platforms: readonly Platform[];
  /** The project's own web site. */
  homepage: string;
  /**
   * Whether the app can take the invite's XMPP URI and register the account
   * itself (XEP-0401 with XEP-0445, https://xmpp.org/extensions/xep-0401.html).
   * Pages offer "open the invite in the app" only when this is true and the
   * host's backend can honour in-app registration.
   */
  supportsPreauth: boolean;
  /**
   * A store link that hands the invite to the app on its first start, with
   * `{uri_encoded}` standing for the percent-encoded invite URI. It replaces
   * the URL of the app's `google-play` download: the Play Store passes its
   * `referrer` parameter to the installed app (Play Install Referrer API),
   * and Conversations and Cheogram read an XMPP URI from it.
   */
  magicLink?: string;
  downloads: readonly Download[];
  /**
   * For web apps: a link that opens the app signed-in or with the address
   * filled in; `{jid}` stands for the percent-encoded address.
   */
  loginLink?: string;
  /** Sign-in steps for someone who registered on the web form. */
  setup: readonly SetupStep[];
  /**
   * An image URL the operator chose. Built-in entries ship none: app logos
   * have their own licences, and a hot-linked image would make the page
   * call a third-party host. Without one, pages show text or a neutral icon.
   */
  logo?: string;
  /**
   * Recommendation order per platform: 1 is shown first. Equal ranks, and
   * apps without a rank for the platform (after the ranked ones), keep
   * catalog order. A host's `apps_show` order replaces ranks altogether.
   */
  rank?: Partial<Record<Platform, number>>;
}
