import type { Catalog } from './en.js';

/** Brazilian Portuguese, with "você". */
export const ptBR: Catalog = {
  'layout.language': 'Idioma',
  'layout.footer': 'Convites e cadastro para {site}, um serviço de chat XMPP.',

  'platform.android': 'Android',
  'platform.ios': 'iPhone e iPad',
  'platform.macos': 'Mac',
  'platform.windows': 'Windows',
  'platform.linux': 'Linux',
  'platform.web': 'navegadores',

  'invite.title': 'Seu convite para {site}',
  'invite.heading.inviter': '{inviter} convidou você para conversar em {site}',
  'invite.heading': 'Você foi convidado para conversar em {site}',
  'invite.xmpp':
    '{site} faz parte do XMPP, uma rede de chat aberta: como no e-mail, todo mundo pode conversar entre si, não importa o app nem o servidor.',
  'invite.address.locked': 'Seu endereço será {jid}.',
  'invite.address.free': 'Você escolhe seu próprio endereço, como {example}.',
  'invite.group':
    'Este convite pode ser compartilhado: várias pessoas podem entrar com ele.',
  'invite.expires': 'Este convite vale até {date}.',
  'invite.apps.heading': 'Escolha um app',
  'invite.apps.for': 'Apps para {platform}',
  'invite.apps.unknown':
    'Escolha um app para o celular ou computador em que você quer conversar.',
  'invite.apps.all': 'Mostrar todos os apps',
  'invite.apps.others': 'Apps para outros aparelhos',
  'invite.register.direct': 'Já tem um app XMPP? Crie sua conta agora',
  'invite.open.heading': 'Já tem um app XMPP?',
  'invite.open.text':
    'Apps que entendem convites criam sua conta com poucos toques.',
  'invite.open.button': 'Abrir no app',
  'invite.qr.heading': 'Continue no celular',
  'invite.qr.text':
    'Aponte a câmera do celular para este código para abrir o convite nele.',
  'invite.qr.heading.phone': 'Abra este convite em outro aparelho',
  'invite.qr.text.phone':
    'Aponte a câmera de outro celular ou tablet para este código para abrir o convite nele.',
  'invite.qr.label': 'Código QR do link deste convite',

  'app.recommended': 'Recomendado',
  'app.runs-on': 'Funciona em: {platforms}',
  'app.use': 'Usar o {app}',
  'app.homepage': 'Sobre o {app}',

  'setup.title': 'Configure o {app}',
  'setup.back': 'Escolher outro app',
  'setup.get.heading': 'Instale o {app}',
  'setup.get.magic':
    'Instale com este botão: o {app} encontra seu convite quando abrir pela primeira vez.',
  'setup.ios.return':
    'A App Store não repassa este convite para o app. Depois de instalar o {app}, volte a esta página para continuar.',
  'setup.copy.label': 'Seu link de convite',
  'setup.copy.hint':
    'Copie este link agora para poder abri-lo de novo depois de instalar.',
  'setup.copy.button': 'Copiar o link de convite',
  'setup.copy.done': 'Copiado!',
  'setup.inapp.heading': 'Abra o convite no {app}',
  'setup.inapp.text':
    'Com o {app} instalado, toque neste botão: o {app} abre e deixa você escolher seu nome de usuário e sua senha.',
  'setup.inapp.button': 'Abrir o convite no {app}',
  'setup.inapp.fallback': 'Não aconteceu nada? Crie sua conta pela web.',
  'setup.register.heading': 'Crie sua conta',
  'setup.register.text':
    'Na próxima página você escolhe seu nome de usuário e sua senha. Leva um minuto.',
  'setup.register.button': 'Criar minha conta',
  'setup.signin.heading': 'Entre no {app}',
  'setup.signin.intro': 'Quando sua conta estiver criada:',
  'address.example': 'seunome@{host}',

  'register.title': 'Crie sua conta',
  'register.lead': 'Escolha um nome de usuário e uma senha para {site}.',
  'register.username': 'Nome de usuário',
  'register.username.hint':
    'Seu endereço será este nome seguido de @{host}. Letras, números, pontos e hífens funcionam em qualquer lugar.',
  'register.username.locked': 'Este convite vale só para este nome de usuário.',
  'register.password': 'Senha',
  'register.password.hint':
    'Pelo menos {min} caracteres. Algumas palavras sem relação entre si formam uma senha forte e fácil de lembrar.',
  'register.confirmation': 'Repita a senha',
  'register.submit': 'Criar minha conta',
  'register.next-app': 'Depois, mostramos como entrar no {app}.',
  'form.errors.heading': 'Confira o formulário',
  'form.csrf':
    'O formulário expirou, ou o seu navegador não devolveu o cookie dele. Envie de novo; se continuar acontecendo, permita cookies para este site.',

  'problem.username.empty': 'Digite um nome de usuário.',
  'problem.username.too-long': 'Esse nome de usuário é longo demais.',
  'problem.username.bad-character':
    'Um nome de usuário não pode ter espaços nem nenhum destes caracteres: " & \' / : < > @',
  'problem.username.reserved':
    'Esse nome de usuário é reservado. Escolha outro.',
  'problem.username.pattern':
    'Este site não aceita esse nome de usuário. Escolha outro.',
  'problem.username.locked':
    'Este convite vale só para o nome de usuário {username}.',
  'problem.username.taken':
    'Esse nome de usuário já está em uso. Escolha outro.',
  'problem.password.too-short':
    'A senha precisa ter pelo menos {min} caracteres.',
  'problem.password.too-long':
    'Essa senha é longa demais: use no máximo 1024 caracteres.',
  'problem.password.same-as-username':
    'A senha não pode ser igual ao seu nome de usuário.',
  'problem.password.too-weak':
    'Essa senha é fácil demais de adivinhar. Acrescente mais algumas palavras ou caracteres.',
  'problem.password.mismatch': 'As duas senhas não são iguais.',
  'problem.server.not-allowed':
    'O servidor recusou o pedido. Tente outro nome de usuário ou fale com quem administra {site}.',
  'problem.server.not-found':
    'Esta conta não existe mais. Fale com quem administra {site}.',

  'success.title': 'Boas-vindas a {site}!',
  'success.ready': 'Sua conta está pronta. Seu endereço é:',
  'success.share':
    'Passe este endereço para seus amigos, para que eles possam adicionar você como contato.',
  'success.password':
    'Guarde bem sua senha: este site não consegue mostrá-la de novo.',
  'success.signin.heading': 'Entre no seu app',
  'success.signin.generic':
    'Abra seu app XMPP, escolha entrar com uma conta existente e digite seu endereço {jid} e a senha que você acabou de escolher.',
  'success.login.button': 'Abrir o {app} e entrar',
  'success.noapp.heading': 'Ainda não tem um app?',

  'reset.title': 'Escolha uma nova senha',
  'reset.lead': 'Defina uma nova senha para {jid}.',
  'reset.password': 'Nova senha',
  'reset.submit': 'Salvar a nova senha',
  'reset.success.title': 'Sua senha foi alterada',
  'reset.success.text':
    'A nova senha de {jid} foi salva. De agora em diante, entre com ela; os apps que ainda usam a antiga vão pedir a nova.',

  'gone.unknown.title': 'Este link de convite não funciona',
  'gone.unknown.text':
    'Não encontramos este convite. Confira se você abriu o link inteiro: é fácil perder o final ao copiar. Se não for isso, peça um novo link a quem convidou você.',
  'gone.expired.title': 'Este convite expirou',
  'gone.expired.text':
    'Os convites valem por um tempo limitado, e o prazo deste acabou. Peça a quem convidou você para enviar outro.',
  'gone.used-up.title': 'Este convite já foi usado',
  'gone.used-up.text':
    'Se foi você quem usou, sua conta já existe: é só entrar pelo seu app. Se não, peça um novo convite a quem convidou você.',
  'gone.revoked.title': 'Este convite foi cancelado',
  'gone.revoked.text':
    'Quem criou este convite o retirou. Se você ainda quiser entrar, peça um novo.',
  'gone.app.title': 'Não conhecemos este app',
  'gone.app.text': 'Volte ao convite e escolha um app da lista.',
  'gone.back': 'Voltar ao convite',

  'unavailable.title': 'O servidor de chat não está respondendo agora',
  'unavailable.text':
    'Nada foi alterado e seu convite continua válido. Tente de novo daqui a um minuto.',
  'unavailable.back': 'Voltar ao formulário',

  'app.download.google-play': 'Google Play',
  'app.download.f-droid': 'F-Droid',
  'app.download.app-store': 'App Store',
  'app.download.flathub': 'Flathub',
  'app.download.microsoft-store': 'Microsoft Store',
  'app.download.website': 'Baixar do site',
  'app.download.web': 'Abrir no navegador',
  'app.conversations.description':
    'Um app de chat para Android rápido, que economiza bateria e já vem com criptografia.',
  'app.conversations.setup.1':
    'Abra o Conversations e escolha a opção de usar uma conta existente.',
  'app.conversations.setup.2': 'Digite seu endereço {jid} e sua senha e entre.',
  'app.cheogram.description':
    'Um app de chat para Android baseado no Conversations, com extras como figurinhas e comandos.',
  'app.cheogram.setup.1':
    'Abra o Cheogram e escolha a opção de usar uma conta existente.',
  'app.cheogram.setup.2': 'Digite seu endereço {jid} e sua senha e entre.',
  'app.monocles.description':
    'Um app de chat para Android baseado no Conversations, com muitas opções de ajuste.',
  'app.monocles.setup.1':
    'Abra o Monocles Chat e escolha a opção de usar uma conta existente.',
  'app.monocles.setup.2': 'Digite seu endereço {jid} e sua senha e entre.',
  'app.monal.description':
    'Um app de chat livre e de código aberto para iPhone, iPad e Mac.',
  'app.monal.setup.1': 'Abra o Monal e escolha entrar com uma conta existente.',
  'app.monal.setup.2': 'Digite seu endereço {jid} e sua senha e entre.',
  'app.gajim.description':
    'Um app de chat completo para computadores com Windows e Linux.',
  'app.gajim.setup.1':
    'Abra o Gajim; o assistente de contas aparece. Escolha entrar.',
  'app.gajim.setup.2': 'Digite seu endereço {jid} e sua senha e entre.',
  'app.dino.description':
    'Um app de chat limpo e moderno para o desktop Linux.',
  'app.dino.setup.1': 'Abra o Dino e escolha configurar uma conta.',
  'app.dino.setup.2': 'Entre com seu endereço {jid} e sua senha.',
  'app.kaidan.description': 'Um app de chat simples da comunidade KDE.',
  'app.kaidan.setup.1':
    'Abra o Kaidan e escolha entrar com uma conta existente.',
  'app.kaidan.setup.2': 'Digite seu endereço {jid} e sua senha.',
  'app.movim.description':
    'Um app de chat que roda no navegador, sem instalar nada.',
  'app.movim.setup.1': 'Escolha um servidor Movim da lista e abra-o.',
  'app.movim.setup.2': 'Entre com seu endereço {jid} e sua senha.',
  'app.conversejs.description': 'Um app de chat que roda no navegador.',
  'app.conversejs.setup.1': 'Abra o Converse no seu navegador.',
  'app.conversejs.setup.2': 'Entre com seu endereço {jid} e sua senha.',
};
