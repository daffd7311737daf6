import type { Catalog } from './en.js';

/** Italian, with the informal "tu" common in apps. */
export const it: Catalog = {
  'layout.language': 'Lingua',
  'layout.footer':
    'Inviti e registrazione per {site}, un servizio di chat XMPP.',

  'platform.android': 'Android',
  'platform.ios': 'iPhone e iPad',
  'platform.macos': 'Mac',
  'platform.windows': 'Windows',
  'platform.linux': 'Linux',
  'platform.web': 'browser web',

  'invite.title': 'Il tuo invito su {site}',
  'invite.heading.inviter': '{inviter} ti invita a chattare su {site}',
  'invite.heading': 'Sei invitato a chattare su {site}',
  'invite.xmpp':
    '{site} fa parte di XMPP, una rete di chat aperta: come con l’e-mail, tutti possono parlarsi, qualunque app usino e su qualunque server si trovino.',
  'invite.address.locked': 'Il tuo indirizzo sarà {jid}.',
  'invite.address.free': 'Scegli tu il tuo indirizzo, per esempio {example}.',
  'invite.group':
    'Questo invito si può condividere: più persone possono iscriversi con lo stesso invito.',
  'invite.expires': 'Questo invito è valido fino al {date}.',
  'invite.apps.heading': 'Scegli un’app',
  'invite.apps.for': 'App per {platform}',
  'invite.apps.unknown':
    'Scegli un’app per il telefono o il computer su cui vuoi chattare.',
  'invite.apps.all': 'Mostra tutte le app',
  'invite.apps.others': 'App per altri dispositivi',
  'invite.register.direct': 'Hai già un’app XMPP? Crea subito il tuo account',
  'invite.open.heading': 'Hai già un’app XMPP?',
  'invite.open.text':
    'Le app che capiscono gli inviti creano il tuo account in pochi tocchi.',
  'invite.open.button': 'Apri nell’app',
  'invite.qr.heading': 'Continua sul telefono',
  'invite.qr.text':
    'Inquadra questo codice con la fotocamera del telefono per aprire lì questo invito.',
  'invite.qr.heading.phone': 'Apri questo invito su un altro dispositivo',
  'invite.qr.text.phone':
    'Inquadra questo codice con la fotocamera di un altro telefono o tablet per aprire lì questo invito.',
  'invite.qr.label': 'Codice QR del link di questo invito',

  'app.recommended': 'Consigliata',
  'app.runs-on': 'Funziona su: {platforms}',
  'app.use': 'Usa {app}',
  'app.homepage': 'Informazioni su {app}',

  'setup.title': 'Configura {app}',
  'setup.back': 'Scegli un’altra app',
  'setup.get.heading': 'Scarica {app}',
  'setup.get.magic':
    'Installala con questo pulsante: {app} troverà il tuo invito al primo avvio.',
  'setup.ios.return':
    'L’App Store non passa questo invito all’app. Quando {app} è installata, torna su questa pagina per continuare.',
  'setup.copy.label': 'Il tuo link d’invito',
  'setup.copy.hint':
    'Copia subito questo link, così potrai riaprirlo dopo l’installazione.',
  'setup.copy.button': 'Copia il link d’invito',
  'setup.copy.done': 'Copiato!',
  'setup.inapp.heading': 'Apri l’invito in {app}',
  'setup.inapp.text':
    'Con {app} installata, usa questo pulsante: {app} si apre e ti fa scegliere nome utente e password.',
  'setup.inapp.button': 'Apri l’invito in {app}',
  'setup.inapp.fallback':
    'Non succede niente? Crea invece il tuo account sul web.',
  'setup.register.heading': 'Crea il tuo account',
  'setup.register.text':
    'Nella pagina successiva scegli nome utente e password. Ci vuole un minuto.',
  'setup.register.button': 'Crea il mio account',
  'setup.signin.heading': 'Accedi a {app}',
  'setup.signin.intro': 'Una volta creato l’account:',
  'address.example': 'tuonome@{host}',

  'register.title': 'Crea il tuo account',
  'register.lead': 'Scegli un nome utente e una password per {site}.',
  'register.username': 'Nome utente',
  'register.username.hint':
    'Il tuo indirizzo sarà questo nome seguito da @{host}. Lettere, cifre, punti e trattini funzionano ovunque.',
  'register.username.locked': 'Questo invito vale solo per questo nome utente.',
  'register.password': 'Password',
  'register.password.hint':
    'Almeno {min} caratteri. Alcune parole senza legame tra loro formano una password sicura e facile da ricordare.',
  'register.confirmation': 'Ripeti la password',
  'register.submit': 'Crea il mio account',
  'register.next-app': 'Dopo ti mostriamo come accedere a {app}.',
  'form.errors.heading': 'Controlla il modulo',
  'form.csrf':
    'Il modulo è scaduto, oppure il browser non ha rimandato il suo cookie. Invialo di nuovo; se succede ancora, consenti i cookie per questo sito.',

  'problem.username.empty': 'Inserisci un nome utente.',
  'problem.username.too-long': 'Questo nome utente è troppo lungo.',
  'problem.username.bad-character':
    'Un nome utente non può contenere spazi né questi caratteri: " & \' / : < > @',
  'problem.username.reserved':
    'Questo nome utente è riservato. Scegline un altro.',
  'problem.username.pattern':
    'Questo sito non accetta questo nome utente. Scegline un altro.',
  'problem.username.locked':
    'Questo invito vale solo per il nome utente {username}.',
  'problem.username.taken':
    'Questo nome utente è già preso. Scegline un altro.',
  'problem.password.too-short':
    'La password deve avere almeno {min} caratteri.',
  'problem.password.too-long':
    'Questa password è troppo lunga: usa al massimo 1024 caratteri.',
  'problem.password.same-as-username':
    'La password non può essere uguale al nome utente.',
  'problem.password.too-weak':
    'Questa password è troppo facile da indovinare. Aggiungi qualche parola o carattere.',
  'problem.password.mismatch': 'Le due password non coincidono.',
  'problem.server.not-allowed':
    'Il server ha rifiutato la richiesta. Prova un altro nome utente o contatta chi gestisce {site}.',
  'problem.server.not-found':
    'Questo account non esiste più. Contatta chi gestisce {site}.',

  'success.title': 'Benvenuto su {site}!',
  'success.ready': 'Il tuo account è pronto. Il tuo indirizzo è:',
  'success.share':
    'Dai questo indirizzo ai tuoi amici, così potranno aggiungerti ai contatti.',
  'success.password':
    'Conserva bene la password: questo sito non può mostrartela di nuovo.',
  'success.signin.heading': 'Accedi dalla tua app',
  'success.signin.generic':
    'Apri la tua app XMPP, scegli di accedere con un account esistente e inserisci il tuo indirizzo {jid} e la password che hai appena scelto.',
  'success.login.button': 'Apri {app} e accedi',
  'success.noapp.heading': 'Non hai ancora un’app?',

  'reset.title': 'Scegli una nuova password',
  'reset.lead': 'Imposta una nuova password per {jid}.',
  'reset.password': 'Nuova password',
  'reset.submit': 'Salva la nuova password',
  'reset.success.title': 'La tua password è cambiata',
  'reset.success.text':
    'La nuova password di {jid} è salvata. D’ora in poi accedi con quella; le app che usano ancora la vecchia ti chiederanno la nuova.',

  'gone.unknown.title': 'Questo link d’invito non funziona',
  'gone.unknown.text':
    'Non abbiamo trovato questo invito. Controlla di aver aperto il link completo: copiandolo è facile perderne la fine. Altrimenti chiedi un nuovo link a chi ti ha invitato.',
  'gone.expired.title': 'Questo invito è scaduto',
  'gone.expired.text':
    'Gli inviti valgono per un tempo limitato e questo è scaduto. Chiedi a chi ti ha invitato di mandartene un altro.',
  'gone.used-up.title': 'Questo invito è già stato usato',
  'gone.used-up.text':
    'Se l’hai usato tu, il tuo account esiste già: accedi semplicemente dalla tua app. Altrimenti chiedi un nuovo invito a chi ti ha invitato.',
  'gone.revoked.title': 'Questo invito è stato annullato',
  'gone.revoked.text':
    'Chi ha creato questo invito lo ha ritirato. Se vuoi ancora unirti, chiedigliene uno nuovo.',
  'gone.app.title': 'Non conosciamo questa app',
  'gone.app.text': 'Torna all’invito e scegli un’app dall’elenco.',
  'gone.back': 'Torna all’invito',

  'unavailable.title': 'Il server di chat al momento non risponde',
  'unavailable.text':
    'Non è cambiato nulla e il tuo invito è ancora valido. Riprova tra un minuto.',
  'unavailable.back': 'Torna al modulo',

  'app.download.google-play': 'Google Play',
  'app.download.f-droid': 'F-Droid',
  'app.download.app-store': 'App Store',
  'app.download.flathub': 'Flathub',
  'app.download.microsoft-store': 'Microsoft Store',
  'app.download.website': 'Scarica dal sito',
  'app.download.web': 'Apri nel browser',
  'app.conversations.description':
    'Un’app di chat per Android veloce e leggera sulla batteria, con la crittografia integrata.',
  'app.conversations.setup.1':
    'Apri Conversations e scegli l’opzione per usare un account esistente.',
  'app.conversations.setup.2':
    'Inserisci il tuo indirizzo {jid} e la password, poi accedi.',
  'app.cheogram.description':
    'Un’app di chat per Android basata su Conversations, con extra come sticker e comandi.',
  'app.cheogram.setup.1':
    'Apri Cheogram e scegli l’opzione per usare un account esistente.',
  'app.cheogram.setup.2':
    'Inserisci il tuo indirizzo {jid} e la password, poi accedi.',
  'app.monocles.description':
    'Un’app di chat per Android basata su Conversations, con molte impostazioni.',
  'app.monocles.setup.1':
    'Apri Monocles Chat e scegli l’opzione per usare un account esistente.',
  'app.monocles.setup.2':
    'Inserisci il tuo indirizzo {jid} e la password, poi accedi.',
  'app.monal.description':
    'Un’app di chat libera e open source per iPhone, iPad e Mac.',
  'app.monal.setup.1':
    'Apri Monal e scegli di accedere con un account esistente.',
  'app.monal.setup.2':
    'Inserisci il tuo indirizzo {jid} e la password, poi accedi.',
  'app.gajim.description':
    'Un’app di chat completa per computer Windows e Linux.',
  'app.gajim.setup.1':
    'Avvia Gajim; si apre l’assistente account. Scegli di accedere.',
  'app.gajim.setup.2':
    'Inserisci il tuo indirizzo {jid} e la password, poi accedi.',
  'app.dino.description':
    'Un’app di chat pulita e moderna per il desktop Linux.',
  'app.dino.setup.1': 'Apri Dino e scegli di configurare un account.',
  'app.dino.setup.2': 'Accedi con il tuo indirizzo {jid} e la password.',
  'app.kaidan.description': 'Un’app di chat semplice della comunità KDE.',
  'app.kaidan.setup.1':
    'Apri Kaidan e scegli di accedere con un account esistente.',
  'app.kaidan.setup.2': 'Inserisci il tuo indirizzo {jid} e la password.',
  'app.movim.description':
    'Un’app di chat che funziona nel browser, senza installare nulla.',
  'app.movim.setup.1': 'Scegli un server Movim dall’elenco e aprilo.',
  'app.movim.setup.2': 'Accedi con il tuo indirizzo {jid} e la password.',
  'app.conversejs.description': 'Un’app di chat che funziona nel browser.',
  'app.conversejs.setup.1': 'Apri Converse nel tuo browser.',
  'app.conversejs.setup.2': 'Accedi con il tuo indirizzo {jid} e la password.',
};
