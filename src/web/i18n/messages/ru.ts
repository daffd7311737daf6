import type { Catalog } from './en.js';

/** Russian, with the polite "вы", lowercase as usual on the web. */
export const ru: Catalog = {
  'layout.language': 'Язык',
  'layout.footer': 'Приглашения и регистрация на {site} — сервисе чата XMPP.',

  'platform.android': 'Android',
  'platform.ios': 'iPhone и iPad',
  'platform.macos': 'Mac',
  'platform.windows': 'Windows',
  'platform.linux': 'Linux',
  'platform.web': 'веб-браузер',

  'invite.title': 'Ваше приглашение на {site}',
  'invite.heading.inviter': '{inviter} приглашает вас общаться на {site}',
  'invite.heading': 'Вас пригласили общаться на {site}',
  'invite.xmpp':
    '{site} — часть XMPP, открытой сети для общения: как и с электронной почтой, все могут переписываться друг с другом, какое бы приложение и какой бы сервер они ни использовали.',
  'invite.address.locked': 'Ваш адрес будет {jid}.',
  'invite.address.free': 'Адрес вы выбираете сами, например {example}.',
  'invite.group':
    'Этим приглашением можно поделиться: по нему могут зарегистрироваться несколько человек.',
  'invite.expires': 'Приглашение действительно до {date}.',
  'invite.apps.heading': 'Выберите приложение',
  'invite.apps.for': 'Приложения — {platform}',
  'invite.apps.unknown':
    'Выберите приложение для телефона или компьютера, на котором хотите общаться.',
  'invite.apps.all': 'Показать все приложения',
  'invite.apps.others': 'Приложения для других устройств',
  'invite.register.direct':
    'Уже есть приложение XMPP? Создайте учётную запись сейчас',
  'invite.open.heading': 'Уже есть приложение XMPP?',
  'invite.open.text':
    'Приложения, которые понимают приглашения, создадут учётную запись за пару касаний.',
  'invite.open.button': 'Открыть в приложении',
  'invite.qr.heading': 'Продолжить на телефоне',
  'invite.qr.text':
    'Отсканируйте этот код камерой телефона, чтобы открыть приглашение на нём.',
  'invite.qr.heading.phone': 'Открыть приглашение на другом устройстве',
  'invite.qr.text.phone':
    'Отсканируйте этот код камерой другого телефона или планшета, чтобы открыть приглашение на нём.',
  'invite.qr.label': 'QR-код ссылки на это приглашение',

  'app.recommended': 'Рекомендуем',
  'app.runs-on': 'Платформы: {platforms}',
  'app.use': 'Выбрать {app}',
  'app.homepage': 'О приложении {app}',

  'setup.title': 'Настройка {app}',
  'setup.back': 'Выбрать другое приложение',
  'setup.get.heading': 'Установите {app}',
  'setup.get.magic':
    'Установите приложение этой кнопкой: {app} найдёт ваше приглашение при первом запуске.',
  'setup.ios.return':
    'App Store не передаёт это приглашение приложению. Когда приложение {app} будет установлено, вернитесь на эту страницу, чтобы продолжить.',
  'setup.copy.label': 'Ваша ссылка-приглашение',
  'setup.copy.hint':
    'Скопируйте ссылку сейчас, чтобы открыть её снова после установки.',
  'setup.copy.button': 'Скопировать ссылку',
  'setup.copy.done': 'Скопировано!',
  'setup.inapp.heading': 'Откройте приглашение в {app}',
  'setup.inapp.text':
    'Когда приложение {app} установлено, нажмите эту кнопку: откроется {app}, и вы выберете имя пользователя и пароль.',
  'setup.inapp.button': 'Открыть приглашение в {app}',
  'setup.inapp.fallback':
    'Ничего не происходит? Создайте учётную запись на сайте.',
  'setup.register.heading': 'Создайте учётную запись',
  'setup.register.text':
    'На следующей странице вы выберете имя пользователя и пароль. Это займёт минуту.',
  'setup.register.button': 'Создать учётную запись',
  'setup.signin.heading': 'Войдите в {app}',
  'setup.signin.intro': 'Когда учётная запись будет создана:',
  'address.example': 'вашеимя@{host}',

  'register.title': 'Создайте учётную запись',
  'register.lead': 'Выберите имя пользователя и пароль для {site}.',
  'register.username': 'Имя пользователя',
  'register.username.hint':
    'Ваш адрес — это имя, за которым следует @{host}. Буквы, цифры, точки и дефисы подходят везде.',
  'register.username.locked':
    'Это приглашение только для этого имени пользователя.',
  'register.password': 'Пароль',
  'register.password.hint':
    'Не меньше {min} символов. Несколько не связанных между собой слов — надёжный пароль, который легко запомнить.',
  'register.confirmation': 'Пароль ещё раз',
  'register.submit': 'Создать учётную запись',
  'register.next-app': 'Потом мы покажем, как войти в {app}.',
  'form.errors.heading': 'Проверьте форму',
  'form.csrf':
    'Срок действия формы истёк, или браузер не вернул её cookie. Отправьте её ещё раз; если это повторяется, разрешите cookie для этого сайта.',

  'problem.username.empty': 'Введите имя пользователя.',
  'problem.username.too-long': 'Это имя пользователя слишком длинное.',
  'problem.username.bad-character':
    'Имя пользователя не может содержать пробелы и эти символы: " & \' / : < > @',
  'problem.username.reserved':
    'Это имя пользователя зарезервировано. Выберите другое.',
  'problem.username.pattern':
    'Этот сайт не допускает такое имя пользователя. Выберите другое.',
  'problem.username.locked':
    'Это приглашение только для имени пользователя {username}.',
  'problem.username.taken': 'Это имя пользователя уже занято. Выберите другое.',
  'problem.password.too-short': 'Пароль должен быть не короче {min} символов.',
  'problem.password.too-long':
    'Этот пароль слишком длинный: не больше 1024 символов.',
  'problem.password.same-as-username':
    'Пароль не должен совпадать с именем пользователя.',
  'problem.password.too-weak':
    'Этот пароль слишком легко угадать. Добавьте ещё несколько слов или символов.',
  'problem.password.mismatch': 'Пароли не совпадают.',
  'problem.server.not-allowed':
    'Сервер отклонил запрос. Попробуйте другое имя пользователя или напишите администраторам {site}.',
  'problem.server.not-found':
    'Этой учётной записи больше нет. Напишите администраторам {site}.',

  'success.title': 'Добро пожаловать на {site}!',
  'success.ready': 'Ваша учётная запись готова. Ваш адрес:',
  'success.share':
    'Дайте этот адрес друзьям, чтобы они могли добавить вас в контакты.',
  'success.password':
    'Сохраните пароль: этот сайт не сможет показать его ещё раз.',
  'success.signin.heading': 'Войдите в приложении',
  'success.signin.generic':
    'Откройте приложение XMPP, выберите вход с существующей учётной записью и введите адрес {jid} и только что выбранный пароль.',
  'success.login.button': 'Открыть {app} и войти',
  'success.noapp.heading': 'Ещё нет приложения?',

  'reset.title': 'Выберите новый пароль',
  'reset.lead': 'Задайте новый пароль для {jid}.',
  'reset.password': 'Новый пароль',
  'reset.submit': 'Сохранить новый пароль',
  'reset.success.title': 'Пароль изменён',
  'reset.success.text':
    'Новый пароль для {jid} сохранён. Теперь входите с ним; приложения, которые ещё используют старый, попросят новый.',

  'gone.unknown.title': 'Эта ссылка-приглашение не работает',
  'gone.unknown.text':
    'Мы не нашли это приглашение. Проверьте, что ссылка открыта целиком: при копировании её конец легко потерять. Если нет, попросите новую ссылку у того, кто вас пригласил.',
  'gone.expired.title': 'Срок действия приглашения истёк',
  'gone.expired.text':
    'Приглашения действуют ограниченное время, и это уже закончилось. Попросите того, кто вас пригласил, прислать новое.',
  'gone.used-up.title': 'Это приглашение уже использовано',
  'gone.used-up.text':
    'Если его использовали вы, учётная запись уже есть: просто войдите в приложении. Если нет, попросите новое приглашение у того, кто вас пригласил.',
  'gone.revoked.title': 'Это приглашение отменено',
  'gone.revoked.text':
    'Автор приглашения отозвал его. Если вы всё ещё хотите присоединиться, попросите новое.',
  'gone.app.title': 'Мы не знаем такого приложения',
  'gone.app.text': 'Вернитесь к приглашению и выберите приложение из списка.',
  'gone.back': 'Вернуться к приглашению',

  'unavailable.title': 'Сервер чата сейчас не отвечает',
  'unavailable.text':
    'Ничего не изменилось, и ваше приглашение по-прежнему действует. Попробуйте ещё раз через минуту.',
  'unavailable.back': 'Вернуться к форме',

  'app.download.google-play': 'Google Play',
  'app.download.f-droid': 'F-Droid',
  'app.download.app-store': 'App Store',
  'app.download.flathub': 'Flathub',
  'app.download.microsoft-store': 'Microsoft Store',
  'app.download.website': 'Скачать с сайта',
  'app.download.web': 'Открыть в браузере',
  'app.conversations.description':
    'Быстрый и экономный к батарее чат для Android со встроенным шифрованием.',
  'app.conversations.setup.1':
    'Откройте Conversations и выберите вариант с существующей учётной записью.',
  'app.conversations.setup.2': 'Введите адрес {jid} и пароль, затем войдите.',
  'app.cheogram.description':
    'Чат для Android на основе Conversations, с дополнениями вроде стикеров и команд.',
  'app.cheogram.setup.1':
    'Откройте Cheogram и выберите вариант с существующей учётной записью.',
  'app.cheogram.setup.2': 'Введите адрес {jid} и пароль, затем войдите.',
  'app.monocles.description':
    'Чат для Android на основе Conversations, с множеством настроек.',
  'app.monocles.setup.1':
    'Откройте Monocles Chat и выберите вариант с существующей учётной записью.',
  'app.monocles.setup.2': 'Введите адрес {jid} и пароль, затем войдите.',
  'app.monal.description':
    'Свободный чат с открытым исходным кодом для iPhone, iPad и Mac.',
  'app.monal.setup.1':
    'Откройте Monal и выберите вход с существующей учётной записью.',
  'app.monal.setup.2': 'Введите адрес {jid} и пароль, затем войдите.',
  'app.gajim.description':
    'Многофункциональный чат для компьютеров с Windows и Linux.',
  'app.gajim.setup.1':
    'Запустите Gajim; откроется помощник учётных записей. Выберите вход.',
  'app.gajim.setup.2': 'Введите адрес {jid} и пароль, затем войдите.',
  'app.dino.description': 'Простой и современный чат для рабочего стола Linux.',
  'app.dino.setup.1': 'Откройте Dino и выберите настройку учётной записи.',
  'app.dino.setup.2': 'Войдите с адресом {jid} и паролем.',
  'app.kaidan.description': 'Простой чат от сообщества KDE.',
  'app.kaidan.setup.1':
    'Откройте Kaidan и выберите вход с существующей учётной записью.',
  'app.kaidan.setup.2': 'Введите адрес {jid} и пароль.',
  'app.movim.description':
    'Чат, который работает в браузере, ничего не нужно устанавливать.',
  'app.movim.setup.1': 'Выберите сервер Movim из списка и откройте его.',
  'app.movim.setup.2': 'Войдите с адресом {jid} и паролем.',
  'app.conversejs.description': 'Чат, который работает в браузере.',
  'app.conversejs.setup.1': 'Откройте Converse в браузере.',
  'app.conversejs.setup.2': 'Войдите с адресом {jid} и паролем.',
};
