import type { Catalog } from './en.js';

/** German, with the familiar "du": invites come from people one knows. */
export const de: Catalog = {
  'layout.language': 'Sprache',
  'layout.footer':
    'Einladungen und Anmeldung für {site}, einen XMPP-Chatdienst.',

  'platform.android': 'Android',
  'platform.ios': 'iPhone und iPad',
  'platform.macos': 'Mac',
  'platform.windows': 'Windows',
  'platform.linux': 'Linux',
  'platform.web': 'Webbrowser',

  'invite.title': 'Deine Einladung zu {site}',
  'invite.heading.inviter': '{inviter} lädt dich zum Chatten auf {site} ein',
  'invite.heading': 'Du bist zum Chatten auf {site} eingeladen',
  'invite.xmpp':
    '{site} gehört zu XMPP, einem offenen Chat-Netz: Wie bei E-Mail können alle miteinander schreiben, egal mit welcher App und auf welchem Server.',
  'invite.address.locked': 'Deine Adresse wird {jid} sein.',
  'invite.address.free': 'Du wählst deine Adresse selbst, etwa {example}.',
  'invite.group':
    'Diese Einladung darf weitergegeben werden: Mehrere Personen können damit beitreten.',
  'invite.expires': 'Diese Einladung gilt bis {date}.',
  'invite.apps.heading': 'Wähle eine App',
  'invite.apps.for': 'Apps für {platform}',
  'invite.apps.unknown':
    'Wähle eine App für das Handy oder den Computer, auf dem du chatten möchtest.',
  'invite.apps.all': 'Alle Apps anzeigen',
  'invite.apps.others': 'Apps für andere Geräte',
  'invite.register.direct':
    'Du hast schon eine XMPP-App? Lege jetzt dein Konto an',
  'invite.open.heading': 'Du hast schon eine XMPP-App?',
  'invite.open.text':
    'Apps, die Einladungen verstehen, legen dein Konto mit wenigen Fingertipps an.',
  'invite.open.button': 'In der App öffnen',
  'invite.qr.heading': 'Auf dem Handy weitermachen',
  'invite.qr.text':
    'Scanne diesen Code mit der Kamera deines Handys, um die Einladung dort zu öffnen.',
  'invite.qr.heading.phone': 'Diese Einladung auf einem anderen Gerät öffnen',
  'invite.qr.text.phone':
    'Scanne diesen Code mit der Kamera eines anderen Handys oder Tablets, um die Einladung dort zu öffnen.',
  'invite.qr.label': 'QR-Code dieses Einladungslinks',

  'app.recommended': 'Empfohlen',
  'app.runs-on': 'Läuft auf: {platforms}',
  'app.use': '{app} verwenden',
  'app.homepage': 'Über {app}',

  'setup.title': '{app} einrichten',
  'setup.back': 'Eine andere App wählen',
  'setup.get.heading': '{app} installieren',
  'setup.get.magic':
    'Installiere die App über diesen Knopf: {app} findet deine Einladung dann beim ersten Start.',
  'setup.ios.return':
    'Der App Store gibt diese Einladung nicht an die App weiter. Sobald {app} installiert ist, komm auf diese Seite zurück, um weiterzumachen.',
  'setup.copy.label': 'Dein Einladungslink',
  'setup.copy.hint':
    'Kopiere diesen Link jetzt, damit du ihn nach der Installation wieder öffnen kannst.',
  'setup.copy.button': 'Einladungslink kopieren',
  'setup.copy.done': 'Kopiert!',
  'setup.inapp.heading': 'Die Einladung in {app} öffnen',
  'setup.inapp.text':
    'Wenn {app} installiert ist, tippe auf diesen Knopf: {app} öffnet sich, und du wählst deinen Benutzernamen und dein Passwort.',
  'setup.inapp.button': 'Einladung in {app} öffnen',
  'setup.inapp.fallback':
    'Nichts passiert? Lege dein Konto stattdessen im Web an.',
  'setup.register.heading': 'Lege dein Konto an',
  'setup.register.text':
    'Auf der nächsten Seite wählst du Benutzernamen und Passwort. Das dauert eine Minute.',
  'setup.register.button': 'Mein Konto anlegen',
  'setup.signin.heading': 'In {app} anmelden',
  'setup.signin.intro': 'Sobald dein Konto existiert:',
  'address.example': 'deinname@{host}',

  'register.title': 'Lege dein Konto an',
  'register.lead': 'Wähle einen Benutzernamen und ein Passwort für {site}.',
  'register.username': 'Benutzername',
  'register.username.hint':
    'Deine Adresse ist dieser Name, gefolgt von @{host}. Buchstaben, Ziffern, Punkte und Bindestriche funktionieren überall.',
  'register.username.locked':
    'Diese Einladung gilt nur für diesen Benutzernamen.',
  'register.password': 'Passwort',
  'register.password.hint':
    'Mindestens {min} Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, ergeben ein starkes Passwort, das man sich gut merken kann.',
  'register.confirmation': 'Passwort wiederholen',
  'register.submit': 'Mein Konto anlegen',
  'register.next-app': 'Danach zeigen wir dir, wie du dich in {app} anmeldest.',
  'form.errors.heading': 'Bitte prüfe das Formular',
  'form.csrf':
    'Das Formular ist abgelaufen, oder dein Browser hat sein Cookie nicht zurückgeschickt. Bitte sende es noch einmal ab; wenn das immer wieder passiert, erlaube Cookies für diese Seite.',

  'problem.username.empty': 'Gib einen Benutzernamen ein.',
  'problem.username.too-long': 'Dieser Benutzername ist zu lang.',
  'problem.username.bad-character':
    'Ein Benutzername darf keine Leerzeichen und keines dieser Zeichen enthalten: " & \' / : < > @',
  'problem.username.reserved':
    'Dieser Benutzername ist reserviert. Bitte wähle einen anderen.',
  'problem.username.pattern':
    'Diesen Benutzernamen erlaubt diese Seite nicht. Bitte wähle einen anderen.',
  'problem.username.locked':
    'Diese Einladung gilt nur für den Benutzernamen {username}.',
  'problem.username.taken':
    'Dieser Benutzername ist schon vergeben. Bitte wähle einen anderen.',
  'problem.password.too-short':
    'Das Passwort braucht mindestens {min} Zeichen.',
  'problem.password.too-long':
    'Dieses Passwort ist zu lang: Nimm höchstens 1024 Zeichen.',
  'problem.password.same-as-username':
    'Das Passwort darf nicht dein Benutzername sein.',
  'problem.password.too-weak':
    'Dieses Passwort ist zu leicht zu erraten. Füge noch ein paar Wörter oder Zeichen hinzu.',
  'problem.password.mismatch': 'Die beiden Passwörter stimmen nicht überein.',
  'problem.server.not-allowed':
    'Der Server hat die Anfrage abgelehnt. Versuche einen anderen Benutzernamen oder wende dich an die Betreiber von {site}.',
  'problem.server.not-found':
    'Dieses Konto gibt es nicht mehr. Wende dich an die Betreiber von {site}.',

  'success.title': 'Willkommen bei {site}!',
  'success.ready': 'Dein Konto ist bereit. Deine Adresse lautet:',
  'success.share':
    'Gib diese Adresse deinen Freunden, damit sie dich als Kontakt hinzufügen können.',
  'success.password':
    'Bewahre dein Passwort gut auf: Diese Seite kann es dir nicht noch einmal zeigen.',
  'success.signin.heading': 'In deiner App anmelden',
  'success.signin.generic':
    'Öffne deine XMPP-App, wähle die Anmeldung mit einem bestehenden Konto und gib deine Adresse {jid} und das eben gewählte Passwort ein.',
  'success.login.button': '{app} öffnen und anmelden',
  'success.noapp.heading': 'Noch keine App?',

  'reset.title': 'Wähle ein neues Passwort',
  'reset.lead': 'Lege ein neues Passwort für {jid} fest.',
  'reset.password': 'Neues Passwort',
  'reset.submit': 'Neues Passwort speichern',
  'reset.success.title': 'Dein Passwort ist geändert',
  'reset.success.text':
    'Das neue Passwort für {jid} ist gespeichert. Melde dich ab jetzt damit an; Apps, die noch das alte verwenden, fragen dich nach dem neuen.',

  'gone.unknown.title': 'Dieser Einladungslink funktioniert nicht',
  'gone.unknown.text':
    'Wir konnten diese Einladung nicht finden. Prüfe, ob du den ganzen Link geöffnet hast: Beim Kopieren geht sein Ende leicht verloren. Sonst bitte die Person, die dich eingeladen hat, um einen neuen Link.',
  'gone.expired.title': 'Diese Einladung ist abgelaufen',
  'gone.expired.text':
    'Einladungen gelten nur eine Zeit lang, und diese ist vorbei. Bitte die Person, die dich eingeladen hat, dir eine neue zu schicken.',
  'gone.used-up.title': 'Diese Einladung wurde schon benutzt',
  'gone.used-up.text':
    'Wenn du sie selbst benutzt hast, gibt es dein Konto schon: Melde dich einfach in deiner App an. Sonst bitte die Person, die dich eingeladen hat, um eine neue Einladung.',
  'gone.revoked.title': 'Diese Einladung wurde zurückgezogen',
  'gone.revoked.text':
    'Wer diese Einladung erstellt hat, hat sie zurückgezogen. Wenn du trotzdem beitreten möchtest, bitte um eine neue.',
  'gone.app.title': 'Diese App kennen wir nicht',
  'gone.app.text': 'Geh zurück zur Einladung und wähle eine App aus der Liste.',
  'gone.back': 'Zurück zur Einladung',

  'unavailable.title': 'Der Chatserver antwortet gerade nicht',
  'unavailable.text':
    'Es wurde nichts geändert, und deine Einladung gilt weiterhin. Bitte versuche es in einer Minute noch einmal.',
  'unavailable.back': 'Zurück zum Formular',

  'app.download.google-play': 'Google Play',
  'app.download.f-droid': 'F-Droid',
  'app.download.app-store': 'App Store',
  'app.download.flathub': 'Flathub',
  'app.download.microsoft-store': 'Microsoft Store',
  'app.download.website': 'Von der Website herunterladen',
  'app.download.web': 'Im Browser öffnen',
  'app.conversations.description':
    'Eine schnelle, akkuschonende Chat-App für Android mit eingebauter Verschlüsselung.',
  'app.conversations.setup.1':
    'Öffne Conversations und wähle die Option, ein bestehendes Konto zu verwenden.',
  'app.conversations.setup.2':
    'Gib deine Adresse {jid} und dein Passwort ein und melde dich an.',
  'app.cheogram.description':
    'Eine Android-Chat-App auf Basis von Conversations, mit Extras wie Stickern und Befehlen.',
  'app.cheogram.setup.1':
    'Öffne Cheogram und wähle die Option, ein bestehendes Konto zu verwenden.',
  'app.cheogram.setup.2':
    'Gib deine Adresse {jid} und dein Passwort ein und melde dich an.',
  'app.monocles.description':
    'Eine Android-Chat-App auf Basis von Conversations, mit vielen Einstellmöglichkeiten.',
  'app.monocles.setup.1':
    'Öffne Monocles Chat und wähle die Option, ein bestehendes Konto zu verwenden.',
  'app.monocles.setup.2':
    'Gib deine Adresse {jid} und dein Passwort ein und melde dich an.',
  'app.monal.description':
    'Eine freie, quelloffene Chat-App für iPhone, iPad und Mac.',
  'app.monal.setup.1':
    'Öffne Monal und wähle die Anmeldung mit einem bestehenden Konto.',
  'app.monal.setup.2':
    'Gib deine Adresse {jid} und dein Passwort ein und melde dich an.',
  'app.gajim.description':
    'Eine vielseitige Chat-App für Windows- und Linux-Computer.',
  'app.gajim.setup.1':
    'Starte Gajim; der Konto-Assistent öffnet sich. Wähle „Anmelden“.',
  'app.gajim.setup.2':
    'Gib deine Adresse {jid} und dein Passwort ein und melde dich an.',
  'app.dino.description':
    'Eine schlichte, moderne Chat-App für den Linux-Desktop.',
  'app.dino.setup.1': 'Öffne Dino und wähle, ein Konto einzurichten.',
  'app.dino.setup.2':
    'Melde dich mit deiner Adresse {jid} und deinem Passwort an.',
  'app.kaidan.description': 'Eine einfache Chat-App aus der KDE-Community.',
  'app.kaidan.setup.1':
    'Öffne Kaidan und wähle die Anmeldung mit einem bestehenden Konto.',
  'app.kaidan.setup.2': 'Gib deine Adresse {jid} und dein Passwort ein.',
  'app.movim.description':
    'Eine Chat-App, die im Webbrowser läuft, ganz ohne Installation.',
  'app.movim.setup.1':
    'Such dir einen Movim-Server aus der Liste aus und öffne ihn.',
  'app.movim.setup.2':
    'Melde dich mit deiner Adresse {jid} und deinem Passwort an.',
  'app.conversejs.description': 'Eine Chat-App, die im Webbrowser läuft.',
  'app.conversejs.setup.1': 'Öffne Converse in deinem Browser.',
  'app.conversejs.setup.2':
    'Melde dich mit deiner Adresse {jid} und deinem Passwort an.',
};
