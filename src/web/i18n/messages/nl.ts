import type { Catalog } from './en.js';

/** Dutch, with the informal "je" that Dutch apps use. */
export const nl: Catalog = {
  'layout.language': 'Taal',
  'layout.footer':
    'Uitnodigingen en aanmelden voor {site}, een XMPP-chatdienst.',

  'platform.android': 'Android',
  'platform.ios': 'iPhone en iPad',
  'platform.macos': 'Mac',
  'platform.windows': 'Windows',
  'platform.linux': 'Linux',
  'platform.web': 'webbrowsers',

  'invite.title': 'Je uitnodiging voor {site}',
  'invite.heading.inviter': '{inviter} nodigt je uit om te chatten op {site}',
  'invite.heading': 'Je bent uitgenodigd om te chatten op {site}',
  'invite.xmpp':
    '{site} hoort bij XMPP, een open chatnetwerk: net als bij e-mail kan iedereen met elkaar praten, welke app en welke server je ook gebruikt.',
  'invite.address.locked': 'Je adres wordt {jid}.',
  'invite.address.free': 'Je kiest zelf je adres, bijvoorbeeld {example}.',
  'invite.group':
    'Deze uitnodiging mag je delen: er kunnen meerdere mensen mee lid worden.',
  'invite.expires': 'Deze uitnodiging is geldig tot {date}.',
  'invite.apps.heading': 'Kies een app',
  'invite.apps.for': 'Apps voor {platform}',
  'invite.apps.unknown':
    'Kies een app voor de telefoon of computer waarop je wilt chatten.',
  'invite.apps.all': 'Alle apps tonen',
  'invite.apps.others': 'Apps voor andere apparaten',
  'invite.register.direct': 'Heb je al een XMPP-app? Maak nu je account aan',
  'invite.open.heading': 'Heb je al een XMPP-app?',
  'invite.open.text':
    'Apps die uitnodigingen begrijpen, maken je account aan met een paar tikken.',
  'invite.open.button': 'Openen in de app',
  'invite.qr.heading': 'Verder op je telefoon',
  'invite.qr.text':
    'Scan deze code met de camera van je telefoon om de uitnodiging daar te openen.',
  'invite.qr.heading.phone': 'Deze uitnodiging op een ander apparaat openen',
  'invite.qr.text.phone':
    'Scan deze code met de camera van een andere telefoon of tablet om de uitnodiging daar te openen.',
  'invite.qr.label': 'QR-code van de link van deze uitnodiging',

  'app.recommended': 'Aanbevolen',
  'app.runs-on': 'Werkt op: {platforms}',
  'app.use': '{app} gebruiken',
  'app.homepage': 'Over {app}',

  'setup.title': '{app} instellen',
  'setup.back': 'Een andere app kiezen',
  'setup.get.heading': '{app} installeren',
  'setup.get.magic':
    'Installeer de app met deze knop: {app} vindt je uitnodiging dan bij de eerste keer openen.',
  'setup.ios.return':
    'De App Store geeft deze uitnodiging niet door aan de app. Kom terug naar deze pagina zodra {app} geïnstalleerd is.',
  'setup.copy.label': 'Je uitnodigingslink',
  'setup.copy.hint':
    'Kopieer deze link nu, zodat je hem na het installeren weer kunt openen.',
  'setup.copy.button': 'Uitnodigingslink kopiëren',
  'setup.copy.done': 'Gekopieerd!',
  'setup.inapp.heading': 'De uitnodiging openen in {app}',
  'setup.inapp.text':
    'Is {app} geïnstalleerd? Gebruik dan deze knop: {app} gaat open en je kiest je gebruikersnaam en wachtwoord.',
  'setup.inapp.button': 'Uitnodiging openen in {app}',
  'setup.inapp.fallback':
    'Gebeurt er niets? Maak je account dan op het web aan.',
  'setup.register.heading': 'Maak je account aan',
  'setup.register.text':
    'Op de volgende pagina kies je je gebruikersnaam en wachtwoord. Dat kost een minuutje.',
  'setup.register.button': 'Mijn account aanmaken',
  'setup.signin.heading': 'Aanmelden in {app}',
  'setup.signin.intro': 'Zodra je account bestaat:',
  'address.example': 'jouwnaam@{host}',

  'register.title': 'Maak je account aan',
  'register.lead': 'Kies een gebruikersnaam en een wachtwoord voor {site}.',
  'register.username': 'Gebruikersnaam',
  'register.username.hint':
    'Je adres wordt deze naam, gevolgd door @{host}. Letters, cijfers, punten en streepjes werken overal.',
  'register.username.locked':
    'Deze uitnodiging geldt alleen voor deze gebruikersnaam.',
  'register.password': 'Wachtwoord',
  'register.password.hint':
    'Minstens {min} tekens. Een paar woorden die niets met elkaar te maken hebben, vormen een sterk wachtwoord dat makkelijk te onthouden is.',
  'register.confirmation': 'Wachtwoord herhalen',
  'register.submit': 'Mijn account aanmaken',
  'register.next-app': 'Daarna laten we zien hoe je je aanmeldt in {app}.',
  'form.errors.heading': 'Controleer het formulier',
  'form.csrf':
    'Het formulier is verlopen, of je browser heeft de cookie ervan niet teruggestuurd. Verstuur het opnieuw; gebeurt dit steeds, sta dan cookies toe voor deze site.',

  'problem.username.empty': 'Vul een gebruikersnaam in.',
  'problem.username.too-long': 'Die gebruikersnaam is te lang.',
  'problem.username.bad-character':
    'Een gebruikersnaam mag geen spaties bevatten en geen van deze tekens: " & \' / : < > @',
  'problem.username.reserved':
    'Die gebruikersnaam is gereserveerd. Kies een andere.',
  'problem.username.pattern':
    'Deze site staat die gebruikersnaam niet toe. Kies een andere.',
  'problem.username.locked':
    'Deze uitnodiging geldt alleen voor de gebruikersnaam {username}.',
  'problem.username.taken': 'Die gebruikersnaam is al bezet. Kies een andere.',
  'problem.password.too-short':
    'Het wachtwoord moet minstens {min} tekens hebben.',
  'problem.password.too-long':
    'Dat wachtwoord is te lang: gebruik hoogstens 1024 tekens.',
  'problem.password.same-as-username':
    'Het wachtwoord mag niet gelijk zijn aan je gebruikersnaam.',
  'problem.password.too-weak':
    'Dat wachtwoord is te makkelijk te raden. Voeg nog een paar woorden of tekens toe.',
  'problem.password.mismatch': 'De twee wachtwoorden zijn niet gelijk.',
  'problem.server.not-allowed':
    'De server heeft het verzoek geweigerd. Probeer een andere gebruikersnaam of neem contact op met de beheerders van {site}.',
  'problem.server.not-found':
    'Dit account bestaat niet meer. Neem contact op met de beheerders van {site}.',

  'success.title': 'Welkom bij {site}!',
  'success.ready': 'Je account is klaar. Je adres is:',
  'success.share':
    'Geef dit adres aan je vrienden, zodat ze je als contact kunnen toevoegen.',
  'success.password':
    'Bewaar je wachtwoord goed: deze site kan het je niet nog eens laten zien.',
  'success.signin.heading': 'Aanmelden in je app',
  'success.signin.generic':
    'Open je XMPP-app, kies aanmelden met een bestaand account en vul je adres {jid} in en het wachtwoord dat je net gekozen hebt.',
  'success.login.button': '{app} openen en aanmelden',
  'success.noapp.heading': 'Nog geen app?',

  'reset.title': 'Kies een nieuw wachtwoord',
  'reset.lead': 'Stel een nieuw wachtwoord in voor {jid}.',
  'reset.password': 'Nieuw wachtwoord',
  'reset.submit': 'Nieuw wachtwoord opslaan',
  'reset.success.title': 'Je wachtwoord is gewijzigd',
  'reset.success.text':
    'Het nieuwe wachtwoord voor {jid} is opgeslagen. Meld je er voortaan mee aan; apps die het oude nog gebruiken, vragen je om het nieuwe.',

  'gone.unknown.title': 'Deze uitnodigingslink werkt niet',
  'gone.unknown.text':
    'We konden deze uitnodiging niet vinden. Controleer of je de hele link hebt geopend: bij het kopiëren raakt het einde makkelijk kwijt. Vraag anders de persoon die je uitnodigde om een nieuwe link.',
  'gone.expired.title': 'Deze uitnodiging is verlopen',
  'gone.expired.text':
    'Uitnodigingen zijn maar een tijdje geldig, en deze is verlopen. Vraag de persoon die je uitnodigde om een nieuwe te sturen.',
  'gone.used-up.title': 'Deze uitnodiging is al gebruikt',
  'gone.used-up.text':
    'Heb je hem zelf gebruikt? Dan bestaat je account al: meld je gewoon aan in je app. Vraag anders de persoon die je uitnodigde om een nieuwe uitnodiging.',
  'gone.revoked.title': 'Deze uitnodiging is ingetrokken',
  'gone.revoked.text':
    'Wie deze uitnodiging heeft gemaakt, heeft hem ingetrokken. Wil je nog steeds meedoen? Vraag dan om een nieuwe.',
  'gone.app.title': 'Deze app kennen we niet',
  'gone.app.text': 'Ga terug naar de uitnodiging en kies een app uit de lijst.',
  'gone.back': 'Terug naar de uitnodiging',

  'unavailable.title': 'De chatserver reageert op dit moment niet',
  'unavailable.text':
    'Er is niets veranderd en je uitnodiging is nog steeds geldig. Probeer het over een minuut opnieuw.',
  'unavailable.back': 'Terug naar het formulier',

  'app.download.google-play': 'Google Play',
  'app.download.f-droid': 'F-Droid',
  'app.download.app-store': 'App Store',
  'app.download.flathub': 'Flathub',
  'app.download.microsoft-store': 'Microsoft Store',
  'app.download.website': 'Downloaden van de website',
  'app.download.web': 'Openen in de browser',
  'app.conversations.description':
    'Een snelle, zuinige chat-app voor Android met ingebouwde versleuteling.',
  'app.conversations.setup.1':
    'Open Conversations en kies de optie om een bestaand account te gebruiken.',
  'app.conversations.setup.2':
    'Vul je adres {jid} en je wachtwoord in en meld je aan.',
  'app.cheogram.description':
    'Een chat-app voor Android, gebaseerd op Conversations, met extra’s zoals stickers en opdrachten.',
  'app.cheogram.setup.1':
    'Open Cheogram en kies de optie om een bestaand account te gebruiken.',
  'app.cheogram.setup.2':
    'Vul je adres {jid} en je wachtwoord in en meld je aan.',
  'app.monocles.description':
    'Een chat-app voor Android, gebaseerd op Conversations, met veel instellingen.',
  'app.monocles.setup.1':
    'Open Monocles Chat en kies de optie om een bestaand account te gebruiken.',
  'app.monocles.setup.2':
    'Vul je adres {jid} en je wachtwoord in en meld je aan.',
  'app.monal.description':
    'Een vrije, opensource chat-app voor iPhone, iPad en Mac.',
  'app.monal.setup.1': 'Open Monal en kies aanmelden met een bestaand account.',
  'app.monal.setup.2': 'Vul je adres {jid} en je wachtwoord in en meld je aan.',
  'app.gajim.description':
    'Een uitgebreide chat-app voor Windows- en Linux-computers.',
  'app.gajim.setup.1':
    'Start Gajim; de accountassistent gaat open. Kies aanmelden.',
  'app.gajim.setup.2': 'Vul je adres {jid} en je wachtwoord in en meld je aan.',
  'app.dino.description':
    'Een strakke, moderne chat-app voor de Linux-desktop.',
  'app.dino.setup.1': 'Open Dino en kies ervoor een account in te stellen.',
  'app.dino.setup.2': 'Meld je aan met je adres {jid} en je wachtwoord.',
  'app.kaidan.description': 'Een eenvoudige chat-app uit de KDE-gemeenschap.',
  'app.kaidan.setup.1':
    'Open Kaidan en kies aanmelden met een bestaand account.',
  'app.kaidan.setup.2': 'Vul je adres {jid} en je wachtwoord in.',
  'app.movim.description':
    'Een chat-app die in de webbrowser draait, zonder iets te installeren.',
  'app.movim.setup.1': 'Kies een Movim-server uit de lijst en open die.',
  'app.movim.setup.2': 'Meld je aan met je adres {jid} en je wachtwoord.',
  'app.conversejs.description': 'Een chat-app die in de webbrowser draait.',
  'app.conversejs.setup.1': 'Open Converse in je browser.',
  'app.conversejs.setup.2': 'Meld je aan met je adres {jid} en je wachtwoord.',
};
