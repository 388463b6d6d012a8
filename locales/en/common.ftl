# The page frame, dates, form problems and error pages: shared by every page.
# Every id here must exist in every language listed in src/i18n/coverage.rs.

layout-skip = Skip to content
layout-language = Language
layout-language-change = Change
layout-footer = Fairplan · open-source event planning for career-integration programmes

form-problems = { $count ->
    [one] Please correct 1 problem
   *[other] Please correct { $count } problems
}

# Dates: weekday-1 is Monday. date-long puts the parts in the language's order.
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $weekday } { $day } { $month } { $year }
date-time = { $date }, { $time }
time-with-zone = { $time } ({ $zone })
time-span-with-zone = { $start }–{ $end } ({ $zone })

error-not-found-heading = Page not found
error-not-found = We could not find this page. If you followed a link from an e-mail, please check that the whole link was copied.
error-forbidden-heading = Not allowed
error-forbidden = You are not allowed to see this page.
error-unauthorized-heading = Sign-in needed
error-unauthorized = Send a valid API token in the header `Authorization: Bearer fpk_...`. Coordinators create tokens on their API tokens page; a revoked or expired token no longer works.
error-link-expired-heading = This link has expired
error-link-expired = This link is no longer valid. You can get a new one by e-mail, or ask the organisers.
error-too-many-heading = Please wait a moment
error-too-many = Too many links that do not work were opened from your connection. Please wait ten minutes and try again, or ask for a new link by e-mail.
error-form-expired = This form has expired. Please go back, reload the page and try again.
error-internal-heading = Something went wrong
error-internal = Something went wrong on our side. Nothing was changed; please try again in a minute.
error-validation-heading = Please check your input
error-conflict-heading = That did not work
error-get-new-link = Get a new link by e-mail
error-back-to-start = Back to the start page
error-form-malformed = the form was incomplete or malformed ({ $problem })
problem-text-control = remove the line breaks or other control characters from this field
problem-text-too-long = shorten this to at most { $max } characters
problem-text-empty = fill in this field
problem-occupations-too-many = list at most { $max } occupation fields
error-busy-heading = Too many changes at once
error-busy = Someone changed the same thing at the same moment. Please try again.
layout-privacy = How we handle your data
problem-sign-up-email = give your e-mail address
problem-sign-up-level = choose a level for each language
problem-answer-required = answer this question
problem-answer-choice = choose one of the answers
problem-sign-up-language = choose each language from the list
problem-email-missing = enter an e-mail address
problem-email-invalid = '{ $email }' is not an e-mail address like name@example.org
problem-level-invalid = '{ $level }' is not a language level (A1, A2, B1, B2, C1 or C2)
problem-language-item = write '{ $item }' as a language code and a level, like 'de B1'
problem-language-code = '{ $language }' is not a language code like de or ar
problem-person-name = enter a name of up to 200 characters
problem-person-contact = give an e-mail address or, for someone without one, a phone number
problem-phone-invalid = '{ $phone }' is not a phone number like +49 30 1234567
problem-person-locale = '{ $language }' is not a language code like ar or uk
problem-person-needs = keep needs under 1000 characters
problem-choose-language = choose one of { $options }
problem-employer-name = enter the employer's name (up to 200 characters)
problem-contact-name = enter the contact person's name
problem-occupation-unknown = “{ $value }” is not on the list of occupation fields: give its code (like 22) or its name as the list writes it
