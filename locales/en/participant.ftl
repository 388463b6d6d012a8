# Participants' pages and the texts their mails share with them.
# Every id here must exist in every language listed in src/i18n/coverage.rs.

mail-hello = Hello { $name },
page-hello = Hello { $name },
page-personal = This page is personal. Please do not forward the link.
label-what = What
label-with = With
label-when = When
label-where = Where
label-bring = What to bring
label-own-time = that is { $time } where you are

notice-booked = Your place is booked. A confirmation with a calendar invitation is on its way to you.
notice-moved = Your booking has a new time. The calendar invitation in your mail updates your calendar.
notice-cancelled = Your booking is cancelled. The mail we sent removes it from your calendar.
notice-waitlisted = You are on the waiting list. When a place becomes free, we hold it for you and mail you at once.
notice-left = You are no longer on the waiting list.
notice-ranked = Your choices are saved. You can change them until choosing closes; you will hear by mail which place you got.
notice-wished = Your wishes are saved. We plan the tables so that you meet the employers you ticked wherever seats allow; you can change them until the session starts.
notice-language = This page and our mails to you are now in English.
language-unknown = This language is not available yet. Please choose one from the list.

schedule-heading = My schedule
schedule-empty = You have not booked anything yet. Choose a time below.
schedule-add-to-calendar = Add to my calendar (.ics)
schedule-change-time = Change the time
schedule-cancel = Cancel
schedule-checked-in = You are checked in
schedule-feed-intro = A calendar address that your calendar app can subscribe to always shows your current bookings.
schedule-feed-button = Get my calendar address

session-your-booking = Your booking:
session-cancel-booking = Cancel this booking
session-full = This session is full.
session-no-places = No free places left.
option-free = { $count ->
    [one] 1 free
   *[other] { $count } free
}
option-book = Book
option-move = Move here
fit-other-field = interviewer from another field
fit-no-language = no shared language at the level needed

rank-saved = { $count ->
    [one] You ranked 1 option.
   *[other] You ranked { $count } options.
}
rank-nothing-yet = There is nothing to choose from yet.
rank-help = { $count ->
    [one] Number at least 1 option: 1 is the one you want most. You can change your choices until choosing closes.
   *[other] Number at least { $count } options in the order you prefer: 1 is the one you want most. You can change your choices until choosing closes.
}
rank-not-chosen = not chosen
rank-choice = choice { $position }
rank-save = Save my choices
rank-closed-direct = This session is booked directly.
rank-closed-event = Choices for this event are closed.
rank-closed-not-yet = Choosing opens later.
rank-closed-done = Choosing has closed; places are being given out from the choices made.
rank-error-gone = One of the choices is no longer offered; reload the page and choose again.
rank-error-twice = Choice { $position } is given twice; give each choice its own number.
rank-error-option-twice = An option is ranked twice.
rank-error-range = Use the numbers 1 to { $options } for your choices.
rank-error-too-few = Choose at least { $needed }: number them 1, 2, 3 in the order you prefer.

offer-held = A place is held for you:
offer-deadline = It is yours if you take it before { $deadline }.
offer-take = Take the place
offer-decline = No thanks, give it to the next person
waiting-on-list = You are on the waiting list
waiting-position = (number { $position } in line)
waiting-how = When a place becomes free, we hold it for you and mail you at once.
waiting-join = Join the waiting list
waiting-leave = Leave the waiting list

wishes-heading = Whom would you most like to meet?
wishes-asked = You asked to meet:
wishes-legend = Employers I want to meet
wishes-help = Tick the employers you most want to talk to. You meet as many employers as there are rounds; we seat you at the ones you ticked first, wherever seats allow. You can change this until the session starts.
wishes-save = Save whom I want to meet
wishes-closed-format = Only speed-networking sessions ask whom you want to meet.
wishes-closed-event = Wishes for this event are closed.
wishes-closed-book-first = Book a place in this session first; then you can choose whom to meet.
wishes-closed-started = This session has started; the tables are already planned.
wishes-error-unknown-table = One of the tables you ticked is not part of this session. Please choose again.

refuse-event-closed = Booking for this event is closed.
refuse-ranked-session = Places in this session are given out from your ranked choices.
refuse-not-open = Booking has not opened yet.
refuse-closed = Booking has closed.
refuse-started = This time has already begun or is over: it can no longer be booked.
refuse-own-started = Your appointment has already begun: it can no longer be moved or cancelled here. Please speak to the organisers.
refuse-not-suited = This interview does not match your languages or occupation as the organisers set the session up. Please choose one of the times shown on your page.
refuse-already-booked = You already have a booking in this session. Change or cancel it instead.
refuse-places-free = There are free places in this session: please book one of them.
refuse-offer-gone = This offer is no longer open: it ran out and the place went to the next person.
refuse-same-session = Choose another time of the same session.
refuse-full = This time is fully booked. Please choose another one.
refuse-inactive = This booking is no longer active.
refuse-survey-not-participant = The survey is for the people who took part in the event.

feedback-heading = Feedback on your mock interview
feedback-by = by { $name }
feedback-rating = { $rating } of 4: { $meaning }
feedback-preparation = Preparation
feedback-presentation = Self-presentation
feedback-professional-depth = Professional depth
feedback-communication = Language and communication
feedback-scale-1 = needs a lot of work
feedback-scale-2 = needs some work
feedback-scale-3 = good
feedback-scale-4 = very good
feedback-strengths = What went well
feedback-next-steps = Next steps

data-heading = Your data
data-download = Download everything we keep about you (JSON)
data-erase = Erase my data

cancel-title = Cancel this booking?
cancel-text = Your place will be given to someone else. You can book another time afterwards if places are free.
cancel-confirm = Yes, cancel my booking
cancel-keep = No, keep my booking

erase-title = Erase my data?
erase-text = This deletes everything we keep about you: your name, e-mail address, languages, occupation, the facts you shared with us, the feedback you received, your answers, and the mails we wrote to you. Bookings that have not happened yet are cancelled and the places given to others. Only anonymous counts remain.
erase-warning = This cannot be undone.
erase-backups = Backups taken before today still hold your data until they are deleted in turn: the programme keeps its last { $days } nightly backups, so about { $days } days.
erase-download-first = You may first download a copy of your data (JSON).
erase-confirm = Yes, erase my data
erase-back = No, back to my page
erase-done-title = Your data is erased
erase-done-text = Your name, e-mail address, languages, occupation, the facts you shared with us, your feedback and answers, and the mails we wrote to you are deleted. Bookings that had not happened yet are cancelled and the places given to others. Only anonymous counts remain (for example, that a place was booked).
erase-done-link = Your personal link no longer works. You are welcome to take part again: ask the programme to add you.

new-link-title = Get a new link
new-link-sent = If we know this address, a new personal link is on its way to it. Please also look in your spam folder.
new-link-intro = Enter the e-mail address your invitation was sent to. We will send you a new personal link for each event you are invited to.
new-link-email-label = E-mail address
new-link-email-invalid = Enter an e-mail address like name@example.org.
new-link-send = Send me a new link

feed-title = Your calendar feed
feed-intro = Add this address to your calendar app as a subscription ("Add calendar from URL" or "Subscribe to calendar"). It shows all your current bookings and updates by itself.
feed-address-label = Calendar address
feed-open = Open in my calendar app
feed-note = Anyone with this address can see your bookings, but cannot change them. If you shared it by mistake, make a new one: the old address then stops working.
feed-back = Back to my bookings

survey-title = How was { $event }?
survey-thanks = Thank you, { $name }. Your answer helps us make the next event better.
survey-answer-heading = Your answer
survey-useful-short = Was it useful?
survey-plans-short = What next?
survey-comment-short = Anything else
survey-intro = Hello { $name }, three short questions. Only the programme's coordinators read your answer.
survey-useful-question = Was the event useful for you?
survey-plans-question = What will you do next? (tick all that fit)
survey-comment-question = Anything else you want to tell us? (optional)
survey-send = Send my answer
survey-useful-very = Very useful
survey-useful-somewhat = Somewhat useful
survey-useful-not = Not useful
survey-plan-apply = Apply for jobs
survey-plan-language = Improve my language skills
survey-plan-training = Training or further education
survey-plan-recognition = Get my qualification recognised
survey-plan-internship = Look for an internship
survey-error-useful = Choose how useful the event was for you.
survey-error-plans = Choose from the list.
survey-error-comment = Keep your comment under 2000 characters.

home-title = Welcome
home-intro = This is where { $programme } plans its job fairs, mock-interview days and speed-networking events.
home-job-seekers = Job seekers
home-job-seekers-text = Open the personal link from your invitation e-mail to book, change or cancel. You do not need an account.
home-employers = Employers and volunteers
home-employers-text = Open the personal link from your invitation e-mail to register your volunteers and see your schedule.
home-coordinators = Coordinators
home-coordinators-link = Sign in to run events, allocations and check-in.

# What to do next, at the top of the page; each session's times folded.
next-heading = What to do next
next-offer = A place in { $session } is held for you: take it before { $detail }.
next-rank = Rank your choices in { $session }, the one you want most first.
next-appointment = Your next appointment: { $session }, { $detail }.
next-choose = Choose a time in { $session }.
next-nothing = Nothing to do for now. We will write to you if anything changes.
options-rank = Rank your choices
options-times = { $count ->
    [one] Show the 1 time with a free place
   *[other] Show the { $count } times with free places
}
options-other-times = { $count ->
    [one] Another time (1 free)
   *[other] Other times ({ $count } free)
}
rank-closed-allocated = The places have been given out from everyone's choices; the ranking is closed.
allocation-none-heading = No place was given to you this time.
label-contact = Ask for
label-instructions = On arrival
event-cancelled-banner = This event has been cancelled. Your bookings for it are cancelled too; we are sorry.
home-lost-link = Lost your link, or does it no longer work? Get a new one by e-mail
new-link-lost-heading = This link does not work
new-link-lost-unknown = We do not know this link. Perhaps only part of it was copied from the e-mail. Enter your address below and we will send you a new one.
new-link-lost-expired = This link is no longer valid: it has expired or the organisers replaced it. Enter your address below and we will send you a new one.
privacy-title = How we handle your data
privacy-intro = { $programme } runs its events with Fairplan. This page says what is kept about you, who sees it, for how long, and what you can do about it.
privacy-what-heading = What is kept
privacy-what = Your name, your e-mail address or phone number, the language you read best, your occupation fields and languages, any needs you tell us about, and your bookings, choices and attendance. Facts such as your residence status or work permit are kept only if you give them to the organisers.
privacy-who-heading = Who sees it
privacy-who = The programme's coordinators. Employers and their volunteers see only what they need to meet you: your name and the time you meet them. They never see your residence status, work permit or the organisers' notes, and no mail or calendar entry carries them.
privacy-how-long-heading = For how long
privacy-how-long = { $days } days after your last event, your sensitive facts are deleted and, unless you agreed to be kept for later events, you are erased. Only anonymous counts stay.
privacy-backups = Backups: the programme keeps its last { $days } backups. Someone erased stays in the backups taken before, until those are deleted in turn: with one backup a night, as an installed Fairplan takes them, that is about { $days } more days.
privacy-rights-heading = What you can do
privacy-rights = Your personal page lets you download everything kept about you, and erase it, at any time.
check-in-code-heading = Your check-in code
check-in-code-intro = Show this at the door: it checks you in for your next booking.
check-in-code-qr = QR code of your check-in code { $code }
sign-up-page-languages = Languages of this page
sign-up-when = When
sign-up-where = Where
sign-up-sessions = What happens
sign-up-places-free = { $free } of { $capacity } places free
sign-up-places-full = Fully booked: sign up anyway and join the waiting list.
sign-up-bring = Bring: { $what }
sign-up-heading = Sign up
sign-up-intro = Sign up here, and we send you an e-mail to confirm your address. After that you get your personal link to choose your places.
sign-up-approval = The organisers look at each sign-up and answer you by e-mail.
sign-up-name = Your name
sign-up-email = E-mail address
sign-up-email-hint = We send a link to this address to confirm it.
sign-up-phone = Phone number
sign-up-phone-hint = Only if you have no e-mail address: the organisers will call you.
sign-up-language = Language for your e-mails and pages
sign-up-occupations = Your occupation fields
sign-up-occupations-hint = Tick the fields you worked or trained in.
sign-up-languages = Languages you speak
sign-up-spoken = Language { $n }
sign-up-spoken-none = (none)
sign-up-level = Level of language { $n }
sign-up-level-A1 = A1: beginner
sign-up-level-A2 = A2: basic
sign-up-level-B1 = B1: intermediate
sign-up-level-B2 = B2: upper intermediate
sign-up-level-C1 = C1: advanced
sign-up-level-C2 = C2: fluent or first language
sign-up-needs = What you need to take part
sign-up-needs-hint = For example an interpreter (which language), step-free access, childcare. Leave empty if you need nothing.
sign-up-required = required
sign-up-optional = optional
sign-up-yes = Yes
sign-up-no = No
sign-up-keep = Keep my details after this event, so the organisers can invite me to later events.
sign-up-trap = Leave this field empty
sign-up-privacy = What we keep about you, and for how long:
sign-up-privacy-link = privacy notice
sign-up-send = Sign up
sign-up-employer-heading = For employers
sign-up-employer-intro = Would your organisation like to take part? Tell us what you can offer. After you confirm your address, the organisers answer you, and you get a link to register your volunteers.
sign-up-organisation = Organisation
sign-up-contact-name = Your name
sign-up-contact-email = Your e-mail address
sign-up-contact-language = Language for your e-mails
sign-up-offer = What you offer
sign-up-offer-hint = For example mock interviews, a table at the speed networking, taster days, open jobs.
sign-up-employer-send = Sign up as an employer
sign-up-closed = Sign-up for this event is closed.
sign-up-thanks-heading = Thank you
sign-up-thanks-mail = Please check your e-mail: we sent you a link to confirm your sign-up. It works for 48 hours.
sign-up-thanks-phone = The organisers will call you.
sign-up-thanks-employer = Please check your e-mail: we sent you a link to confirm your address. Then the organisers answer you.
sign-up-thanks-no-mail = No e-mail? Look in your spam folder. If you signed up before, you get no second e-mail for a while.
sign-up-back = Back to { $event }
sign-up-confirm-heading = Confirm your sign-up
sign-up-confirm-for = You are signing up for { $event } with:
sign-up-confirm-not-you-page = If you did not sign up, close this page: nothing happens.
sign-up-confirmed-heading = Your address is confirmed
sign-up-confirmed-awaiting = Thank you. The organisers look at your sign-up and answer you by e-mail.
sign-up-confirmed-on-list = Thank you: you are on the list. The organisers will contact you.
sign-up-link-title = Confirmation link
sign-up-link-expired = This link no longer works: it was used already, or 48 hours have passed. If you confirmed already, your personal link is in your e-mail.
sign-up-link-home = Ask for a new personal link
sign-up-online = Online: the people on the list get the video link
sign-up-keep-confirm = You asked us to keep your details after this event, to invite you to later events.
sign-up-to-employers = Signing up an organisation? Go to the form for employers.
sign-up-level-none = (choose a level)
notice-signed-up = You are on the list. We also sent this page's link to your e-mail: keep it, it is only for you.
