# الرسائل إلى المشاركين.

mail-personal-link-note = هذا الرابط لك وحدك؛ يُرجى عدم مشاركته مع أحد.

participant-invitation-subject = احجز مكانك: { $event }
participant-invitation-lead = أنت مدعو إلى { $event }.
participant-invitation-action = اختر مقابلتك التجريبية أو جولة التعارف أو يوم التجربة برابطك الشخصي:
participant-invitation-button = اختر مكانك
participant-invitation-link-note = هذا الرابط لك وحدك؛ يُرجى عدم مشاركته مع أحد. يمكنك استخدامه للحجز أو التغيير أو الإلغاء.

booking-confirmed-subject = تم الحجز: { $session }، { $when }
booking-confirmed-lead = تم حجز مكانك.
booking-confirmed-calendar = دعوة التقويم في هذه الرسالة تضيفه إلى تقويمك.
booking-changed-subject = تغيير: { $session }، الموعد الجديد { $when }
booking-changed-lead = لحجزك موعد جديد.
booking-changed-calendar = دعوة التقويم في هذه الرسالة تحدّث الموعد في تقويمك.
booking-cancelled-subject = إلغاء: { $session }، { $when }
booking-cancelled-lead = تم إلغاء هذا الحجز.
booking-cancelled-by-coordinator = اضطر المنظمون إلى إلغاء هذا الحجز. نعتذر عن هذا التغيير.
booking-cancelled-event = أُلغيت الفعالية، ولذلك أُلغي هذا الحجز أيضًا. نعتذر.
booking-changed-volunteer = المتطوع الذي كان سيلتقي بك لم يعد يستطيع الحضور في ذلك الوقت، فنقلنا حجزك إلى الموعد أدناه. إذا لم يناسبك، فاختر موعدًا آخر أو ألغِ برابطك الشخصي.
booking-changed-organisers = نقل المنظمون جلستك إلى الموعد الجديد أدناه. إذا لم يناسبك، فاختر موعدًا آخر أو ألغِ برابطك الشخصي.
notice-time = الموعد: كان { $was }، والآن { $now }
notice-place = المكان: كان { $was }، والآن { $now }
notice-note = رسالة من المنظمين:
booking-changed-place = غيّر المنظمون مكان جلستك، والموعد يبقى كما هو. إذا لم يناسبك، فاختر موعدًا آخر أو ألغِ برابطك الشخصي.
booking-cancelled-volunteer = المتطوع الذي كان سيلتقي بك لم يعد يستطيع الحضور، ولا يوجد موعد شاغر آخر في هذه الجلسة. نعتذر. وضعناك على قائمة الانتظار قبل كل من انضم إليها بعد حجزك، وسنراسلك فور توفر مكان.
booking-cancelled-calendar = دعوة التقويم في هذه الرسالة تزيله من تقويمك.
booking-manage = اطّلع على حجوزاتك أو غيّرها أو ألغها برابطك الشخصي:
booking-rebook = يمكنك حجز موعد آخر برابطك الشخصي:
booking-button = اطّلع على حجوزاتك أو غيّرها

reminder-subject = تذكير: { $session }، { $when }
reminder-lead = هذا تذكير بحجزك. نتطلع إلى رؤيتك.
reminder-cannot-come = إذا لم تستطع الحضور، يُرجى الإلغاء برابطك الشخصي حتى يأخذ شخص آخر مكانك:
waitlist-offer-subject = مكان شاغر لك: { $session }، { $when }
waitlist-offer-lead = توفر مكان، وهو لك إذا أردته.
waitlist-offer-deadline = نحتفظ به لك حتى { $deadline }. بعد ذلك يذهب إلى الشخص التالي على قائمة الانتظار.
waitlist-offer-action = اقبل المكان برابطك الشخصي:
waitlist-offer-button = اقبل المكان

new-link-subject = رابطك الجديد: { $event }
new-link-lead = طلبت رابطًا شخصيًا جديدًا لـ { $event }. ها هو:
new-link-old = تبقى روابطك السابقة صالحة حتى نهاية الفعالية، ما لم يلغها المنظمون.
new-link-not-you = إذا لم تطلبه، يمكنك تجاهل هذه الرسالة.

waitlist-joined-subject = أنت على قائمة الانتظار: { $session }
waitlist-joined-lead = أنت على قائمة الانتظار لـ { $session } ({ $event }). عندما يتوفر مكان، سنحجزه لك ونراسلك فورًا.
waitlist-expired-subject = لم يُقبل المكان: { $session }
waitlist-expired-lead = المكان في { $session } ({ $event }) الذي حجزناه لك لم يُقبل في الوقت المحدد، فذهب إلى الشخص التالي على قائمة الانتظار. إذا كنت ما زلت تريد الحضور، فانضم إلى قائمة الانتظار مرة أخرى أو اختر جلسة أخرى.
waitlist-notice-link = صفحتك الشخصية:
waitlist-notice-button = افتح صفحتي
waitlist-cancelled-subject = إلغاء: { $session }
allocation-no-place-subject = لا يوجد مكان هذه المرة: { $session }
allocation-no-place-lead = وُزِّعت الأماكن في { $session } ({ $event }) حسب اختيارات الجميع المرتبة، ولم يبق مكان لك هذه المرة. إذا توفر مكان، يوزعه المنظمون مرة أخرى حسب الاختيارات، وما زلت ضمن المرشحين: لا تحتاج إلى فعل أي شيء.
waitlist-cancelled-lead = أُلغيت فعالية { $event }، ولذلك أُغلقت قائمة الانتظار لـ { $session }. نعتذر؛ وستسمع منا عن فعاليات أخرى.

networking-plan-subject = طاولاتك في { $session }
networking-plan-lead = هذه خطتك لـ { $session } ({ $event }): في كل جولة، اذهب إلى الطاولة المذكورة. يبقى أصحاب العمل على طاولاتهم؛ وتنتقل أنت عند انتهاء الجولة.
networking-plan-round = الجولة { $round }
networking-plan-after = إذا لم تستطع الحضور، يُرجى الإلغاء من صفحتك حتى يأخذ شخص آخر مقعدك.

feedback-subject = ملاحظات على مقابلتك التجريبية: { $event }
feedback-lead = وصلتك ملاحظات من { $name } على مقابلتك التجريبية في { $event }.
feedback-page-link = تبقى الملاحظات في صفحتك:

survey-subject = كيف كانت فعالية { $event }؟
survey-lead = شكرًا لحضورك فعالية { $event }. هل كانت مفيدة لك، وماذا ستفعل بعد ذلك؟ ثلاثة أسئلة قصيرة تساعدنا على تحسين الفعالية القادمة.
survey-button = أجب عن ثلاثة أسئلة
survey-link = أجب عن ثلاثة أسئلة قصيرة هنا:

calendar-what-to-bring = ما يجب إحضاره: { $item }
calendar-manage = للاطلاع أو التغيير أو الإلغاء: { $link }
calendar-feed-name = { $programme }: حجوزاتي
allocation-no-place-why = السبب: { $reason }
calendar-contact = اسأل عن: { $item }
calendar-instructions = عند الوصول: { $item }
booking-see-cancellation = تعرض صفحتك الشخصية الإلغاء:

# An event's cancellation, for readers without a booking of their own
event-cancelled-subject = أُلغي: { $event }، { $when }
event-cancelled-lead-participant = ألغى المنظمون فعالية { $event }، { $when }. لم يكن لديك حجز فيها، فلا يتغير شيء آخر بالنسبة لك. نأسف لذلك.
event-cancelled-link = صفحتك الشخصية تعرض الإلغاء:
event-cancelled-button = افتح صفحتي
message-lead = رسالة من منظمي { $event }:
message-link = صفحتك الخاصة بالفعالية:
booking-changed-details = غيّر المنظمون تفاصيل يومك التجريبي: ما يتضمنه، أو من تسأل عنه، أو ما تفعله عند الوصول. هذه التفاصيل كما هي الآن. إذا لم يعد يناسبك، فألغِ برابطك الشخصي.
booking-changed-placement-removed = ألغى المنظمون مكان اليوم التجريبي الذي كان لك، لذلك نقلناك إلى المكان المذكور أدناه في الجلسة نفسها. إذا لم يناسبك، فألغِ برابطك الشخصي.
booking-cancelled-placement-removed = ألغى المنظمون مكان اليوم التجريبي الذي كان لك، ولا يوجد مكان شاغر آخر في هذه الجلسة. نأسف لذلك. وضعناك على قائمة الانتظار قبل كل من انضم إليها بعد حجزك، وسنراسلك فور توفر مكان.
booking-check-in-code = رمز تسجيل حضورك هو { $code }. أظهره عند المدخل، أو أظهر رمز QR في صفحتك.
booking-check-in-qr = رمز QR لرمز تسجيل حضورك { $code }
sign-up-confirm-subject = يُرجى تأكيد تسجيلك: { $event }
sign-up-confirm-lead = شكرًا لتسجيلك في { $event }. يُرجى تأكيد عنوان بريدك الإلكتروني بهذا الرابط:
sign-up-confirm-button = تأكيد تسجيلي
sign-up-confirm-hours = يعمل الرابط لمدة { $hours } ساعة.
sign-up-confirm-not-you = إذا لم تسجّل أنت، فتجاهل هذا البريد: لن يحدث شيء، وسيُحذف التسجيل.
sign-up-declined-subject = تسجيلك: { $event }
sign-up-declined-lead = شكرًا لتسجيلك في { $event }. لا يستطيع المنظّمون أن يقدّموا لك مكانًا هذه المرة.
sign-up-declined-after = حُذف تسجيلك. يسعدنا أن تسجّل في فعاليات أخرى.
