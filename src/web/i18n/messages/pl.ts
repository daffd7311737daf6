import type { Catalog } from './en.js';

/** Polish, addressing the reader directly, as Polish apps do. */
export const pl: Catalog = {
  'layout.language': 'Język',
  'layout.footer': 'Zaproszenia i rejestracja w {site}, usłudze czatu XMPP.',

  'platform.android': 'Android',
  'platform.ios': 'iPhone i iPad',
  'platform.macos': 'Mac',
  'platform.windows': 'Windows',
  'platform.linux': 'Linux',
  'platform.web': 'przeglądarka',

  'invite.title': 'Twoje zaproszenie do {site}',
  'invite.heading.inviter': '{inviter} zaprasza cię do rozmowy w {site}',
  'invite.heading': 'Masz zaproszenie do rozmowy w {site}',
  'invite.xmpp':
    '{site} należy do XMPP, otwartej sieci czatu: jak w przypadku e-maila, wszyscy mogą ze sobą rozmawiać, niezależnie od aplikacji i serwera.',
  'invite.address.locked': 'Twój adres to będzie {jid}.',
  'invite.address.free':
    'Swój adres wybierasz samodzielnie, na przykład {example}.',
  'invite.group':
    'To zaproszenie można przekazać dalej: może z niego skorzystać kilka osób.',
  'invite.expires': 'To zaproszenie jest ważne do {date}.',
  'invite.apps.heading': 'Wybierz aplikację',
  'invite.apps.for': 'Aplikacje – {platform}',
  'invite.apps.unknown':
    'Wybierz aplikację na telefon lub komputer, na którym chcesz rozmawiać.',
  'invite.apps.all': 'Pokaż wszystkie aplikacje',
  'invite.apps.others': 'Aplikacje na inne urządzenia',
  'invite.register.direct': 'Masz już aplikację XMPP? Załóż konto teraz',
  'invite.open.heading': 'Masz już aplikację XMPP?',
  'invite.open.text':
    'Aplikacje, które rozumieją zaproszenia, założą ci konto kilkoma dotknięciami.',
  'invite.open.button': 'Otwórz w aplikacji',
  'invite.qr.heading': 'Kontynuuj na telefonie',
  'invite.qr.text':
    'Zeskanuj ten kod aparatem telefonu, aby otworzyć tam to zaproszenie.',
  'invite.qr.heading.phone': 'Otwórz to zaproszenie na innym urządzeniu',
  'invite.qr.text.phone':
    'Zeskanuj ten kod aparatem innego telefonu lub tabletu, aby otworzyć tam to zaproszenie.',
  'invite.qr.label': 'Kod QR z linkiem do tego zaproszenia',

  'app.recommended': 'Polecana',
  'app.runs-on': 'Działa na: {platforms}',
  'app.use': 'Wybierz {app}',
  'app.homepage': 'O aplikacji {app}',

  'setup.title': 'Konfiguracja: {app}',
  'setup.back': 'Wybierz inną aplikację',
  'setup.get.heading': 'Zainstaluj {app}',
  'setup.get.magic':
    'Zainstaluj aplikację tym przyciskiem: {app} znajdzie twoje zaproszenie przy pierwszym uruchomieniu.',
  'setup.ios.return':
    'App Store nie przekazuje tego zaproszenia do aplikacji. Gdy {app} będzie już zainstalowana, wróć na tę stronę, aby kontynuować.',
  'setup.copy.label': 'Twój link z zaproszeniem',
  'setup.copy.hint':
    'Skopiuj ten link teraz, aby otworzyć go ponownie po instalacji.',
  'setup.copy.button': 'Skopiuj link z zaproszeniem',
  'setup.copy.done': 'Skopiowano!',
  'setup.inapp.heading': 'Otwórz zaproszenie w {app}',
  'setup.inapp.text':
    'Gdy {app} jest już zainstalowana, użyj tego przycisku: aplikacja się otworzy i pozwoli wybrać nazwę użytkownika i hasło.',
  'setup.inapp.button': 'Otwórz zaproszenie w {app}',
  'setup.inapp.fallback':
    'Nic się nie dzieje? Załóż konto przez stronę internetową.',
  'setup.register.heading': 'Załóż konto',
  'setup.register.text':
    'Na następnej stronie wybierzesz nazwę użytkownika i hasło. To zajmie minutę.',
  'setup.register.button': 'Załóż moje konto',
  'setup.signin.heading': 'Zaloguj się w {app}',
  'setup.signin.intro': 'Gdy konto będzie gotowe:',
  'address.example': 'twojanazwa@{host}',

  'register.title': 'Załóż konto',
  'register.lead': 'Wybierz nazwę użytkownika i hasło do {site}.',
  'register.username': 'Nazwa użytkownika',
  'register.username.hint':
    'Twój adres to ta nazwa, a po niej @{host}. Litery, cyfry, kropki i łączniki działają wszędzie.',
  'register.username.locked':
    'To zaproszenie jest tylko dla tej nazwy użytkownika.',
  'register.password': 'Hasło',
  'register.password.hint':
    'Co najmniej {min} znaków. Kilka niezwiązanych ze sobą słów daje silne hasło, które łatwo zapamiętać.',
  'register.confirmation': 'Powtórz hasło',
  'register.submit': 'Załóż moje konto',
  'register.next-app': 'Potem pokażemy, jak zalogować się w {app}.',
  'form.errors.heading': 'Sprawdź formularz',
  'form.csrf':
    'Formularz wygasł albo przeglądarka nie odesłała jego ciasteczka. Wyślij go jeszcze raz; jeśli to się powtarza, zezwól tej stronie na ciasteczka.',

  'problem.username.empty': 'Wpisz nazwę użytkownika.',
  'problem.username.too-long': 'Ta nazwa użytkownika jest za długa.',
  'problem.username.bad-character':
    'Nazwa użytkownika nie może zawierać spacji ani żadnego z tych znaków: " & \' / : < > @',
  'problem.username.reserved':
    'Ta nazwa użytkownika jest zarezerwowana. Wybierz inną.',
  'problem.username.pattern':
    'Ta strona nie dopuszcza takiej nazwy użytkownika. Wybierz inną.',
  'problem.username.locked':
    'To zaproszenie jest tylko dla nazwy użytkownika {username}.',
  'problem.username.taken':
    'Ta nazwa użytkownika jest już zajęta. Wybierz inną.',
  'problem.password.too-short': 'Hasło musi mieć co najmniej {min} znaków.',
  'problem.password.too-long':
    'To hasło jest za długie: użyj najwyżej 1024 znaków.',
  'problem.password.same-as-username':
    'Hasło nie może być takie samo jak nazwa użytkownika.',
  'problem.password.too-weak':
    'To hasło jest zbyt łatwe do odgadnięcia. Dodaj kilka słów lub znaków.',
  'problem.password.mismatch': 'Oba hasła nie są takie same.',
  'problem.server.not-allowed':
    'Serwer odrzucił tę prośbę. Spróbuj innej nazwy użytkownika albo skontaktuj się z administracją {site}.',
  'problem.server.not-found':
    'To konto już nie istnieje. Skontaktuj się z administracją {site}.',

  'success.title': 'Witaj w {site}!',
  'success.ready': 'Twoje konto jest gotowe. Twój adres to:',
  'success.share':
    'Podaj ten adres znajomym, żeby mogli dodać cię do kontaktów.',
  'success.password':
    'Zachowaj hasło w bezpiecznym miejscu: ta strona nie może pokazać go ponownie.',
  'success.signin.heading': 'Zaloguj się w aplikacji',
  'success.signin.generic':
    'Otwórz aplikację XMPP, wybierz logowanie na istniejące konto i wpisz swój adres {jid} oraz wybrane przed chwilą hasło.',
  'success.login.button': 'Otwórz {app} i zaloguj się',
  'success.noapp.heading': 'Nie masz jeszcze aplikacji?',

  'reset.title': 'Wybierz nowe hasło',
  'reset.lead': 'Ustaw nowe hasło dla {jid}.',
  'reset.password': 'Nowe hasło',
  'reset.submit': 'Zapisz nowe hasło',
  'reset.success.title': 'Hasło zostało zmienione',
  'reset.success.text':
    'Nowe hasło dla {jid} zostało zapisane. Od teraz loguj się nim; aplikacje, które używają jeszcze starego, poproszą cię o nowe.',

  'gone.unknown.title': 'Ten link z zaproszeniem nie działa',
  'gone.unknown.text':
    'Nie znaleźliśmy tego zaproszenia. Sprawdź, czy został otwarty cały link: przy kopiowaniu łatwo zgubić jego końcówkę. Jeśli nie, poproś osobę, która cię zaprosiła, o nowy link.',
  'gone.expired.title': 'To zaproszenie wygasło',
  'gone.expired.text':
    'Zaproszenia są ważne przez ograniczony czas, a ten już minął. Poproś osobę, która cię zaprosiła, o nowe.',
  'gone.used-up.title': 'To zaproszenie zostało już wykorzystane',
  'gone.used-up.text':
    'Jeśli to zaproszenie zostało użyte przez ciebie, twoje konto już istnieje: po prostu zaloguj się w aplikacji. Jeśli nie, poproś osobę, która cię zaprosiła, o nowe zaproszenie.',
  'gone.revoked.title': 'To zaproszenie zostało anulowane',
  'gone.revoked.text':
    'Osoba, która utworzyła to zaproszenie, wycofała je. Jeśli nadal chcesz dołączyć, poproś ją o nowe.',
  'gone.app.title': 'Nie znamy tej aplikacji',
  'gone.app.text': 'Wróć do zaproszenia i wybierz aplikację z listy.',
  'gone.back': 'Wróć do zaproszenia',

  'unavailable.title': 'Serwer czatu chwilowo nie odpowiada',
  'unavailable.text':
    'Nic nie zostało zmienione, a twoje zaproszenie jest nadal ważne. Spróbuj ponownie za minutę.',
  'unavailable.back': 'Wróć do formularza',

  'app.download.google-play': 'Google Play',
  'app.download.f-droid': 'F-Droid',
  'app.download.app-store': 'App Store',
  'app.download.flathub': 'Flathub',
  'app.download.microsoft-store': 'Microsoft Store',
  'app.download.website': 'Pobierz ze strony projektu',
  'app.download.web': 'Otwórz w przeglądarce',
  'app.conversations.description':
    'Szybka, oszczędzająca baterię aplikacja do czatu na Androida z wbudowanym szyfrowaniem.',
  'app.conversations.setup.1':
    'Otwórz Conversations i wybierz opcję użycia istniejącego konta.',
  'app.conversations.setup.2':
    'Wpisz swój adres {jid} i hasło, a potem się zaloguj.',
  'app.cheogram.description':
    'Aplikacja do czatu na Androida oparta na Conversations, z dodatkami takimi jak naklejki i polecenia.',
  'app.cheogram.setup.1':
    'Otwórz Cheogram i wybierz opcję użycia istniejącego konta.',
  'app.cheogram.setup.2':
    'Wpisz swój adres {jid} i hasło, a potem się zaloguj.',
  'app.monocles.description':
    'Aplikacja do czatu na Androida oparta na Conversations, z wieloma ustawieniami.',
  'app.monocles.setup.1':
    'Otwórz Monocles Chat i wybierz opcję użycia istniejącego konta.',
  'app.monocles.setup.2':
    'Wpisz swój adres {jid} i hasło, a potem się zaloguj.',
  'app.monal.description':
    'Wolna aplikacja do czatu o otwartym kodzie na iPhone’a, iPada i Maca.',
  'app.monal.setup.1': 'Otwórz Monal i wybierz logowanie na istniejące konto.',
  'app.monal.setup.2': 'Wpisz swój adres {jid} i hasło, a potem się zaloguj.',
  'app.gajim.description':
    'Rozbudowana aplikacja do czatu na komputery z Windowsem i Linuksem.',
  'app.gajim.setup.1':
    'Uruchom Gajim; otworzy się kreator konta. Wybierz logowanie.',
  'app.gajim.setup.2': 'Wpisz swój adres {jid} i hasło, a potem się zaloguj.',
  'app.dino.description':
    'Przejrzysta, nowoczesna aplikacja do czatu na pulpit Linuksa.',
  'app.dino.setup.1': 'Otwórz Dino i wybierz konfigurację konta.',
  'app.dino.setup.2': 'Zaloguj się swoim adresem {jid} i hasłem.',
  'app.kaidan.description': 'Prosta aplikacja do czatu od społeczności KDE.',
  'app.kaidan.setup.1':
    'Otwórz Kaidan i wybierz logowanie na istniejące konto.',
  'app.kaidan.setup.2': 'Wpisz swój adres {jid} i hasło.',
  'app.movim.description':
    'Aplikacja do czatu działająca w przeglądarce, bez instalowania czegokolwiek.',
  'app.movim.setup.1': 'Wybierz serwer Movim z listy i otwórz go.',
  'app.movim.setup.2': 'Zaloguj się swoim adresem {jid} i hasłem.',
  'app.conversejs.description': 'Aplikacja do czatu działająca w przeglądarce.',
  'app.conversejs.setup.1': 'Otwórz Converse w przeglądarce.',
  'app.conversejs.setup.2': 'Zaloguj się swoim adresem {jid} i hasłem.',
};
