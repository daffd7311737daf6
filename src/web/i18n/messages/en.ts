/**
 * Every sentence of the pages, in English: the catalog the others follow.
 * `{name}` is a placeholder the page fills in; translations keep every
 * placeholder of the English text and add none (a test checks this).
 * Keys under `app.` are the app catalog's texts: the English ones here must
 * match `src/web/apps/builtin-apps.ts`, which a test checks as well.
 */
export const en = {
  'layout.language': 'Language',
  'layout.footer': 'Invites and sign-up for {site}, an XMPP chat service.',

  'platform.android': 'Android',
  'platform.ios': 'iPhone and iPad',
  'platform.macos': 'Mac',
  'platform.windows': 'Windows',
  'platform.linux': 'Linux',
  'platform.web': 'web browsers',

  'invite.title': 'You are invited to {site}',
  'invite.heading.inviter': '{inviter} invited you to chat on {site}',
  'invite.heading': 'You are invited to chat on {site}',
  'invite.xmpp':
    '{site} is part of XMPP, an open chat network: like email, people with different apps and on different servers can all talk to each other.',
  'invite.address.locked': 'Your address will be {jid}.',
  'invite.address.free': 'You choose your own address, like {example}.',
  'invite.group': 'This invite can be shared: several people may join with it.',
  'invite.expires': 'This invite is valid until {date}.',
  'invite.apps.heading': 'Choose an app',
  'invite.apps.for': 'Apps for {platform}',
  'invite.apps.unknown':
    'Pick an app for the phone or computer you want to chat on.',
  'invite.apps.all': 'Show all apps',
  'invite.apps.others': 'Apps for other devices',
  'invite.register.direct': 'Already have an XMPP app? Create your account now',
  'invite.open.heading': 'Already have an XMPP app?',
  'invite.open.text':
    'Apps that understand invites create your account in a few taps.',
  'invite.open.button': 'Open in the app',
  'invite.qr.heading': 'Continue on your phone',
  'invite.qr.text':
    'Scan this code with the camera of your phone to open this invite there.',
  'invite.qr.heading.phone': 'Open this invite on another device',
  'invite.qr.text.phone':
    'Scan this code with the camera of another phone or tablet to open this invite there.',
  'invite.qr.label': 'QR code of this invite link',

  'app.recommended': 'Recommended',
  'app.runs-on': 'Runs on: {platforms}',
  'app.use': 'Use {app}',
  'app.homepage': 'About {app}',

  'setup.title': 'Set up {app}',
  'setup.back': 'Choose a different app',
  'setup.get.heading': 'Get {app}',
  'setup.get.magic':
    'Install it with this button: {app} then finds your invite when it first opens.',
  'setup.ios.return':
    'The App Store does not pass this invite on to the app. Once {app} is installed, come back to this page to continue.',
  'setup.copy.label': 'Your invite link',
  'setup.copy.hint':
    'Copy this link now, so that you can open it again after installing.',
  'setup.copy.button': 'Copy the invite link',
  'setup.copy.done': 'Copied!',
  'setup.inapp.heading': 'Open the invite in {app}',
  'setup.inapp.text':
    'With {app} installed, use this button: {app} opens and lets you choose your username and password.',
  'setup.inapp.button': 'Open the invite in {app}',
  'setup.inapp.fallback':
    'Nothing happens? Create your account on the web instead.',
  'setup.register.heading': 'Create your account',
  'setup.register.text':
    'Choose your username and password on the next page. It takes a minute.',
  'setup.register.button': 'Create my account',
  'setup.signin.heading': 'Sign in to {app}',
  'setup.signin.intro': 'Once your account exists:',
  'address.example': 'yourname@{host}',

  'register.title': 'Create your account',
  'register.lead': 'Choose a username and a password for {site}.',
  'register.username': 'Username',
  'register.username.hint':
    'Your address will be this name followed by @{host}. Letters, digits, dots and dashes work everywhere.',
  'register.username.locked': 'This invite is for this username only.',
  'register.password': 'Password',
  'register.password.hint':
    'At least {min} characters. A few unrelated words make a strong password that is easy to remember.',
  'register.confirmation': 'Password again',
  'register.submit': 'Create my account',
  'register.next-app': 'Afterwards, we show you how to sign in to {app}.',
  'form.errors.heading': 'Please check the form',
  'form.csrf':
    'The form expired, or your browser did not send back its cookie. Please send it again; if this keeps happening, allow cookies for this site.',

  'problem.username.empty': 'Enter a username.',
  'problem.username.too-long': 'That username is too long.',
  'problem.username.bad-character':
    'A username cannot contain spaces or any of these: " & \' / : < > @',
  'problem.username.reserved':
    'That username is reserved. Please choose another.',
  'problem.username.pattern':
    'This site does not allow that username. Please choose another.',
  'problem.username.locked': 'This invite is only for the username {username}.',
  'problem.username.taken':
    'That username is already taken. Please choose another.',
  'problem.password.too-short': 'The password needs at least {min} characters.',
  'problem.password.too-long':
    'That password is too long: use at most 1024 characters.',
  'problem.password.same-as-username':
    'The password cannot be the same as your username.',
  'problem.password.too-weak':
    'That password is too easy to guess. Add a few more words or characters.',
  'problem.password.mismatch': 'The two passwords are not the same.',
  'problem.server.not-allowed':
    'The server refused this request. Try another username, or contact the people who run {site}.',
  'problem.server.not-found':
    'This account does not exist any more. Contact the people who run {site}.',

  'success.title': 'Welcome to {site}!',
  'success.ready': 'Your account is ready. Your address is:',
  'success.share':
    'Give this address to your friends so that they can add you as a contact.',
  'success.password':
    'Keep your password safe: this site cannot show it to you again.',
  'success.signin.heading': 'Sign in to your app',
  'success.signin.generic':
    'Open your XMPP app, choose to sign in with an existing account, and enter your address {jid} and the password you just chose.',
  'success.login.button': 'Open {app} and sign in',
  'success.noapp.heading': 'No app yet?',

  'reset.title': 'Choose a new password',
  'reset.lead': 'Set a new password for {jid}.',
  'reset.password': 'New password',
  'reset.submit': 'Save the new password',
  'reset.success.title': 'Your password is changed',
  'reset.success.text':
    'The new password for {jid} is saved. Sign in with it from now on; apps that still use the old one will ask you for the new one.',

  'gone.unknown.title': 'This invite link does not work',
  'gone.unknown.text':
    'We could not find this invite. Check that you opened the whole link: its end is easily lost when copying. Otherwise, ask the person who invited you for a new link.',
  'gone.expired.title': 'This invite has expired',
  'gone.expired.text':
    'Invites are valid for a limited time, and this one has run out. Ask the person who invited you to send a new one.',
  'gone.used-up.title': 'This invite has already been used',
  'gone.used-up.text':
    'If you used it yourself, your account exists: just sign in with your app. Otherwise, ask the person who invited you for a new invite.',
  'gone.revoked.title': 'This invite was cancelled',
  'gone.revoked.text':
    'Whoever made this invite has withdrawn it. If you still want to join, ask them for a new one.',
  'gone.app.title': 'We do not know this app',
  'gone.app.text': 'Go back to the invite and choose an app from the list.',
  'gone.back': 'Back to the invite',

  'unavailable.title': 'The chat server is not answering right now',
  'unavailable.text':
    'Nothing was changed and your invite is still valid. Please try again in a minute.',
  'unavailable.back': 'Back to the form',

  'app.download.google-play': 'Google Play',
  'app.download.f-droid': 'F-Droid',
  'app.download.app-store': 'App Store',
  'app.download.flathub': 'Flathub',
  'app.download.microsoft-store': 'Microsoft Store',
  'app.download.website': 'Download from the website',
  'app.download.web': 'Open in the browser',
  'app.conversations.description':
    'A fast, battery-friendly chat app for Android with encryption built in.',
  'app.conversations.setup.1':
    'Open Conversations and choose the option to use an existing account.',
  'app.conversations.setup.2':
    'Enter your address {jid} and your password, then sign in.',
  'app.cheogram.description':
    'An Android chat app based on Conversations, with extras such as stickers and commands.',
  'app.cheogram.setup.1':
    'Open Cheogram and choose the option to use an existing account.',
  'app.cheogram.setup.2':
    'Enter your address {jid} and your password, then sign in.',
  'app.monocles.description':
    'An Android chat app based on Conversations, with many settings to adjust.',
  'app.monocles.setup.1':
    'Open Monocles Chat and choose the option to use an existing account.',
  'app.monocles.setup.2':
    'Enter your address {jid} and your password, then sign in.',
  'app.monal.description':
    'A free, open-source chat app for iPhone, iPad and Mac.',
  'app.monal.setup.1':
    'Open Monal and choose to log in with an existing account.',
  'app.monal.setup.2':
    'Enter your address {jid} and your password, then log in.',
  'app.gajim.description':
    'A full-featured chat app for Windows and Linux computers.',
  'app.gajim.setup.1':
    'Start Gajim; the account assistant opens. Choose to log in.',
  'app.gajim.setup.2':
    'Enter your address {jid} and your password, then log in.',
  'app.dino.description': 'A clean, modern chat app for the Linux desktop.',
  'app.dino.setup.1': 'Open Dino and choose to set up an account.',
  'app.dino.setup.2': 'Sign in with your address {jid} and your password.',
  'app.kaidan.description': 'A simple chat app from the KDE community.',
  'app.kaidan.setup.1':
    'Open Kaidan and choose to log in with an existing account.',
  'app.kaidan.setup.2': 'Enter your address {jid} and your password.',
  'app.movim.description':
    'A chat app that runs in the web browser, with nothing to install.',
  'app.movim.setup.1': 'Pick a Movim server from the list and open it.',
  'app.movim.setup.2': 'Log in with your address {jid} and your password.',
  'app.conversejs.description': 'A chat app that runs in the web browser.',
  'app.conversejs.setup.1': 'Open Converse in your browser.',
  'app.conversejs.setup.2': 'Log in with your address {jid} and your password.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Readonly<Record<MessageKey, string>>;
