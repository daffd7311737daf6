import type { Catalog } from './en.js';

/** Spanish, with "tú", understood on both sides of the Atlantic. */
export const es: Catalog = {
  'layout.language': 'Idioma',
  'layout.footer':
    'Invitaciones y registro para {site}, un servicio de chat XMPP.',

  'platform.android': 'Android',
  'platform.ios': 'iPhone y iPad',
  'platform.macos': 'Mac',
  'platform.windows': 'Windows',
  'platform.linux': 'Linux',
  'platform.web': 'navegadores web',

  'invite.title': 'Tu invitación a {site}',
  'invite.heading.inviter': '{inviter} te invita a chatear en {site}',
  'invite.heading': 'Te invitan a chatear en {site}',
  'invite.xmpp':
    '{site} forma parte de XMPP, una red de chat abierta: como con el correo electrónico, todo el mundo puede hablar entre sí, use la app que use y esté en el servidor que esté.',
  'invite.address.locked': 'Tu dirección será {jid}.',
  'invite.address.free': 'Tú eliges tu dirección, por ejemplo {example}.',
  'invite.group':
    'Esta invitación se puede compartir: varias personas pueden unirse con ella.',
  'invite.expires': 'Esta invitación es válida hasta el {date}.',
  'invite.apps.heading': 'Elige una app',
  'invite.apps.for': 'Apps para {platform}',
  'invite.apps.unknown':
    'Elige una app para el móvil o el ordenador en el que quieras chatear.',
  'invite.apps.all': 'Mostrar todas las apps',
  'invite.apps.others': 'Apps para otros dispositivos',
  'invite.register.direct': '¿Ya tienes una app XMPP? Crea tu cuenta ahora',
  'invite.open.heading': '¿Ya tienes una app XMPP?',
  'invite.open.text':
    'Las apps que entienden invitaciones crean tu cuenta en unos pocos toques.',
  'invite.open.button': 'Abrir en la app',
  'invite.qr.heading': 'Continúa en tu móvil',
  'invite.qr.text':
    'Escanea este código con la cámara de tu móvil para abrir allí esta invitación.',
  'invite.qr.heading.phone': 'Abre esta invitación en otro dispositivo',
  'invite.qr.text.phone':
    'Escanea este código con la cámara de otro móvil o tableta para abrir allí esta invitación.',
  'invite.qr.label': 'Código QR del enlace de esta invitación',

  'app.recommended': 'Recomendada',
  'app.runs-on': 'Funciona en: {platforms}',
  'app.use': 'Usar {app}',
  'app.homepage': 'Acerca de {app}',

  'setup.title': 'Configura {app}',
  'setup.back': 'Elegir otra app',
  'setup.get.heading': 'Consigue {app}',
  'setup.get.magic':
    'Instálala con este botón: {app} encontrará tu invitación la primera vez que la abras.',
  'setup.ios.return':
    'La App Store no le pasa esta invitación a la app. Cuando {app} esté instalada, vuelve a esta página para continuar.',
  'setup.copy.label': 'Tu enlace de invitación',
  'setup.copy.hint':
    'Copia este enlace ahora para poder abrirlo de nuevo después de instalar.',
  'setup.copy.button': 'Copiar el enlace de invitación',
  'setup.copy.done': '¡Copiado!',
  'setup.inapp.heading': 'Abre la invitación en {app}',
  'setup.inapp.text':
    'Con {app} instalada, usa este botón: {app} se abre y te deja elegir tu nombre de usuario y tu contraseña.',
  'setup.inapp.button': 'Abrir la invitación en {app}',
  'setup.inapp.fallback': '¿No pasa nada? Crea tu cuenta en la web.',
  'setup.register.heading': 'Crea tu cuenta',
  'setup.register.text':
    'En la página siguiente eliges tu nombre de usuario y tu contraseña. Es cuestión de un minuto.',
  'setup.register.button': 'Crear mi cuenta',
  'setup.signin.heading': 'Inicia sesión en {app}',
  'setup.signin.intro': 'Cuando tu cuenta exista:',
  'address.example': 'tunombre@{host}',

  'register.title': 'Crea tu cuenta',
  'register.lead': 'Elige un nombre de usuario y una contraseña para {site}.',
  'register.username': 'Nombre de usuario',
  'register.username.hint':
    'Tu dirección será este nombre seguido de @{host}. Letras, números, puntos y guiones funcionan en todas partes.',
  'register.username.locked':
    'Esta invitación es solo para este nombre de usuario.',
  'register.password': 'Contraseña',
  'register.password.hint':
    'Al menos {min} caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.',
  'register.confirmation': 'Repite la contraseña',
  'register.submit': 'Crear mi cuenta',
  'register.next-app': 'Después te mostramos cómo iniciar sesión en {app}.',
  'form.errors.heading': 'Revisa el formulario',
  'form.csrf':
    'El formulario caducó o tu navegador no devolvió su cookie. Envíalo de nuevo; si vuelve a pasar, permite las cookies para este sitio.',

  'problem.username.empty': 'Escribe un nombre de usuario.',
  'problem.username.too-long': 'Ese nombre de usuario es demasiado largo.',
  'problem.username.bad-character':
    'Un nombre de usuario no puede tener espacios ni ninguno de estos caracteres: " & \' / : < > @',
  'problem.username.reserved':
    'Ese nombre de usuario está reservado. Elige otro.',
  'problem.username.pattern':
    'Este sitio no permite ese nombre de usuario. Elige otro.',
  'problem.username.locked':
    'Esta invitación es solo para el nombre de usuario {username}.',
  'problem.username.taken':
    'Ese nombre de usuario ya está ocupado. Elige otro.',
  'problem.password.too-short':
    'La contraseña necesita al menos {min} caracteres.',
  'problem.password.too-long':
    'Esa contraseña es demasiado larga: usa como máximo 1024 caracteres.',
  'problem.password.same-as-username':
    'La contraseña no puede ser igual a tu nombre de usuario.',
  'problem.password.too-weak':
    'Esa contraseña es demasiado fácil de adivinar. Añade algunas palabras o caracteres más.',
  'problem.password.mismatch': 'Las dos contraseñas no coinciden.',
  'problem.server.not-allowed':
    'El servidor rechazó la solicitud. Prueba con otro nombre de usuario o contacta con quienes gestionan {site}.',
  'problem.server.not-found':
    'Esta cuenta ya no existe. Contacta con quienes gestionan {site}.',

  'success.title': '¡Te damos la bienvenida a {site}!',
  'success.ready': 'Tu cuenta está lista. Tu dirección es:',
  'success.share':
    'Pásales esta dirección a tus amistades para que te añadan como contacto.',
  'success.password':
    'Guarda bien tu contraseña: este sitio no puede volver a mostrártela.',
  'success.signin.heading': 'Inicia sesión en tu app',
  'success.signin.generic':
    'Abre tu app XMPP, elige iniciar sesión con una cuenta existente y escribe tu dirección {jid} y la contraseña que acabas de elegir.',
  'success.login.button': 'Abrir {app} e iniciar sesión',
  'success.noapp.heading': '¿Todavía no tienes app?',

  'reset.title': 'Elige una contraseña nueva',
  'reset.lead': 'Pon una contraseña nueva para {jid}.',
  'reset.password': 'Contraseña nueva',
  'reset.submit': 'Guardar la contraseña nueva',
  'reset.success.title': 'Tu contraseña ha cambiado',
  'reset.success.text':
    'La contraseña nueva de {jid} está guardada. A partir de ahora inicia sesión con ella; las apps que aún usen la antigua te pedirán la nueva.',

  'gone.unknown.title': 'Este enlace de invitación no funciona',
  'gone.unknown.text':
    'No encontramos esta invitación. Comprueba que abriste el enlace completo: al copiarlo es fácil perder el final. Si no, pide un enlace nuevo a quien te invitó.',
  'gone.expired.title': 'Esta invitación ha caducado',
  'gone.expired.text':
    'Las invitaciones valen por un tiempo limitado y esta ya ha vencido. Pide a quien te invitó que te envíe otra.',
  'gone.used-up.title': 'Esta invitación ya se ha usado',
  'gone.used-up.text':
    'Si la usaste tú, tu cuenta ya existe: simplemente inicia sesión en tu app. Si no, pide una invitación nueva a quien te invitó.',
  'gone.revoked.title': 'Esta invitación se ha cancelado',
  'gone.revoked.text':
    'Quien creó esta invitación la ha retirado. Si todavía quieres unirte, pídele una nueva.',
  'gone.app.title': 'No conocemos esta app',
  'gone.app.text': 'Vuelve a la invitación y elige una app de la lista.',
  'gone.back': 'Volver a la invitación',

  'unavailable.title': 'El servidor de chat no responde en este momento',
  'unavailable.text':
    'No se ha cambiado nada y tu invitación sigue siendo válida. Vuelve a intentarlo dentro de un minuto.',
  'unavailable.back': 'Volver al formulario',

  'app.download.google-play': 'Google Play',
  'app.download.f-droid': 'F-Droid',
  'app.download.app-store': 'App Store',
  'app.download.flathub': 'Flathub',
  'app.download.microsoft-store': 'Microsoft Store',
  'app.download.website': 'Descargar desde la web',
  'app.download.web': 'Abrir en el navegador',
  'app.conversations.description':
    'Una app de chat para Android rápida, que cuida la batería y trae cifrado integrado.',
  'app.conversations.setup.1':
    'Abre Conversations y elige la opción de usar una cuenta existente.',
  'app.conversations.setup.2':
    'Escribe tu dirección {jid} y tu contraseña, e inicia sesión.',
  'app.cheogram.description':
    'Una app de chat para Android basada en Conversations, con extras como stickers y comandos.',
  'app.cheogram.setup.1':
    'Abre Cheogram y elige la opción de usar una cuenta existente.',
  'app.cheogram.setup.2':
    'Escribe tu dirección {jid} y tu contraseña, e inicia sesión.',
  'app.monocles.description':
    'Una app de chat para Android basada en Conversations, con muchos ajustes.',
  'app.monocles.setup.1':
    'Abre Monocles Chat y elige la opción de usar una cuenta existente.',
  'app.monocles.setup.2':
    'Escribe tu dirección {jid} y tu contraseña, e inicia sesión.',
  'app.monal.description':
    'Una app de chat libre y de código abierto para iPhone, iPad y Mac.',
  'app.monal.setup.1':
    'Abre Monal y elige iniciar sesión con una cuenta existente.',
  'app.monal.setup.2':
    'Escribe tu dirección {jid} y tu contraseña, e inicia sesión.',
  'app.gajim.description':
    'Una app de chat completa para ordenadores con Windows y Linux.',
  'app.gajim.setup.1':
    'Abre Gajim; se abre el asistente de cuentas. Elige iniciar sesión.',
  'app.gajim.setup.2':
    'Escribe tu dirección {jid} y tu contraseña, e inicia sesión.',
  'app.dino.description':
    'Una app de chat limpia y moderna para el escritorio Linux.',
  'app.dino.setup.1': 'Abre Dino y elige configurar una cuenta.',
  'app.dino.setup.2': 'Inicia sesión con tu dirección {jid} y tu contraseña.',
  'app.kaidan.description': 'Una app de chat sencilla de la comunidad KDE.',
  'app.kaidan.setup.1':
    'Abre Kaidan y elige iniciar sesión con una cuenta existente.',
  'app.kaidan.setup.2': 'Escribe tu dirección {jid} y tu contraseña.',
  'app.movim.description':
    'Una app de chat que funciona en el navegador, sin instalar nada.',
  'app.movim.setup.1': 'Elige un servidor de Movim de la lista y ábrelo.',
  'app.movim.setup.2': 'Inicia sesión con tu dirección {jid} y tu contraseña.',
  'app.conversejs.description': 'Una app de chat que funciona en el navegador.',
  'app.conversejs.setup.1': 'Abre Converse en tu navegador.',
  'app.conversejs.setup.2':
    'Inicia sesión con tu dirección {jid} y tu contraseña.',
};
