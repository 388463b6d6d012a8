# قاب صفحه، تاریخ‌ها، خطاهای فرم و صفحه‌های خطا: مشترک برای همه صفحه‌ها.

layout-skip = رفتن به محتوا
layout-language = زبان
layout-language-change = تغییر
layout-footer = Fairplan · نرم‌افزار متن‌باز برای رویدادهای برنامه‌های ادغام شغلی

form-problems = { $count ->
    [one] لطفاً یک مورد را اصلاح کنید
   *[other] لطفاً { $count } مورد را اصلاح کنید
}

weekday-1 = دوشنبه
weekday-2 = سه‌شنبه
weekday-3 = چهارشنبه
weekday-4 = پنج‌شنبه
weekday-5 = جمعه
weekday-6 = شنبه
weekday-7 = یکشنبه
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
date-long = { $weekday } { $day } { $month } { $year }
date-time = { $date }، { $time }
time-with-zone = { $time } ({ $zone })
time-span-with-zone = { $start } – { $end } ({ $zone })

error-not-found-heading = صفحه پیدا نشد
error-not-found = این صفحه را پیدا نکردیم. اگر پیوندی را از ایمیل باز کرده‌اید، بررسی کنید که کل پیوند کپی شده باشد.
error-forbidden-heading = مجاز نیست
error-forbidden = شما اجازه دیدن این صفحه را ندارید.
error-unauthorized-heading = ورود لازم است
error-unauthorized = یک توکن API معتبر در سرآیند `Authorization: Bearer fpk_...` بفرستید. هماهنگ‌کنندگان توکن‌ها را در صفحه توکن‌های API می‌سازند؛ توکن لغوشده یا منقضی کار نمی‌کند.
error-link-expired-heading = این پیوند منقضی شده است
error-link-expired = این پیوند دیگر معتبر نیست. می‌توانید پیوند تازه‌ای با ایمیل بگیرید یا از برگزارکنندگان بپرسید.
error-too-many-heading = لطفاً کمی صبر کنید
error-too-many = از اتصال شما پیوندهای نامعتبر زیادی باز شده است. لطفاً ده دقیقه صبر کنید و دوباره امتحان کنید، یا پیوند تازه‌ای با ایمیل بخواهید.
error-form-expired = این فرم منقضی شده است. لطفاً برگردید، صفحه را دوباره بارگیری کنید و دوباره امتحان کنید.
error-internal-heading = مشکلی پیش آمد
error-internal = مشکلی از طرف ما پیش آمد. چیزی تغییر نکرد؛ لطفاً یک دقیقه دیگر دوباره امتحان کنید.
error-validation-heading = لطفاً آنچه وارد کرده‌اید را بررسی کنید
error-conflict-heading = انجام نشد
error-get-new-link = گرفتن پیوند تازه با ایمیل
error-back-to-start = بازگشت به صفحه اصلی
error-form-malformed = فرم ناقص یا نادرست بود ({ $problem })
problem-text-control = شکست خط یا نویسه‌های کنترلی دیگر را از این فیلد حذف کنید
problem-text-too-long = این را به حداکثر { $max } نویسه کوتاه کنید
problem-text-empty = این فیلد را پر کنید
problem-occupations-too-many = حداکثر { $max } حوزهٔ شغلی بنویسید
error-busy-heading = تغییرهای زیاد در یک لحظه
error-busy = کس دیگری همان چیز را در همان لحظه تغییر داد. لطفاً دوباره تلاش کنید.
layout-privacy = با داده‌های شما چه می‌کنیم
problem-sign-up-email = نشانی ایمیل خود را وارد کنید
problem-sign-up-level = برای هر زبان یک سطح انتخاب کنید
problem-answer-required = به این پرسش پاسخ دهید
problem-answer-choice = یکی از پاسخ‌ها را انتخاب کنید
problem-sign-up-language = هر زبان را از فهرست انتخاب کنید
problem-email-missing = یک نشانی ایمیل وارد کنید
problem-email-invalid = «{ $email }» نشانی ایمیلی مانند name@example.org نیست
problem-level-invalid = «{ $level }» سطح زبان نیست (A1، A2، B1، B2، C1 یا C2)
problem-language-item = «{ $item }» را به صورت کد زبان و سطح بنویسید، مانند «de B1»
problem-language-code = «{ $language }» کد زبانی مانند de یا ar نیست
problem-person-name = نامی تا ۲۰۰ نویسه وارد کنید
problem-person-contact = یک نشانی ایمیل یا، برای کسی که ایمیل ندارد، شماره تلفن وارد کنید
problem-phone-invalid = «{ $phone }» شماره تلفنی مانند ‎+49 30 1234567 نیست
problem-person-locale = «{ $language }» کد زبانی مانند ar یا uk نیست
problem-person-needs = نیازها را در کمتر از ۱۰۰۰ نویسه بنویسید
problem-choose-language = یکی از این‌ها را انتخاب کنید: { $options }
problem-employer-name = نام سازمان را وارد کنید (تا ۲۰۰ نویسه)
problem-contact-name = نام فرد رابط را وارد کنید
problem-occupation-unknown = «{ $value }» در فهرست زمینه‌های شغلی نیست: یک زمینه از فهرست انتخاب کنید
