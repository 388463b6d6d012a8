# إطار الصفحة والتواريخ وأخطاء النماذج وصفحات الأخطاء: مشتركة بين جميع الصفحات.

layout-skip = انتقل إلى المحتوى
layout-language = اللغة
layout-language-change = تغيير
layout-footer = Fairplan · برنامج مفتوح المصدر لتنظيم فعاليات برامج الاندماج المهني

form-problems = { $count ->
    [one] يُرجى تصحيح خطأ واحد
    [two] يُرجى تصحيح خطأين
   *[other] يُرجى تصحيح الأخطاء ({ $count })
}

weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-long = { $weekday } { $day } { $month } { $year }
date-time = { $date }، { $time }
time-with-zone = { $time } ({ $zone })
time-span-with-zone = { $start } – { $end } ({ $zone })

error-not-found-heading = الصفحة غير موجودة
error-not-found = لم نجد هذه الصفحة. إذا فتحت رابطًا من بريد إلكتروني، فتأكد من نسخ الرابط كاملًا.
error-forbidden-heading = غير مسموح
error-forbidden = لا يُسمح لك بمشاهدة هذه الصفحة.
error-unauthorized-heading = يلزم تسجيل الدخول
error-unauthorized = أرسل رمز API صالحًا في الترويسة `Authorization: Bearer fpk_...`. ينشئ المنسقون الرموز في صفحة رموز API؛ الرمز الملغى أو المنتهي لا يعمل.
error-link-expired-heading = انتهت صلاحية هذا الرابط
error-link-expired = هذا الرابط لم يعد صالحًا. يمكنك الحصول على رابط جديد بالبريد الإلكتروني، أو اسأل المنظمين.
error-too-many-heading = يُرجى الانتظار قليلًا
error-too-many = فُتحت روابط كثيرة لا تعمل من اتصالك. يُرجى الانتظار عشر دقائق ثم المحاولة مرة أخرى، أو اطلب رابطًا جديدًا بالبريد الإلكتروني.
error-form-expired = انتهت صلاحية هذا النموذج. يُرجى الرجوع وإعادة تحميل الصفحة والمحاولة مرة أخرى.
error-internal-heading = حدث خطأ ما
error-internal = حدث خطأ من جهتنا. لم يتغير شيء؛ يُرجى المحاولة مرة أخرى بعد دقيقة.
error-validation-heading = يُرجى مراجعة ما أدخلته
error-conflict-heading = لم ينجح ذلك
error-get-new-link = احصل على رابط جديد بالبريد الإلكتروني
error-back-to-start = العودة إلى الصفحة الرئيسية
error-form-malformed = كان النموذج ناقصًا أو غير صالح ({ $problem })
problem-text-control = احذف فواصل الأسطر أو رموز التحكم الأخرى من هذا الحقل
problem-text-too-long = اختصر هذا إلى { $max } حرفاً على الأكثر
problem-text-empty = املأ هذا الحقل
problem-occupations-too-many = اذكر ما لا يزيد على { $max } من المجالات المهنية
error-busy-heading = تغييرات كثيرة في وقت واحد
error-busy = غيّر شخص آخر الشيء نفسه في اللحظة نفسها. يُرجى المحاولة مرة أخرى.
layout-privacy = كيف نتعامل مع بياناتك
problem-sign-up-email = أدخل عنوان بريدك الإلكتروني
problem-sign-up-level = اختر مستوى لكل لغة
problem-answer-required = أجب عن هذا السؤال
problem-answer-choice = اختر إحدى الإجابات
problem-sign-up-language = اختر كل لغة من القائمة
problem-email-missing = أدخل عنوان بريد إلكتروني
problem-email-invalid = ‏«{ $email }» ليس عنوان بريد إلكتروني مثل name@example.org
problem-level-invalid = ‏«{ $level }» ليس مستوى لغة (A1 أو A2 أو B1 أو B2 أو C1 أو C2)
problem-language-item = اكتب «{ $item }» كرمز لغة ومستوى، مثل «de B1»
problem-language-code = ‏«{ $language }» ليس رمز لغة مثل de أو ar
problem-person-name = أدخل اسمًا لا يزيد على 200 حرف
problem-person-contact = أدخل عنوان بريد إلكتروني، أو رقم هاتف لمن ليس لديه بريد
problem-phone-invalid = ‏«{ $phone }» ليس رقم هاتف مثل ‎+49 30 1234567
problem-person-locale = ‏«{ $language }» ليس رمز لغة مثل ar أو uk
problem-person-needs = اكتب احتياجاتك في أقل من 1000 حرف
problem-choose-language = اختر واحدة من: { $options }
problem-employer-name = أدخل اسم المؤسسة (حتى 200 حرف)
problem-contact-name = أدخل اسم الشخص المسؤول عن التواصل
problem-occupation-unknown = «{ $value }» ليس في قائمة مجالات العمل: اختر مجالًا من القائمة
