# ایمیل‌ها به شرکت‌کنندگان.

mail-personal-link-note = این پیوند فقط برای شماست؛ لطفاً آن را برای کسی نفرستید.

participant-invitation-subject = جای خود را رزرو کنید: { $event }
participant-invitation-lead = شما به { $event } دعوت شده‌اید.
participant-invitation-action = مصاحبه آزمایشی، دور شبکه‌سازی یا روز آشنایی با محیط کار خود را با پیوند شخصی‌تان انتخاب کنید:
participant-invitation-button = انتخاب جا
participant-invitation-link-note = این پیوند فقط برای شماست؛ لطفاً آن را برای کسی نفرستید. با آن می‌توانید رزرو کنید، تغییر دهید یا لغو کنید.

booking-confirmed-subject = رزرو شد: { $session }، { $when }
booking-confirmed-lead = جای شما رزرو شد.
booking-confirmed-calendar = دعوت‌نامه تقویم در این ایمیل آن را به تقویم شما اضافه می‌کند.
booking-changed-subject = تغییر: { $session }، اکنون { $when }
booking-changed-lead = رزرو شما زمان تازه‌ای دارد.
booking-changed-calendar = دعوت‌نامه تقویم در این ایمیل مورد تقویم شما را به‌روز می‌کند.
booking-cancelled-subject = لغو شد: { $session }، { $when }
booking-cancelled-lead = این رزرو لغو شد.
booking-cancelled-by-coordinator = برگزارکنندگان ناچار شدند این رزرو را لغو کنند. برای این تغییر پوزش می‌خواهیم.
booking-cancelled-event = رویداد لغو شده است، پس این رزرو هم لغو شد. پوزش می‌خواهیم.
booking-changed-volunteer = داوطلبی که قرار بود شما را ببیند دیگر نمی‌تواند در آن زمان بیاید، پس رزرو شما را به زمان زیر منتقل کردیم. اگر برایتان مناسب نیست، با پیوند شخصی‌تان زمان دیگری انتخاب کنید یا لغو کنید.
booking-changed-organisers = برگزارکنندگان جلسه شما را به زمان تازه زیر منتقل کرده‌اند. اگر برایتان مناسب نیست، با پیوند شخصی‌تان زمان دیگری انتخاب کنید یا لغو کنید.
notice-time = زمان: پیش‌تر { $was }، اکنون { $now }
notice-place = مکان: پیش‌تر { $was }، اکنون { $now }
notice-note = پیامی از برگزارکنندگان:
booking-changed-place = برگزارکنندگان مکان جلسه شما را تغییر داده‌اند؛ زمان همان است. اگر برایتان مناسب نیست، با پیوند شخصی‌تان زمان دیگری انتخاب کنید یا لغو کنید.
booking-cancelled-volunteer = داوطلبی که قرار بود شما را ببیند دیگر نمی‌تواند بیاید و زمان خالی دیگری در این جلسه نیست. پوزش می‌خواهیم. شما را در فهرست انتظار، جلوتر از همه کسانی که پس از رزرو شما به آن پیوستند، گذاشتیم و به محض خالی شدن جا به شما ایمیل می‌زنیم.
booking-cancelled-calendar = دعوت‌نامه تقویم در این ایمیل آن را از تقویم شما حذف می‌کند.
booking-manage = رزروهای خود را با پیوند شخصی‌تان ببینید، تغییر دهید یا لغو کنید:
booking-rebook = با پیوند شخصی‌تان می‌توانید زمان دیگری رزرو کنید:
booking-button = دیدن یا تغییر رزروها

reminder-subject = یادآوری: { $session }، { $when }
reminder-lead = این یادآوری رزرو شماست. منتظر دیدنتان هستیم.
reminder-cannot-come = اگر نمی‌توانید بیایید، لطفاً با پیوند شخصی‌تان لغو کنید تا کس دیگری جای شما را بگیرد:
waitlist-offer-subject = جایی برای شما خالی شد: { $session }، { $when }
waitlist-offer-lead = جایی خالی شده است و اگر بخواهید مال شماست.
waitlist-offer-deadline = تا { $deadline } برایتان نگه داشته می‌شود. پس از آن به نفر بعدی فهرست انتظار می‌رسد.
waitlist-offer-action = جا را با پیوند شخصی‌تان بپذیرید:
waitlist-offer-button = پذیرفتن جا

new-link-subject = پیوند تازه شما: { $event }
new-link-lead = برای { $event } پیوند شخصی تازه‌ای خواستید. این هم پیوند:
new-link-old = پیوندهای قبلی شما تا پایان رویداد کار می‌کنند، مگر اینکه برگزارکنندگان آن‌ها را لغو کرده باشند.
new-link-not-you = اگر آن را نخواسته‌اید، می‌توانید این ایمیل را نادیده بگیرید.

waitlist-joined-subject = شما در فهرست انتظار هستید: { $session }
waitlist-joined-lead = شما در فهرست انتظار { $session } ({ $event }) هستید. وقتی جایی خالی شود، آن را برایتان نگه می‌داریم و فوراً به شما می‌نویسیم.
waitlist-expired-subject = جا پذیرفته نشد: { $session }
waitlist-expired-lead = جایی که در { $session } ({ $event }) برایتان نگه داشته بودیم به موقع پذیرفته نشد و به نفر بعدی فهرست انتظار رسید. اگر هنوز می‌خواهید بیایید، دوباره به فهرست انتظار بپیوندید یا جلسه دیگری انتخاب کنید.
waitlist-notice-link = صفحه شخصی شما:
waitlist-notice-button = باز کردن صفحه من
waitlist-cancelled-subject = لغو شد: { $session }
allocation-no-place-subject = این بار جایی به شما نرسید: { $session }
allocation-no-place-lead = جاهای { $session } ({ $event }) بر اساس انتخاب‌های رتبه‌بندی‌شده همه داده شد و این بار جایی برای شما نماند. اگر جایی خالی شود، برگزارکنندگان دوباره آن را بر اساس انتخاب‌ها می‌دهند و شما همچنان شانس گرفتن جا را دارید: لازم نیست کاری بکنید.
waitlist-cancelled-lead = { $event } لغو شده است، پس فهرست انتظار { $session } بسته شد. پوزش می‌خواهیم؛ درباره رویدادهای دیگر از ما خبر خواهید داشت.

networking-plan-subject = میزهای شما در { $session }
networking-plan-lead = این برنامه شما برای { $session } ({ $event }) است: در هر دور سر میزی بروید که نوشته شده. کارفرمایان سر میزهایشان می‌مانند؛ شما پس از پایان هر دور جابه‌جا می‌شوید.
networking-plan-round = دور { $round }
networking-plan-after = اگر نمی‌توانید بیایید، لطفاً در صفحه خود لغو کنید تا کس دیگری صندلی شما را بگیرد.

feedback-subject = بازخورد مصاحبه آزمایشی شما: { $event }
feedback-lead = { $name } بازخوردی درباره مصاحبه آزمایشی شما در { $event } نوشته است.
feedback-page-link = بازخورد در صفحه شما می‌ماند:

survey-subject = { $event } چطور بود؟
survey-lead = ممنون که به { $event } آمدید. برایتان مفید بود و قدم بعدی‌تان چیست؟ سه پرسش کوتاه به ما کمک می‌کند رویداد بعدی را بهتر کنیم.
survey-button = پاسخ به سه پرسش
survey-link = به سه پرسش کوتاه اینجا پاسخ دهید:

calendar-what-to-bring = همراه داشته باشید: { $item }
calendar-manage = دیدن، تغییر یا لغو: { $link }
calendar-feed-name = { $programme }: رزروهای من
allocation-no-place-why = دلیل: { $reason }
calendar-contact = مراجعه به: { $item }
calendar-instructions = هنگام رسیدن: { $item }
booking-see-cancellation = صفحه شخصی شما لغو را نشان می‌دهد:

# An event's cancellation, for readers without a booking of their own
event-cancelled-subject = لغو شد: { $event }، { $when }
event-cancelled-lead-participant = برگزارکنندگان { $event }، { $when }، را لغو کرده‌اند. شما در آن رزروی نداشتید، پس چیز دیگری برای شما تغییر نمی‌کند. متأسفیم.
event-cancelled-link = صفحه شخصی شما لغو را نشان می‌دهد:
event-cancelled-button = باز کردن صفحه من
message-lead = پیامی از برگزارکنندگان { $event }:
message-link = صفحهٔ شما برای این رویداد:
booking-changed-details = برگزارکنندگان جزئیات روز آشنایی شما را تغییر داده‌اند: آنچه در بر دارد، سراغ چه کسی را بگیرید یا هنگام رسیدن چه کنید. این جزئیات اکنون چنین است. اگر دیگر برایتان مناسب نیست، با پیوند شخصی‌تان لغو کنید.
booking-changed-placement-removed = برگزارکنندگان جای روز آشنایی شما را حذف کرده‌اند، پس شما را به جای زیر در همین جلسه منتقل کردیم. اگر برایتان مناسب نیست، با پیوند شخصی‌تان لغو کنید.
booking-cancelled-placement-removed = برگزارکنندگان جای روز آشنایی شما را حذف کرده‌اند و جای خالی دیگری در این جلسه نیست. متأسفیم. شما را در فهرست انتظار، جلوتر از همهٔ کسانی که پس از رزرو شما پیوستند، گذاشتیم و به محض آزاد شدن جایی به شما ایمیل می‌زنیم.
booking-check-in-code = کد ورود شما { $code } است. آن را دم در نشان دهید، یا کد QR را در صفحهٔ خودتان.
booking-check-in-qr = کد QR کد ورود شما { $code }
sign-up-confirm-subject = لطفاً ثبت‌نام خود را تأیید کنید: { $event }
sign-up-confirm-lead = از ثبت‌نام شما در { $event } سپاس‌گزاریم. لطفاً نشانی ایمیل خود را با این پیوند تأیید کنید:
sign-up-confirm-button = تأیید ثبت‌نام من
sign-up-confirm-hours = این پیوند { $hours } ساعت کار می‌کند.
sign-up-confirm-not-you = اگر شما ثبت‌نام نکرده‌اید، این ایمیل را نادیده بگیرید: هیچ اتفاقی نمی‌افتد و ثبت‌نام پاک می‌شود.
sign-up-declined-subject = ثبت‌نام شما: { $event }
sign-up-declined-lead = از ثبت‌نام شما در { $event } سپاس‌گزاریم. برگزارکنندگان این بار نمی‌توانند جایی به شما پیشنهاد دهند.
sign-up-declined-after = ثبت‌نام شما پاک شد. خوشحال می‌شویم برای رویدادهای دیگر ثبت‌نام کنید.
