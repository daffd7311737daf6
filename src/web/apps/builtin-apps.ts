import type { AppEntry, SetupStep } from './app-entry.js';

/*
 * The apps recommended when a host configures nothing. Checked on
 * 2026-12-03 with the search tool (public docs, issue trackers, source
 * code); re-check once a year, since XMPP apps come and go.
 *
 * Chosen:
 * - Conversations (Android): actively released; registers from an invite
 *   URI, and its Play build reads the Play install referrer as an XMPP URI
 *   (WelcomeActivity.onInstallReferrerDiscovered), so the magic link works.
 * - Cheogram (Android): a maintained Conversations fork by JMP.chat; its own
 *   WelcomeActivity keeps the invite-URI and install-referrer handling.
 * - Monocles Chat (Android): maintained fork of the same code base, on
 *   F-Droid and Play. Preauth comes with that code base; the install
 *   referrer was not confirmed in its source, so it has no magic link.
 * - Monal (iOS, macOS): the maintained native Apple client (blog posts and
 *   releases through 2025); registers from invite URIs since 5.3 (Monal
 *   issues #127 and #172).
 * - Gajim (Windows, Linux): maintained desktop client, in the Microsoft
 *   Store and on Flathub. Invite URIs not confirmed: web form first.
 * - Dino (Linux): GTK client, released since 2017 (0.4 in 2023, Windows
 *   port work since); no invite-URI registration (dino issue #232 open).
 * - Kaidan (Linux): KDE client on Flathub, on the XMPP community's
 *   invitation page; ranked last on Linux because the search could not
 *   confirm its latest release date.
 * - Movim and Converse.js (web): maintained web clients that need no
 *   install; operators who run their own should override `downloads` and
 *   set `login_link`.
 *
 * Left out:
 * - ChatSecure: abandoned for years.
 * - Siskin IM and Beagle IM (Tigase): no stable release found after
 *   Siskin 7.2 (2022); kept out until they show signs of life.
 * - Quicksy: signs people up on quicksy.im with a phone number, so it
 *   cannot use an invite to another server.
 * - Psi and Psi+: made for experienced users, and dropped from xmpp.org's
 *   client list in 2025. Profanity: a terminal client, not for newcomers.
 *   yaxim: no recent releases found.
 * Operators can add any of them back with `apps`.
 */

const PLAY = 'https://play.google.com/store/apps/details?id=';
const F_DROID = 'https://f-droid.org/packages/';
const FLATHUB = 'https://flathub.org/apps/';

/** A Play Store link whose `referrer` hands the invite URI to the app. */
function playMagicLink(packageName: string): string {
  return `${PLAY}${packageName}&referrer={uri_encoded}`;
}

function steps(id: string, ...texts: string[]): SetupStep[] {
  return texts.map((text, i) => ({ text, key: `app.${id}.setup.${i + 1}` }));
}

const androidSignIn = (id: string, app: string) =>
  steps(
    id,
    `Open ${app} and choose the option to use an existing account.`,
    'Enter your address {jid} and your password, then sign in.',
  );

export const BUILTIN_APPS: readonly AppEntry[] = [
  {
    id: 'conversations',
    name: 'Conversations',
    description:
      'A fast, battery-friendly chat app for Android with encryption built in.',
    descriptionKey: 'app.conversations.description',
    platforms: ['android'],
    homepage: 'https://conversations.im/',
    supportsPreauth: true,
    magicLink: playMagicLink('eu.siacs.conversations'),
    downloads: [
      { kind: 'google-play', url: `${PLAY}eu.siacs.conversations` },
      { kind: 'f-droid', url: `${F_DROID}eu.siacs.conversations/` },
    ],
    setup: androidSignIn('conversations', 'Conversations'),
    rank: { android: 1 },
  },
  {
    id: 'cheogram',
    name: 'Cheogram',
    description:
      'An Android chat app based on Conversations, with extras such as stickers and commands.',
    descriptionKey: 'app.cheogram.description',
    platforms: ['android'],
    homepage: 'https://cheogram.com/',
    supportsPreauth: true,
    magicLink: playMagicLink('com.cheogram.android.playstore'),
    downloads: [
      { kind: 'google-play', url: `${PLAY}com.cheogram.android.playstore` },
      { kind: 'f-droid', url: `${F_DROID}com.cheogram.android/` },
    ],
    setup: androidSignIn('cheogram', 'Cheogram'),
    rank: { android: 2 },
  },
  {
    id: 'monocles',
    name: 'Monocles Chat',
    description:
      'An Android chat app based on Conversations, with many settings to adjust.',
    descriptionKey: 'app.monocles.description',
    platforms: ['android'],
    homepage: 'https://codeberg.org/monocles/monocles_chat',
    // TODO: add a magic link once Monocles' Play build is confirmed to
    // read the install referrer (its Cheogram base does).
    supportsPreauth: true,
    downloads: [
      { kind: 'google-play', url: `${PLAY}eu.monocles.chat` },
      { kind: 'f-droid', url: `${F_DROID}de.monocles.chat/` },
    ],
    setup: androidSignIn('monocles', 'Monocles Chat'),
    rank: { android: 3 },
  },
  {
    id: 'monal',
    name: 'Monal',
    description: 'A free, open-source chat app for iPhone, iPad and Mac.',
    descriptionKey: 'app.monal.description',
    platforms: ['ios', 'macos'],
    homepage: 'https://monal-im.org/',
    supportsPreauth: true,
    downloads: [
      {
        kind: 'app-store',
        url: 'https://apps.apple.com/app/id317711500',
        platform: 'ios',
      },
      {
        kind: 'app-store',
        url: 'https://apps.apple.com/app/id1637078500',
        platform: 'macos',
      },
    ],
    setup: steps(
      'monal',
      'Open Monal and choose to log in with an existing account.',
      'Enter your address {jid} and your password, then log in.',
    ),
    rank: { ios: 1, macos: 1 },
  },
  {
    id: 'gajim',
    name: 'Gajim',
    description: 'A full-featured chat app for Windows and Linux computers.',
    descriptionKey: 'app.gajim.description',
    platforms: ['windows', 'linux'],
    homepage: 'https://gajim.org/',
    supportsPreauth: false,
    downloads: [
      {
        kind: 'microsoft-store',
        url: 'https://apps.microsoft.com/detail/9PGGF6HD43F9',
        platform: 'windows',
      },
      {
        kind: 'flathub',
        url: `${FLATHUB}org.gajim.Gajim`,
        platform: 'linux',
      },
      { kind: 'website', url: 'https://gajim.org/download/' },
    ],
    setup: steps(
      'gajim',
      'Start Gajim; the account assistant opens. Choose to log in.',
      'Enter your address {jid} and your password, then log in.',
    ),
    rank: { windows: 1, linux: 2 },
  },
  {
    id: 'dino',
    name: 'Dino',
    description: 'A clean, modern chat app for the Linux desktop.',
    descriptionKey: 'app.dino.description',
    platforms: ['linux'],
    homepage: 'https://dino.im/',
    supportsPreauth: false,
    downloads: [
      { kind: 'flathub', url: `${FLATHUB}im.dino.Dino`, platform: 'linux' },
      { kind: 'website', url: 'https://dino.im/#download' },
    ],
    setup: steps(
      'dino',
      'Open Dino and choose to set up an account.',
      'Sign in with your address {jid} and your password.',
    ),
    rank: { linux: 1 },
  },
  {
    id: 'kaidan',
    name: 'Kaidan',
    description: 'A simple chat app from the KDE community.',
    descriptionKey: 'app.kaidan.description',
    platforms: ['linux'],
    homepage: 'https://www.kaidan.im/',
    supportsPreauth: false,
    downloads: [
      {
        kind: 'flathub',
        url: `${FLATHUB}im.kaidan.kaidan`,
        platform: 'linux',
      },
    ],
    setup: steps(
      'kaidan',
      'Open Kaidan and choose to log in with an existing account.',
      'Enter your address {jid} and your password.',
    ),
    rank: { linux: 3 },
  },
  {
    id: 'movim',
    name: 'Movim',
    description:
      'A chat app that runs in the web browser, with nothing to install.',
    descriptionKey: 'app.movim.description',
    platforms: ['web'],
    homepage: 'https://movim.eu/',
    supportsPreauth: false,
    downloads: [{ kind: 'web', url: 'https://join.movim.eu/' }],
    setup: steps(
      'movim',
      'Pick a Movim server from the list and open it.',
      'Log in with your address {jid} and your password.',
    ),
    rank: { web: 1 },
  },
  {
    id: 'conversejs',
    name: 'Converse',
    description: 'A chat app that runs in the web browser.',
    descriptionKey: 'app.conversejs.description',
    platforms: ['web'],
    homepage: 'https://conversejs.org/',
    supportsPreauth: false,
    downloads: [{ kind: 'web', url: 'https://conversejs.org/' }],
    setup: steps(
      'conversejs',
      'Open Converse in your browser.',
      'Log in with your address {jid} and your password.',
    ),
    rank: { web: 2 },
  },
];
