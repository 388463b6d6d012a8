# Рамка сторінки, дати, помилки у формах і сторінки помилок: спільні для всіх сторінок.

layout-skip = Перейти до змісту
layout-language = Мова
layout-language-change = Змінити
layout-footer = Fairplan · відкрита програма для заходів програм професійної інтеграції

form-problems = { $count ->
    [one] Будь ласка, виправте { $count } помилку
    [few] Будь ласка, виправте { $count } помилки
   *[other] Будь ласка, виправте { $count } помилок
}

weekday-1 = пн
weekday-2 = вт
weekday-3 = ср
weekday-4 = чт
weekday-5 = пт
weekday-6 = сб
weekday-7 = нд
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
date-long = { $weekday }, { $day } { $month } { $year }
date-time = { $date }, { $time }
time-with-zone = { $time } ({ $zone })
time-span-with-zone = { $start } – { $end } ({ $zone })

error-not-found-heading = Сторінку не знайдено
error-not-found = Ми не знайшли цієї сторінки. Якщо ви перейшли за посиланням з листа, перевірте, чи скопійовано посилання повністю.
error-forbidden-heading = Не дозволено
error-forbidden = Вам не дозволено переглядати цю сторінку.
error-unauthorized-heading = Потрібен вхід
error-unauthorized = Надішліть дійсний API-токен у заголовку `Authorization: Bearer fpk_...`. Координатори створюють токени на своїй сторінці API-токенів; відкликаний або прострочений токен більше не діє.
error-link-expired-heading = Термін дії посилання минув
error-link-expired = Це посилання більше не дійсне. Ви можете отримати нове електронною поштою або звернутися до організаторів.
error-too-many-heading = Будь ласка, зачекайте
error-too-many = З вашого з'єднання відкрито забагато недійсних посилань. Зачекайте десять хвилин і спробуйте ще раз або попросіть нове посилання електронною поштою.
error-form-expired = Термін дії цієї форми минув. Поверніться назад, оновіть сторінку і спробуйте ще раз.
error-internal-heading = Щось пішло не так
error-internal = У нас щось пішло не так. Нічого не змінено; спробуйте ще раз за хвилину.
error-validation-heading = Будь ласка, перевірте введені дані
error-conflict-heading = Не вдалося
error-get-new-link = Отримати нове посилання електронною поштою
error-back-to-start = На головну сторінку
error-form-malformed = форма була неповною або пошкодженою ({ $problem })
problem-text-control = приберіть із цього поля розриви рядків та інші керівні символи
problem-text-too-long = скоротіть це до { $max } символів щонайбільше
problem-text-empty = заповніть це поле
problem-occupations-too-many = вкажіть щонайбільше { $max } професійних галузей
error-busy-heading = Забагато змін одночасно
error-busy = Хтось змінив те саме в ту саму мить. Будь ласка, спробуйте ще раз.
layout-privacy = Як ми поводимося з вашими даними
problem-sign-up-email = вкажіть свою адресу електронної пошти
problem-sign-up-level = виберіть рівень для кожної мови
problem-answer-required = дайте відповідь на це запитання
problem-answer-choice = виберіть одну з відповідей
problem-sign-up-language = виберіть кожну мову зі списку
problem-email-missing = вкажіть адресу електронної пошти
problem-email-invalid = «{ $email }» — не адреса електронної пошти на зразок name@example.org
problem-level-invalid = «{ $level }» — не рівень мови (A1, A2, B1, B2, C1 або C2)
problem-language-item = запишіть «{ $item }» як код мови й рівень, наприклад «de B1»
problem-language-code = «{ $language }» — не код мови на зразок de або ar
problem-person-name = вкажіть ім’я довжиною до 200 символів
problem-person-contact = вкажіть адресу електронної пошти або, якщо її немає, номер телефону
problem-phone-invalid = «{ $phone }» — не номер телефону на зразок +49 30 1234567
problem-person-locale = «{ $language }» — не код мови на зразок ar або uk
problem-person-needs = опишіть потреби коротше ніж 1000 символів
problem-choose-language = виберіть одне з: { $options }
problem-employer-name = вкажіть назву організації (до 200 символів)
problem-contact-name = вкажіть ім’я контактної особи
problem-occupation-unknown = «{ $value }» немає у списку професійних сфер: виберіть сферу зі списку
