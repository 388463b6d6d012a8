# صفحات المشاركين والنصوص التي تشترك فيها رسائلهم.

mail-hello = مرحبًا { $name }،
page-hello = مرحبًا { $name }،
page-personal = هذه الصفحة شخصية. يُرجى عدم مشاركة رابطها مع أحد.
label-what = ماذا
label-with = مع
label-when = متى
label-where = أين
label-bring = ما يجب إحضاره
label-own-time = أي { $time } بتوقيتك

notice-booked = تم حجز مكانك. رسالة تأكيد مع دعوة تقويم في طريقها إليك.
notice-moved = لحجزك موعد جديد. دعوة التقويم في بريدك تحدّث تقويمك.
notice-cancelled = تم إلغاء حجزك. الرسالة التي أرسلناها تزيله من تقويمك.
notice-waitlisted = أنت الآن على قائمة الانتظار. عندما يتوفر مكان، نحجزه لك ونراسلك فورًا.
notice-left = لم تعد على قائمة الانتظار.
notice-ranked = تم حفظ اختياراتك. يمكنك تغييرها حتى يُغلق باب الاختيار؛ وستعرف بالبريد أي مكان حصلت عليه.
notice-wished = تم حفظ رغباتك. نخطط الطاولات بحيث تلتقي بأصحاب العمل الذين اخترتهم حيثما تسمح المقاعد؛ يمكنك تغييرها حتى تبدأ الجلسة.
notice-language = هذه الصفحة ورسائلنا إليك أصبحت الآن باللغة العربية.
language-unknown = هذه اللغة غير متوفرة بعد. يُرجى اختيار لغة من القائمة.

schedule-heading = جدولي
schedule-empty = لم تحجز شيئًا بعد. اختر موعدًا في الأسفل.
schedule-add-to-calendar = أضف إلى تقويمي (.ics)
schedule-change-time = غيّر الموعد
schedule-cancel = إلغاء
schedule-checked-in = تم تسجيل حضورك
schedule-feed-intro = عنوان تقويم يمكن لتطبيق التقويم الاشتراك فيه، ويعرض دائمًا حجوزاتك الحالية.
schedule-feed-button = احصل على عنوان تقويمي

session-your-booking = حجزك:
session-cancel-booking = ألغِ هذا الحجز
session-full = هذه الجلسة ممتلئة.
session-no-places = لم تبق أماكن شاغرة.
option-free = { $count ->
    [one] مكان واحد شاغر
    [two] مكانان شاغران
   *[other] أماكن شاغرة: { $count }
}
option-book = احجز
option-move = انقل إلى هنا
fit-other-field = المحاور من مجال مهني آخر
fit-no-language = لا توجد لغة مشتركة بالمستوى المطلوب

rank-saved = { $count ->
    [one] رتّبت خيارًا واحدًا.
    [two] رتّبت خيارين.
   *[other] عدد الخيارات التي رتّبتها: { $count }.
}
rank-nothing-yet = لا يوجد ما تختار منه بعد.
rank-help = { $count ->
    [one] رقّم خيارًا واحدًا على الأقل: الرقم 1 هو ما تريده أكثر. يمكنك تغيير اختياراتك حتى يُغلق باب الاختيار.
   *[other] رقّم { $count } خيارات على الأقل بالترتيب الذي تفضله: الرقم 1 هو ما تريده أكثر. يمكنك تغيير اختياراتك حتى يُغلق باب الاختيار.
}
rank-not-chosen = غير مختار
rank-choice = الاختيار { $position }
rank-save = احفظ اختياراتي
rank-closed-direct = هذه الجلسة تُحجز مباشرة.
rank-closed-event = باب الاختيار لهذه الفعالية مغلق.
rank-closed-not-yet = يُفتح باب الاختيار لاحقًا.
rank-closed-done = أُغلق باب الاختيار؛ وتُوزَّع الأماكن حسب الاختيارات المقدمة.
rank-error-gone = أحد الخيارات لم يعد متاحًا؛ أعد تحميل الصفحة واختر من جديد.
rank-error-twice = الاختيار { $position } مكرر؛ أعطِ كل اختيار رقمًا خاصًا به.
rank-error-option-twice = خيار واحد أخذ رقمين.
rank-error-range = استخدم الأرقام من 1 إلى { $options } لاختياراتك.
rank-error-too-few = اختر { $needed } على الأقل: رقّمها 1، 2، 3 بالترتيب الذي تفضله.

offer-held = هناك مكان محجوز لك:
offer-deadline = المكان لك إذا قبلته قبل { $deadline }.
offer-take = اقبل المكان
offer-decline = لا، شكرًا، أعطه للشخص التالي
waiting-on-list = أنت على قائمة الانتظار
waiting-position = (رقمك في الدور: { $position })
waiting-how = عندما يتوفر مكان، نحجزه لك ونراسلك فورًا.
waiting-join = انضم إلى قائمة الانتظار
waiting-leave = اخرج من قائمة الانتظار

wishes-heading = مَن تودّ أن تلتقي بهم أكثر من غيرهم؟
wishes-asked = طلبت أن تلتقي بـ:
wishes-legend = أصحاب العمل الذين أريد أن ألتقي بهم
wishes-help = اختر أصحاب العمل الذين تود التحدث إليهم أكثر. تلتقي بعدد من أصحاب العمل يساوي عدد الجولات؛ نجلسك أولًا عند من اخترتهم حيثما تسمح المقاعد. يمكنك تغيير ذلك حتى تبدأ الجلسة.
wishes-save = احفظ من أريد أن ألتقي بهم
wishes-closed-format = جلسات التعارف السريع وحدها تسألك عمّن تريد أن تلتقي بهم.
wishes-closed-event = باب الرغبات لهذه الفعالية مغلق.
wishes-closed-book-first = احجز مكانًا في هذه الجلسة أولًا؛ ثم يمكنك اختيار من تريد أن تلتقي بهم.
wishes-closed-started = بدأت هذه الجلسة؛ والطاولات مخططة بالفعل.
wishes-error-unknown-table = إحدى الطاولات التي اخترتها ليست جزءًا من هذه الجلسة. يُرجى الاختيار من جديد.

refuse-event-closed = الحجز لهذه الفعالية مغلق.
refuse-ranked-session = الأماكن في هذه الجلسة تُوزَّع حسب اختياراتك المرتبة.
refuse-not-open = لم يُفتح الحجز بعد.
refuse-closed = أُغلق الحجز.
refuse-started = بدأ هذا الموعد أو انتهى: لم يعد من الممكن حجزه.
refuse-own-started = بدأ موعدك بالفعل: لم يعد من الممكن نقله أو إلغاؤه هنا. يُرجى التحدث إلى المنظمين.
refuse-not-suited = هذه المقابلة لا تناسب لغاتك أو مهنتك كما أعدّ المنظمون الجلسة. يُرجى اختيار أحد المواعيد الظاهرة في صفحتك.
refuse-already-booked = لديك حجز بالفعل في هذه الجلسة. غيّره أو ألغه بدلًا من ذلك.
refuse-places-free = توجد أماكن شاغرة في هذه الجلسة: يُرجى حجز أحدها.
refuse-offer-gone = هذا العرض لم يعد قائمًا: انتهت مدته وذهب المكان إلى الشخص التالي.
refuse-same-session = اختر موعدًا آخر في الجلسة نفسها.
refuse-full = هذا الموعد محجوز بالكامل. يُرجى اختيار موعد آخر.
refuse-inactive = هذا الحجز لم يعد ساريًا.
refuse-survey-not-participant = الاستبيان للأشخاص الذين شاركوا في الفعالية.

feedback-heading = ملاحظات على مقابلتك التجريبية
feedback-by = من { $name }
feedback-rating = { $rating } من 4: { $meaning }
feedback-preparation = التحضير
feedback-presentation = التعريف بالنفس
feedback-professional-depth = العمق المهني
feedback-communication = اللغة والتواصل
feedback-scale-1 = يحتاج إلى تحسين كبير
feedback-scale-2 = يحتاج إلى بعض التحسين
feedback-scale-3 = جيد
feedback-scale-4 = جيد جدًا
feedback-strengths = ما كان جيدًا
feedback-next-steps = الخطوات التالية

data-heading = بياناتك
data-download = نزّل كل ما نحتفظ به عنك (JSON)
data-erase = احذف بياناتي

cancel-title = هل تريد إلغاء هذا الحجز؟
cancel-text = سيُعطى مكانك لشخص آخر. يمكنك بعد ذلك حجز موعد آخر إذا توفرت أماكن.
cancel-confirm = نعم، ألغِ حجزي
cancel-keep = لا، أبقِ حجزي

erase-title = هل تريد حذف بياناتك؟
erase-text = يحذف هذا كل ما نحتفظ به عنك: اسمك وبريدك الإلكتروني ولغاتك ومهنتك والمعلومات التي شاركتها معنا والملاحظات التي تلقيتها وإجاباتك والرسائل التي كتبناها إليك. تُلغى الحجوزات التي لم تحدث بعد وتُعطى الأماكن لآخرين. لا يبقى إلا أعداد مجهولة الهوية.
erase-warning = لا يمكن التراجع عن ذلك.
erase-backups = النسخ الاحتياطية التي أُخذت قبل اليوم تبقى تحتوي على بياناتك حتى تُحذف بدورها: يحتفظ البرنامج بآخر { $days } نسخة احتياطية ليلية، أي نحو { $days } يومًا.
erase-download-first = يمكنك أولًا تنزيل نسخة من بياناتك (JSON).
erase-confirm = نعم، احذف بياناتي
erase-back = لا، العودة إلى صفحتي
erase-done-title = تم حذف بياناتك
erase-done-text = حُذف اسمك وبريدك الإلكتروني ولغاتك ومهنتك والمعلومات التي شاركتها معنا والملاحظات والإجابات والرسائل التي كتبناها إليك. أُلغيت الحجوزات التي لم تحدث بعد وأُعطيت الأماكن لآخرين. لا تبقى إلا أعداد مجهولة الهوية (مثلًا أن مكانًا قد حُجز).
erase-done-link = رابطك الشخصي لم يعد يعمل. يسعدنا أن تشارك مرة أخرى: اطلب من البرنامج أن يضيفك.

new-link-title = احصل على رابط جديد
new-link-sent = إذا كنا نعرف هذا العنوان، فإن رابطًا شخصيًا جديدًا في طريقه إليه. يُرجى النظر أيضًا في مجلد الرسائل غير المرغوب فيها.
new-link-intro = أدخل عنوان البريد الإلكتروني الذي أُرسلت إليه دعوتك. سنرسل إليك رابطًا شخصيًا جديدًا لكل فعالية أنت مدعو إليها.
new-link-email-label = عنوان البريد الإلكتروني
new-link-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.org.
new-link-send = أرسل لي رابطًا جديدًا

feed-title = اشتراك التقويم الخاص بك
feed-intro = أضف هذا العنوان إلى تطبيق التقويم كاشتراك ("إضافة تقويم من عنوان URL" أو "الاشتراك في تقويم"). يعرض جميع حجوزاتك الحالية ويتحدّث تلقائيًا.
feed-address-label = عنوان التقويم
feed-open = افتح في تطبيق التقويم
feed-note = يستطيع كل من لديه هذا العنوان رؤية حجوزاتك، لكن لا يستطيع تغييرها. إذا شاركته بالخطأ، فأنشئ عنوانًا جديدًا: عندها يتوقف العنوان القديم عن العمل.
feed-back = العودة إلى حجوزاتي

survey-title = كيف كانت فعالية { $event }؟
survey-thanks = شكرًا لك، { $name }. إجابتك تساعدنا على تحسين الفعالية القادمة.
survey-answer-heading = إجابتك
survey-useful-short = هل كانت مفيدة؟
survey-plans-short = ما الخطوة التالية؟
survey-comment-short = أمور أخرى
survey-intro = مرحبًا { $name }، ثلاثة أسئلة قصيرة. لا يقرأ إجابتك إلا منسقو البرنامج.
survey-useful-question = هل كانت الفعالية مفيدة لك؟
survey-plans-question = ماذا ستفعل بعد ذلك؟ (اختر كل ما ينطبق)
survey-comment-question = هل هناك شيء آخر تود إخبارنا به؟ (اختياري)
survey-send = أرسل إجابتي
survey-useful-very = مفيدة جدًا
survey-useful-somewhat = مفيدة إلى حد ما
survey-useful-not = غير مفيدة
survey-plan-apply = التقدم إلى وظائف
survey-plan-language = تحسين مهاراتي اللغوية
survey-plan-training = تدريب مهني أو تعليم إضافي
survey-plan-recognition = معادلة شهادتي
survey-plan-internship = البحث عن تدريب عملي
survey-error-useful = اختر مدى فائدة الفعالية لك.
survey-error-plans = اختر من القائمة.
survey-error-comment = يجب ألا يزيد تعليقك على 2000 حرف.

home-title = أهلاً بكم
home-intro = هنا يخطط { $programme } لمعارض التوظيف وأيام المقابلات التجريبية ولقاءات التعارف السريع مع أصحاب العمل.
home-job-seekers = الباحثون عن عمل
home-job-seekers-text = افتح الرابط الشخصي من رسالة الدعوة لتحجز أو تغيّر أو تلغي. لا تحتاج إلى حساب.
home-employers = أصحاب العمل والمتطوعون
home-employers-text = افتح الرابط الشخصي من رسالة الدعوة لتسجيل المتطوعين لديك ورؤية جدولك.
home-coordinators = المنسقون
home-coordinators-link = سجّل الدخول لإدارة الفعاليات وتوزيع الأماكن وتسجيل الحضور.

# ما يجب فعله بعد ذلك، في أعلى الصفحة؛ أوقات كل جلسة مطوية.
next-heading = الخطوة التالية
next-offer = مكان في { $session } محجوز لك: اقبله قبل { $detail }.
next-rank = رتّب اختياراتك في { $session } حسب الأفضلية.
next-appointment = موعدك التالي: { $session }، { $detail }.
next-choose = اختر موعدًا في { $session }.
next-nothing = لا شيء عليك فعله الآن. سنكتب إليك إذا تغيّر شيء.
options-rank = رتّب اختياراتك
options-times = { $count ->
    [one] اعرض الموعد المتاح
    [two] اعرض الموعدين المتاحين
   *[other] اعرض المواعيد المتاحة ({ $count })
}
options-other-times = { $count ->
    [one] موعد آخر متاح
    [two] موعدان آخران متاحان
   *[other] مواعيد أخرى متاحة ({ $count })
}
rank-closed-allocated = وُزِّعت الأماكن حسب اختيارات الجميع؛ أُغلق الترتيب.
allocation-none-heading = لم يُخصَّص لك مكان هذه المرة.
label-contact = اسأل عن
label-instructions = عند الوصول
event-cancelled-banner = أُلغيت هذه الفعالية، وأُلغيت حجوزاتك فيها أيضًا. نعتذر عن ذلك.
home-lost-link = هل فقدت رابطك أو لم يعد يعمل؟ احصل على رابط جديد بالبريد الإلكتروني
new-link-lost-heading = هذا الرابط لا يعمل
new-link-lost-unknown = لا نعرف هذا الرابط. ربما نُسخ جزء منه فقط من الرسالة. أدخل عنوان بريدك أدناه وسنرسل إليك رابطًا جديدًا.
new-link-lost-expired = هذا الرابط لم يعد صالحًا: انتهت صلاحيته أو استبدله المنظمون. أدخل عنوان بريدك أدناه وسنرسل إليك رابطًا جديدًا.
privacy-title = كيف نتعامل مع بياناتك
privacy-intro = ينظّم { $programme } فعالياته باستخدام Fairplan. توضّح هذه الصفحة ما يُحفظ عنك، ومن يراه، وإلى متى، وما يمكنك فعله.
privacy-what-heading = ما الذي يُحفظ
privacy-what = اسمك، وعنوان بريدك الإلكتروني أو رقم هاتفك، واللغة التي تقرؤها أفضل، ومجالات عملك ولغاتك، وأي احتياجات تخبرنا بها، وحجوزاتك واختياراتك وحضورك. أما معلومات مثل وضع الإقامة أو تصريح العمل فلا تُحفظ إلا إذا أعطيتها للمنظمين.
privacy-who-heading = من يراها
privacy-who = منسّقو البرنامج. يرى أصحاب العمل ومتطوعوهم ما يحتاجونه للقائك فقط: اسمك وموعد اللقاء. لا يرون أبدًا وضع إقامتك أو تصريح عملك أو ملاحظات المنظمين، ولا تحملها أي رسالة أو موعد في التقويم.
privacy-how-long-heading = إلى متى
privacy-how-long = بعد { $days } يومًا من آخر فعالية لك تُحذف معلوماتك الحساسة، وتُمحى بياناتك كلها ما لم توافق على الاحتفاظ بها لفعاليات لاحقة. لا يبقى إلا أعداد مجهولة الهوية.
privacy-backups = النسخ الاحتياطية: يحتفظ البرنامج بآخر { $days } نسخة احتياطية. من مُحيت بياناته يبقى في النسخ المأخوذة قبل ذلك حتى تُحذف بدورها: مع نسخة واحدة كل ليلة، كما يفعل Fairplan المثبّت، يعني ذلك نحو { $days } يومًا أخرى.
privacy-rights-heading = ما يمكنك فعله
privacy-rights = تتيح لك صفحتك الشخصية في أي وقت تنزيل كل ما يُحفظ عنك، ومحوه.
check-in-code-heading = رمز تسجيل حضورك
check-in-code-intro = أظهره عند المدخل: يسجّل حضورك لحجزك التالي.
check-in-code-qr = رمز QR لرمز تسجيل حضورك { $code }
sign-up-page-languages = لغات هذه الصفحة
sign-up-when = متى
sign-up-where = أين
sign-up-sessions = ماذا يحدث
sign-up-places-free = { $free } من { $capacity } أماكن متاحة
sign-up-places-full = لا أماكن متاحة: سجّل مع ذلك وانضمّ إلى قائمة الانتظار.
sign-up-bring = أحضر معك: { $what }
sign-up-heading = التسجيل
sign-up-intro = سجّل هنا، وسنرسل إليك بريدًا إلكترونيًا لتأكيد عنوانك. بعد ذلك تحصل على رابطك الشخصي لاختيار أماكنك.
sign-up-approval = ينظر المنظّمون في كل تسجيل ويردّون عليك بالبريد الإلكتروني.
sign-up-name = اسمك
sign-up-email = عنوان البريد الإلكتروني
sign-up-email-hint = نرسل رابطًا إلى هذا العنوان لتأكيده.
sign-up-phone = رقم الهاتف
sign-up-phone-hint = فقط إذا لم يكن لديك بريد إلكتروني: سيتصل بك المنظّمون.
sign-up-language = لغة رسائلك وصفحاتك
sign-up-occupations = مجالات عملك
sign-up-occupations-hint = اختر المجالات التي عملت أو تدرّبت فيها.
sign-up-languages = اللغات التي تتحدثها
sign-up-spoken = اللغة { $n }
sign-up-spoken-none = (لا شيء)
sign-up-level = مستوى اللغة { $n }
sign-up-level-A1 = A1: مبتدئ
sign-up-level-A2 = A2: أساسي
sign-up-level-B1 = B1: متوسط
sign-up-level-B2 = B2: فوق المتوسط
sign-up-level-C1 = C1: متقدم
sign-up-level-C2 = C2: بطلاقة أو لغة أم
sign-up-needs = ما تحتاجه للمشاركة
sign-up-needs-hint = مثلًا مترجم (بأي لغة)، مدخل بلا درج، رعاية أطفال. اتركه فارغًا إذا لم تحتج شيئًا.
sign-up-required = إلزامي
sign-up-optional = اختياري
sign-up-yes = نعم
sign-up-no = لا
sign-up-keep = احتفظوا ببياناتي بعد هذه الفعالية، ليتمكّن المنظّمون من دعوتي إلى فعاليات لاحقة.
sign-up-trap = اترك هذا الحقل فارغًا
sign-up-privacy = ما نحتفظ به عنك ولأي مدة:
sign-up-privacy-link = إشعار الخصوصية
sign-up-send = سجّل
sign-up-employer-heading = لأصحاب العمل
sign-up-employer-intro = هل تودّ مؤسستك المشاركة؟ أخبرنا بما يمكنك تقديمه. بعد تأكيد عنوانك يردّ عليك المنظّمون، وتحصل على رابط لتسجيل متطوعيك.
sign-up-organisation = المؤسسة
sign-up-contact-name = اسمك
sign-up-contact-email = عنوان بريدك الإلكتروني
sign-up-contact-language = لغة رسائلك
sign-up-offer = ما تقدّمه
sign-up-offer-hint = مثلًا مقابلات عمل تدريبية، طاولة في التعارف السريع، أيام تجربة عمل، وظائف شاغرة.
sign-up-employer-send = سجّل كصاحب عمل
sign-up-closed = التسجيل لهذه الفعالية مغلق.
sign-up-thanks-heading = شكرًا لك
sign-up-thanks-mail = يُرجى التحقق من بريدك الإلكتروني: أرسلنا إليك رابطًا لتأكيد تسجيلك. يعمل الرابط لمدة 48 ساعة.
sign-up-thanks-phone = سيتصل بك المنظّمون.
sign-up-thanks-employer = يُرجى التحقق من بريدك الإلكتروني: أرسلنا إليك رابطًا لتأكيد عنوانك. بعد ذلك يردّ عليك المنظّمون.
sign-up-thanks-no-mail = لم يصلك بريد؟ ابحث في مجلد الرسائل غير المرغوب فيها. إذا سجّلت من قبل، فلن يصلك بريد ثانٍ لبعض الوقت.
sign-up-back = العودة إلى { $event }
sign-up-confirm-heading = أكّد تسجيلك
sign-up-confirm-for = أنت تسجّل في { $event } بهذه البيانات:
sign-up-confirm-not-you-page = إذا لم تسجّل أنت، فأغلق هذه الصفحة: لن يحدث شيء.
sign-up-confirmed-heading = تم تأكيد عنوانك
sign-up-confirmed-awaiting = شكرًا لك. ينظر المنظّمون في تسجيلك ويردّون عليك بالبريد الإلكتروني.
sign-up-confirmed-on-list = شكرًا لك: أنت الآن على القائمة. سيتواصل معك المنظّمون.
sign-up-link-title = رابط التأكيد
sign-up-link-expired = لم يعد هذا الرابط يعمل: إما أنه استُخدم من قبل أو مرّت 48 ساعة. إذا أكّدت من قبل، فرابطك الشخصي في بريدك الإلكتروني.
sign-up-link-home = اطلب رابطًا شخصيًا جديدًا
sign-up-online = عبر الإنترنت: يحصل المسجّلون في القائمة على رابط الفيديو
sign-up-keep-confirm = طلبت منا الاحتفاظ ببياناتك بعد هذه الفعالية لدعوتك إلى فعاليات لاحقة.
sign-up-to-employers = تسجّل مؤسسة؟ انتقل إلى نموذج أصحاب العمل.
sign-up-level-none = (اختر المستوى)
notice-signed-up = أنت الآن على القائمة. أرسلنا رابط هذه الصفحة إلى بريدك الإلكتروني أيضًا: احتفظ به، فهو لك وحدك.
