import type { Catalog } from './en.js';

/** French, with the usual "vous" of the web. */
export const fr: Catalog = {
  'layout.language': 'Langue',
  'layout.footer':
    'Invitations et inscription pour {site}, un service de messagerie XMPP.',

  'platform.android': 'Android',
  'platform.ios': 'iPhone et iPad',
  'platform.macos': 'Mac',
  'platform.windows': 'Windows',
  'platform.linux': 'Linux',
  'platform.web': 'navigateurs web',

  'invite.title': 'Votre invitation sur {site}',
  'invite.heading.inviter': '{inviter} vous invite à discuter sur {site}',
  'invite.heading': 'Vous êtes invité·e à discuter sur {site}',
  'invite.xmpp':
    '{site} fait partie de XMPP, un réseau de messagerie ouvert : comme pour l’e-mail, tout le monde peut se parler, quels que soient l’application et le serveur.',
  'invite.address.locked': 'Votre adresse sera {jid}.',
  'invite.address.free':
    'Vous choisissez vous-même votre adresse, par exemple {example}.',
  'invite.group':
    'Cette invitation peut être partagée : plusieurs personnes peuvent s’inscrire avec elle.',
  'invite.expires': 'Cette invitation est valable jusqu’au {date}.',
  'invite.apps.heading': 'Choisissez une application',
  'invite.apps.for': 'Applications pour {platform}',
  'invite.apps.unknown':
    'Choisissez une application pour le téléphone ou l’ordinateur sur lequel vous voulez discuter.',
  'invite.apps.all': 'Afficher toutes les applications',
  'invite.apps.others': 'Applications pour d’autres appareils',
  'invite.register.direct':
    'Vous avez déjà une application XMPP ? Créez votre compte maintenant',
  'invite.open.heading': 'Vous avez déjà une application XMPP ?',
  'invite.open.text':
    'Les applications qui comprennent les invitations créent votre compte en quelques gestes.',
  'invite.open.button': 'Ouvrir dans l’application',
  'invite.qr.heading': 'Continuer sur votre téléphone',
  'invite.qr.text':
    'Scannez ce code avec l’appareil photo de votre téléphone pour y ouvrir cette invitation.',
  'invite.qr.heading.phone': 'Ouvrir cette invitation sur un autre appareil',
  'invite.qr.text.phone':
    'Scannez ce code avec l’appareil photo d’un autre téléphone ou d’une tablette pour y ouvrir cette invitation.',
  'invite.qr.label': 'Code QR du lien de cette invitation',

  'app.recommended': 'Recommandée',
  'app.runs-on': 'Fonctionne sur : {platforms}',
  'app.use': 'Utiliser {app}',
  'app.homepage': 'À propos de {app}',

  'setup.title': 'Installer {app}',
  'setup.back': 'Choisir une autre application',
  'setup.get.heading': 'Obtenir {app}',
  'setup.get.magic':
    'Installez-la avec ce bouton : {app} retrouvera votre invitation à son premier lancement.',
  'setup.ios.return':
    'L’App Store ne transmet pas cette invitation à l’application. Une fois {app} installée, revenez sur cette page pour continuer.',
  'setup.copy.label': 'Votre lien d’invitation',
  'setup.copy.hint':
    'Copiez ce lien maintenant pour pouvoir l’ouvrir à nouveau après l’installation.',
  'setup.copy.button': 'Copier le lien d’invitation',
  'setup.copy.done': 'Copié !',
  'setup.inapp.heading': 'Ouvrir l’invitation dans {app}',
  'setup.inapp.text':
    'Une fois {app} installée, utilisez ce bouton : {app} s’ouvre et vous laisse choisir votre nom d’utilisateur et votre mot de passe.',
  'setup.inapp.button': 'Ouvrir l’invitation dans {app}',
  'setup.inapp.fallback':
    'Rien ne se passe ? Créez plutôt votre compte sur le web.',
  'setup.register.heading': 'Créez votre compte',
  'setup.register.text':
    'Choisissez votre nom d’utilisateur et votre mot de passe sur la page suivante. Cela prend une minute.',
  'setup.register.button': 'Créer mon compte',
  'setup.signin.heading': 'Se connecter à {app}',
  'setup.signin.intro': 'Une fois votre compte créé :',
  'address.example': 'votrenom@{host}',

  'register.title': 'Créez votre compte',
  'register.lead':
    'Choisissez un nom d’utilisateur et un mot de passe pour {site}.',
  'register.username': 'Nom d’utilisateur',
  'register.username.hint':
    'Votre adresse sera ce nom suivi de @{host}. Les lettres, chiffres, points et tirets fonctionnent partout.',
  'register.username.locked':
    'Cette invitation est réservée à ce nom d’utilisateur.',
  'register.password': 'Mot de passe',
  'register.password.hint':
    'Au moins {min} caractères. Quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir.',
  'register.confirmation': 'Confirmez le mot de passe',
  'register.submit': 'Créer mon compte',
  'register.next-app':
    'Ensuite, nous vous montrons comment vous connecter à {app}.',
  'form.errors.heading': 'Veuillez vérifier le formulaire',
  'form.csrf':
    'Le formulaire a expiré, ou votre navigateur n’a pas renvoyé son cookie. Envoyez-le à nouveau ; si cela se reproduit, autorisez les cookies pour ce site.',

  'problem.username.empty': 'Saisissez un nom d’utilisateur.',
  'problem.username.too-long': 'Ce nom d’utilisateur est trop long.',
  'problem.username.bad-character':
    'Un nom d’utilisateur ne peut contenir ni espace ni aucun de ces caractères : " & \' / : < > @',
  'problem.username.reserved':
    'Ce nom d’utilisateur est réservé. Veuillez en choisir un autre.',
  'problem.username.pattern':
    'Ce site n’accepte pas ce nom d’utilisateur. Veuillez en choisir un autre.',
  'problem.username.locked':
    'Cette invitation est réservée au nom d’utilisateur {username}.',
  'problem.username.taken':
    'Ce nom d’utilisateur est déjà pris. Veuillez en choisir un autre.',
  'problem.password.too-short':
    'Le mot de passe doit compter au moins {min} caractères.',
  'problem.password.too-long':
    'Ce mot de passe est trop long : 1024 caractères au maximum.',
  'problem.password.same-as-username':
    'Le mot de passe ne peut pas être votre nom d’utilisateur.',
  'problem.password.too-weak':
    'Ce mot de passe est trop facile à deviner. Ajoutez quelques mots ou caractères.',
  'problem.password.mismatch': 'Les deux mots de passe ne sont pas identiques.',
  'problem.server.not-allowed':
    'Le serveur a refusé cette demande. Essayez un autre nom d’utilisateur ou contactez l’équipe de {site}.',
  'problem.server.not-found':
    'Ce compte n’existe plus. Contactez l’équipe de {site}.',

  'success.title': 'Bienvenue sur {site} !',
  'success.ready': 'Votre compte est prêt. Votre adresse est :',
  'success.share':
    'Donnez cette adresse à vos amis pour qu’ils puissent vous ajouter à leurs contacts.',
  'success.password':
    'Gardez bien votre mot de passe : ce site ne peut pas vous le montrer à nouveau.',
  'success.signin.heading': 'Connectez-vous dans votre application',
  'success.signin.generic':
    'Ouvrez votre application XMPP, choisissez de vous connecter avec un compte existant, puis saisissez votre adresse {jid} et le mot de passe que vous venez de choisir.',
  'success.login.button': 'Ouvrir {app} et se connecter',
  'success.noapp.heading': 'Pas encore d’application ?',

  'reset.title': 'Choisissez un nouveau mot de passe',
  'reset.lead': 'Définissez un nouveau mot de passe pour {jid}.',
  'reset.password': 'Nouveau mot de passe',
  'reset.submit': 'Enregistrer le nouveau mot de passe',
  'reset.success.title': 'Votre mot de passe a été changé',
  'reset.success.text':
    'Le nouveau mot de passe de {jid} est enregistré. Utilisez-le désormais pour vous connecter ; les applications qui utilisent encore l’ancien vous demanderont le nouveau.',

  'gone.unknown.title': 'Ce lien d’invitation ne fonctionne pas',
  'gone.unknown.text':
    'Nous n’avons pas trouvé cette invitation. Vérifiez que vous avez ouvert le lien en entier : sa fin se perd facilement au copier-coller. Sinon, demandez un nouveau lien à la personne qui vous a invité·e.',
  'gone.expired.title': 'Cette invitation a expiré',
  'gone.expired.text':
    'Les invitations sont valables un temps limité, et celle-ci est arrivée à échéance. Demandez-en une nouvelle à la personne qui vous a invité·e.',
  'gone.used-up.title': 'Cette invitation a déjà été utilisée',
  'gone.used-up.text':
    'Si vous l’avez utilisée vous-même, votre compte existe : connectez-vous simplement dans votre application. Sinon, demandez une nouvelle invitation à la personne qui vous a invité·e.',
  'gone.revoked.title': 'Cette invitation a été annulée',
  'gone.revoked.text':
    'La personne qui a créé cette invitation l’a retirée. Si vous souhaitez toujours nous rejoindre, demandez-lui-en une nouvelle.',
  'gone.app.title': 'Nous ne connaissons pas cette application',
  'gone.app.text':
    'Revenez à l’invitation et choisissez une application dans la liste.',
  'gone.back': 'Retour à l’invitation',

  'unavailable.title': 'Le serveur de messagerie ne répond pas pour le moment',
  'unavailable.text':
    'Rien n’a été modifié et votre invitation reste valable. Veuillez réessayer dans une minute.',
  'unavailable.back': 'Retour au formulaire',

  'app.download.google-play': 'Google Play',
  'app.download.f-droid': 'F-Droid',
  'app.download.app-store': 'App Store',
  'app.download.flathub': 'Flathub',
  'app.download.microsoft-store': 'Microsoft Store',
  'app.download.website': 'Télécharger depuis le site',
  'app.download.web': 'Ouvrir dans le navigateur',
  'app.conversations.description':
    'Une application de messagerie rapide et économe en batterie pour Android, avec chiffrement intégré.',
  'app.conversations.setup.1':
    'Ouvrez Conversations et choisissez d’utiliser un compte existant.',
  'app.conversations.setup.2':
    'Saisissez votre adresse {jid} et votre mot de passe, puis connectez-vous.',
  'app.cheogram.description':
    'Une application de messagerie Android basée sur Conversations, avec des extras comme les stickers et les commandes.',
  'app.cheogram.setup.1':
    'Ouvrez Cheogram et choisissez d’utiliser un compte existant.',
  'app.cheogram.setup.2':
    'Saisissez votre adresse {jid} et votre mot de passe, puis connectez-vous.',
  'app.monocles.description':
    'Une application de messagerie Android basée sur Conversations, avec de nombreux réglages.',
  'app.monocles.setup.1':
    'Ouvrez Monocles Chat et choisissez d’utiliser un compte existant.',
  'app.monocles.setup.2':
    'Saisissez votre adresse {jid} et votre mot de passe, puis connectez-vous.',
  'app.monal.description':
    'Une application de messagerie libre pour iPhone, iPad et Mac.',
  'app.monal.setup.1':
    'Ouvrez Monal et choisissez de vous connecter avec un compte existant.',
  'app.monal.setup.2':
    'Saisissez votre adresse {jid} et votre mot de passe, puis connectez-vous.',
  'app.gajim.description':
    'Une application de messagerie complète pour ordinateurs Windows et Linux.',
  'app.gajim.setup.1':
    'Lancez Gajim ; l’assistant de compte s’ouvre. Choisissez de vous connecter.',
  'app.gajim.setup.2':
    'Saisissez votre adresse {jid} et votre mot de passe, puis connectez-vous.',
  'app.dino.description':
    'Une application de messagerie sobre et moderne pour le bureau Linux.',
  'app.dino.setup.1': 'Ouvrez Dino et choisissez de configurer un compte.',
  'app.dino.setup.2':
    'Connectez-vous avec votre adresse {jid} et votre mot de passe.',
  'app.kaidan.description':
    'Une application de messagerie simple, issue de la communauté KDE.',
  'app.kaidan.setup.1':
    'Ouvrez Kaidan et choisissez de vous connecter avec un compte existant.',
  'app.kaidan.setup.2': 'Saisissez votre adresse {jid} et votre mot de passe.',
  'app.movim.description':
    'Une application de messagerie qui fonctionne dans le navigateur, sans rien installer.',
  'app.movim.setup.1':
    'Choisissez un serveur Movim dans la liste et ouvrez-le.',
  'app.movim.setup.2':
    'Connectez-vous avec votre adresse {jid} et votre mot de passe.',
  'app.conversejs.description':
    'Une application de messagerie qui fonctionne dans le navigateur.',
  'app.conversejs.setup.1': 'Ouvrez Converse dans votre navigateur.',
  'app.conversejs.setup.2':
    'Connectez-vous avec votre adresse {jid} et votre mot de passe.',
};
