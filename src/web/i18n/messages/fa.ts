import type { Catalog } from './en.js';

/**
 * Persian, written right to left; XMPP has a large community in Iran.
 * Addresses, usernames and store names stay in Latin letters: the pages
 * isolate them so that they read correctly inside Persian sentences.
 */
export const fa: Catalog = {
  'layout.language': 'زبان',
  'layout.footer': 'دعوت‌نامه و ثبت‌نام برای {site}، یک سرویس گفت‌وگوی XMPP.',

  'platform.android': 'اندروید',
  'platform.ios': 'آیفون و آیپد',
  'platform.macos': 'مک',
  'platform.windows': 'ویندوز',
  'platform.linux': 'لینوکس',
  'platform.web': 'مرورگر وب',

  'invite.title': 'دعوت‌نامهٔ شما به {site}',
  'invite.heading.inviter':
    '{inviter} شما را به گفت‌وگو در {site} دعوت کرده است',
  'invite.heading': 'شما به گفت‌وگو در {site} دعوت شده‌اید',
  'invite.xmpp':
    '{site} بخشی از XMPP است، یک شبکهٔ باز گفت‌وگو: مثل ایمیل، همه می‌توانند با هم حرف بزنند، با هر برنامه‌ای و روی هر سروری.',
  'invite.address.locked': 'نشانی شما {jid} خواهد بود.',
  'invite.address.free': 'نشانی‌تان را خودتان انتخاب می‌کنید، مثلاً {example}.',
  'invite.group':
    'این دعوت‌نامه را می‌توان با دیگران هم به اشتراک گذاشت: چند نفر می‌توانند با آن عضو شوند.',
  'invite.expires': 'این دعوت‌نامه تا {date} معتبر است.',
  'invite.apps.heading': 'یک برنامه انتخاب کنید',
  'invite.apps.for': 'برنامه‌ها برای {platform}',
  'invite.apps.unknown':
    'برنامه‌ای برای گوشی یا رایانه‌ای که می‌خواهید با آن گفت‌وگو کنید انتخاب کنید.',
  'invite.apps.all': 'نمایش همهٔ برنامه‌ها',
  'invite.apps.others': 'برنامه‌ها برای دستگاه‌های دیگر',
  'invite.register.direct': 'برنامهٔ XMPP دارید؟ همین حالا حساب‌تان را بسازید',
  'invite.open.heading': 'برنامهٔ XMPP دارید؟',
  'invite.open.text':
    'برنامه‌هایی که دعوت‌نامه را می‌شناسند، حساب شما را با چند لمس می‌سازند.',
  'invite.open.button': 'باز کردن در برنامه',
  'invite.qr.heading': 'ادامه در گوشی',
  'invite.qr.text':
    'این کد را با دوربین گوشی‌تان اسکن کنید تا این دعوت‌نامه آن‌جا باز شود.',
  'invite.qr.heading.phone': 'باز کردن این دعوت‌نامه در دستگاهی دیگر',
  'invite.qr.text.phone':
    'این کد را با دوربین گوشی یا تبلت دیگری اسکن کنید تا این دعوت‌نامه آن‌جا باز شود.',
  'invite.qr.label': 'کد QR پیوند این دعوت‌نامه',

  'app.recommended': 'پیشنهادی',
  'app.runs-on': 'اجرا روی: {platforms}',
  'app.use': 'استفاده از {app}',
  'app.homepage': 'دربارهٔ {app}',

  'setup.title': 'راه‌اندازی {app}',
  'setup.back': 'انتخاب برنامه‌ای دیگر',
  'setup.get.heading': 'دریافت {app}',
  'setup.get.magic':
    'با این دکمه نصبش کنید: {app} در اولین اجرا دعوت‌نامهٔ شما را پیدا می‌کند.',
  'setup.ios.return':
    'اپ استور این دعوت‌نامه را به برنامه نمی‌رساند. وقتی {app} نصب شد، برای ادامه به همین صفحه برگردید.',
  'setup.copy.label': 'پیوند دعوت‌نامهٔ شما',
  'setup.copy.hint':
    'همین حالا این پیوند را کپی کنید تا بعد از نصب دوباره بازش کنید.',
  'setup.copy.button': 'کپی پیوند دعوت‌نامه',
  'setup.copy.done': 'کپی شد!',
  'setup.inapp.heading': 'باز کردن دعوت‌نامه در {app}',
  'setup.inapp.text':
    'وقتی {app} نصب شد، این دکمه را بزنید: {app} باز می‌شود و می‌توانید نام کاربری و گذرواژه‌تان را انتخاب کنید.',
  'setup.inapp.button': 'باز کردن دعوت‌نامه در {app}',
  'setup.inapp.fallback': 'اتفاقی نیفتاد؟ حساب‌تان را در وب بسازید.',
  'setup.register.heading': 'حساب‌تان را بسازید',
  'setup.register.text':
    'در صفحهٔ بعد نام کاربری و گذرواژه‌تان را انتخاب می‌کنید. یک دقیقه بیشتر طول نمی‌کشد.',
  'setup.register.button': 'ساختن حساب من',
  'setup.signin.heading': 'ورود به {app}',
  'setup.signin.intro': 'وقتی حساب‌تان ساخته شد:',
  'address.example': 'yourname@{host}',

  'register.title': 'حساب‌تان را بسازید',
  'register.lead': 'یک نام کاربری و یک گذرواژه برای {site} انتخاب کنید.',
  'register.username': 'نام کاربری',
  'register.username.hint':
    'نشانی شما همین نام است و پس از آن ‎@{host}. حروف لاتین، عدد، نقطه و خط تیره همه‌جا کار می‌کنند.',
  'register.username.locked': 'این دعوت‌نامه فقط برای همین نام کاربری است.',
  'register.password': 'گذرواژه',
  'register.password.hint':
    'دست‌کم {min} نویسه. چند واژهٔ بی‌ربط کنار هم گذرواژه‌ای قوی می‌سازند که به خاطر سپردنش آسان است.',
  'register.confirmation': 'تکرار گذرواژه',
  'register.submit': 'ساختن حساب من',
  'register.next-app': 'پس از آن نشان‌تان می‌دهیم چطور وارد {app} شوید.',
  'form.errors.heading': 'لطفاً فرم را بررسی کنید',
  'form.csrf':
    'مهلت فرم تمام شده یا مرورگرتان کوکی آن را برنگردانده است. لطفاً دوباره بفرستید؛ اگر باز هم پیش آمد، کوکی را برای این سایت مجاز کنید.',

  'problem.username.empty': 'یک نام کاربری وارد کنید.',
  'problem.username.too-long': 'این نام کاربری بیش از حد بلند است.',
  'problem.username.bad-character':
    'نام کاربری نمی‌تواند فاصله یا هیچ‌یک از این نویسه‌ها را داشته باشد: " & \' / : < > @',
  'problem.username.reserved':
    'این نام کاربری رزرو شده است. لطفاً نام دیگری انتخاب کنید.',
  'problem.username.pattern':
    'این سایت چنین نام کاربری‌ای را نمی‌پذیرد. لطفاً نام دیگری انتخاب کنید.',
  'problem.username.locked': 'این دعوت‌نامه فقط برای نام کاربری {username} است.',
  'problem.username.taken':
    'این نام کاربری قبلاً گرفته شده است. لطفاً نام دیگری انتخاب کنید.',
  'problem.password.too-short': 'گذرواژه باید دست‌کم {min} نویسه باشد.',
  'problem.password.too-long':
    'این گذرواژه بیش از حد بلند است: حداکثر ۱۰۲۴ نویسه.',
  'problem.password.same-as-username':
    'گذرواژه نمی‌تواند با نام کاربری‌تان یکی باشد.',
  'problem.password.too-weak':
    'حدس زدن این گذرواژه خیلی آسان است. چند واژه یا نویسهٔ دیگر اضافه کنید.',
  'problem.password.mismatch': 'دو گذرواژه یکسان نیستند.',
  'problem.server.not-allowed':
    'سرور این درخواست را نپذیرفت. نام کاربری دیگری را امتحان کنید یا با گردانندگان {site} تماس بگیرید.',
  'problem.server.not-found':
    'این حساب دیگر وجود ندارد. با گردانندگان {site} تماس بگیرید.',

  'success.title': 'به {site} خوش آمدید!',
  'success.ready': 'حساب شما آماده است. نشانی شما:',
  'success.share':
    'این نشانی را به دوستان‌تان بدهید تا بتوانند شما را به مخاطبان خود اضافه کنند.',
  'success.password':
    'گذرواژه‌تان را جای امنی نگه دارید: این سایت نمی‌تواند دوباره آن را نشان‌تان دهد.',
  'success.signin.heading': 'ورود در برنامه',
  'success.signin.generic':
    'برنامهٔ XMPP خود را باز کنید، ورود با حساب موجود را انتخاب کنید و نشانی {jid} و گذرواژه‌ای را که همین حالا انتخاب کردید وارد کنید.',
  'success.login.button': 'باز کردن {app} و ورود',
  'success.noapp.heading': 'هنوز برنامه‌ای ندارید؟',

  'reset.title': 'یک گذرواژهٔ تازه انتخاب کنید',
  'reset.lead': 'برای {jid} گذرواژهٔ تازه‌ای تعیین کنید.',
  'reset.password': 'گذرواژهٔ تازه',
  'reset.submit': 'ذخیرهٔ گذرواژهٔ تازه',
  'reset.success.title': 'گذرواژهٔ شما تغییر کرد',
  'reset.success.text':
    'گذرواژهٔ تازهٔ {jid} ذخیره شد. از این پس با آن وارد شوید؛ برنامه‌هایی که هنوز گذرواژهٔ قدیمی را دارند، گذرواژهٔ تازه را از شما می‌خواهند.',

  'gone.unknown.title': 'این پیوند دعوت کار نمی‌کند',
  'gone.unknown.text':
    'این دعوت‌نامه را پیدا نکردیم. ببینید کل پیوند را باز کرده‌اید یا نه: هنگام کپی کردن، انتهای آن به‌آسانی جا می‌افتد. وگرنه از کسی که دعوت‌تان کرده پیوند تازه‌ای بخواهید.',
  'gone.expired.title': 'مهلت این دعوت‌نامه تمام شده است',
  'gone.expired.text':
    'دعوت‌نامه‌ها فقط مدتی معتبرند و مهلت این یکی گذشته است. از کسی که دعوت‌تان کرده بخواهید دعوت‌نامهٔ تازه‌ای بفرستد.',
  'gone.used-up.title': 'از این دعوت‌نامه قبلاً استفاده شده است',
  'gone.used-up.text':
    'اگر خودتان از آن استفاده کرده‌اید، حساب‌تان وجود دارد: کافی است در برنامه‌تان وارد شوید. وگرنه از کسی که دعوت‌تان کرده دعوت‌نامهٔ تازه‌ای بخواهید.',
  'gone.revoked.title': 'این دعوت‌نامه لغو شده است',
  'gone.revoked.text':
    'سازندهٔ این دعوت‌نامه آن را پس گرفته است. اگر هنوز می‌خواهید بپیوندید، از او دعوت‌نامهٔ تازه‌ای بخواهید.',
  'gone.app.title': 'این برنامه را نمی‌شناسیم',
  'gone.app.text': 'به دعوت‌نامه برگردید و برنامه‌ای را از فهرست انتخاب کنید.',
  'gone.back': 'بازگشت به دعوت‌نامه',

  'unavailable.title': 'سرور گفت‌وگو الان پاسخ نمی‌دهد',
  'unavailable.text':
    'چیزی تغییر نکرد و دعوت‌نامهٔ شما هنوز معتبر است. لطفاً یک دقیقهٔ دیگر دوباره امتحان کنید.',
  'unavailable.back': 'بازگشت به فرم',

  'app.download.google-play': 'گوگل پلی',
  'app.download.f-droid': 'اف‌دروید',
  'app.download.app-store': 'اپ استور',
  'app.download.flathub': 'فلت‌هاب',
  'app.download.microsoft-store': 'مایکروسافت استور',
  'app.download.website': 'دریافت از وب‌سایت',
  'app.download.web': 'باز کردن در مرورگر',
  'app.conversations.description':
    'برنامهٔ گفت‌وگوی سریع و کم‌مصرف برای اندروید، با رمزنگاری داخلی.',
  'app.conversations.setup.1':
    'Conversations را باز کنید و گزینهٔ استفاده از حساب موجود را انتخاب کنید.',
  'app.conversations.setup.2':
    'نشانی {jid} و گذرواژه‌تان را وارد کنید و وارد شوید.',
  'app.cheogram.description':
    'برنامهٔ گفت‌وگو برای اندروید بر پایهٔ Conversations، با امکانات بیشتری مثل استیکر و فرمان.',
  'app.cheogram.setup.1':
    'Cheogram را باز کنید و گزینهٔ استفاده از حساب موجود را انتخاب کنید.',
  'app.cheogram.setup.2': 'نشانی {jid} و گذرواژه‌تان را وارد کنید و وارد شوید.',
  'app.monocles.description':
    'برنامهٔ گفت‌وگو برای اندروید بر پایهٔ Conversations، با تنظیمات فراوان.',
  'app.monocles.setup.1':
    'Monocles Chat را باز کنید و گزینهٔ استفاده از حساب موجود را انتخاب کنید.',
  'app.monocles.setup.2': 'نشانی {jid} و گذرواژه‌تان را وارد کنید و وارد شوید.',
  'app.monal.description':
    'برنامهٔ گفت‌وگوی آزاد و متن‌باز برای آیفون، آیپد و مک.',
  'app.monal.setup.1': 'Monal را باز کنید و ورود با حساب موجود را انتخاب کنید.',
  'app.monal.setup.2': 'نشانی {jid} و گذرواژه‌تان را وارد کنید و وارد شوید.',
  'app.gajim.description':
    'برنامهٔ گفت‌وگوی کامل برای رایانه‌های ویندوز و لینوکس.',
  'app.gajim.setup.1':
    'Gajim را اجرا کنید؛ دستیار حساب باز می‌شود. ورود را انتخاب کنید.',
  'app.gajim.setup.2': 'نشانی {jid} و گذرواژه‌تان را وارد کنید و وارد شوید.',
  'app.dino.description': 'برنامهٔ گفت‌وگوی ساده و امروزی برای دسکتاپ لینوکس.',
  'app.dino.setup.1': 'Dino را باز کنید و راه‌اندازی حساب را انتخاب کنید.',
  'app.dino.setup.2': 'با نشانی {jid} و گذرواژه‌تان وارد شوید.',
  'app.kaidan.description': 'برنامهٔ گفت‌وگوی ساده از جامعهٔ KDE.',
  'app.kaidan.setup.1':
    'Kaidan را باز کنید و ورود با حساب موجود را انتخاب کنید.',
  'app.kaidan.setup.2': 'نشانی {jid} و گذرواژه‌تان را وارد کنید.',
  'app.movim.description':
    'برنامهٔ گفت‌وگویی که در مرورگر اجرا می‌شود و نصب نمی‌خواهد.',
  'app.movim.setup.1': 'یک سرور Movim را از فهرست انتخاب و باز کنید.',
  'app.movim.setup.2': 'با نشانی {jid} و گذرواژه‌تان وارد شوید.',
  'app.conversejs.description': 'برنامهٔ گفت‌وگویی که در مرورگر اجرا می‌شود.',
  'app.conversejs.setup.1': 'Converse را در مرورگرتان باز کنید.',
  'app.conversejs.setup.2': 'با نشانی {jid} و گذرواژه‌تان وارد شوید.',
};
