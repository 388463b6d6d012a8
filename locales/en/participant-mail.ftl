# Mails to participants.
# Every id here must exist in every language that covers participant-mail.ftl (src/i18n/coverage.rs).

mail-personal-link-note = The link is only for you; please do not forward it.

participant-invitation-subject = Book your place: { $event }
participant-invitation-lead = you are invited to { $event }.
participant-invitation-action = Choose your mock interview, networking round or taster day with your personal link:
participant-invitation-button = Choose your place
participant-invitation-link-note = The link is only for you; please do not forward it. You can use it to book, change or cancel.

booking-confirmed-subject = Booked: { $session }, { $when }
booking-confirmed-lead = your place is booked.
booking-confirmed-calendar = The calendar invitation in this mail adds it to your calendar.
booking-changed-subject = Changed: { $session }, now { $when }
booking-changed-lead = your booking has a new time.
booking-changed-calendar = The calendar invitation in this mail updates the entry in your calendar.
booking-cancelled-subject = Cancelled: { $session }, { $when }
booking-cancelled-lead = this booking is cancelled.
booking-cancelled-by-coordinator = the organisers had to cancel this booking. We are sorry for the change.
booking-cancelled-event = the event has been cancelled, so this booking is cancelled too. We are sorry.
booking-changed-volunteer = the volunteer who was to meet you can no longer come at that time, so we have moved your booking to the time below. If it does not suit you, choose another time or cancel with your personal link.
booking-changed-organisers = the organisers have moved your session to the new time below. If it does not suit you, choose another time or cancel with your personal link.
notice-time = Time: was { $was }, now { $now }
notice-place = Place: was { $was }, now { $now }
notice-note = A note from the organisers:
booking-changed-place = the organisers have changed where your session takes place; the time stays the same. If it does not suit you, choose another time or cancel with your personal link.
booking-cancelled-volunteer = the volunteer who was to meet you can no longer come, and no other time in this session is free. We are sorry. We have put you on the waiting list, ahead of everyone who joined it after you booked, and will mail you as soon as a place frees up.
booking-cancelled-calendar = The calendar invitation in this mail removes it from your calendar.
booking-manage = See, change or cancel your bookings with your personal link:
booking-rebook = You can book another time with your personal link:
booking-button = See or change your bookings

reminder-subject = Reminder: { $session }, { $when }
reminder-lead = this is a reminder of your booking. We look forward to seeing you.
reminder-cannot-come = If you cannot come, please cancel with your personal link so that someone else can take your place:
waitlist-offer-subject = A place is free for you: { $session }, { $when }
waitlist-offer-lead = a place has become free, and it is yours if you want it.
waitlist-offer-deadline = It is held for you until { $deadline }. After that it goes to the next person on the waiting list.
waitlist-offer-action = Take the place with your personal link:
waitlist-offer-button = Take the place

new-link-subject = Your new link: { $event }
new-link-lead = you asked for a new personal link for { $event }. Here it is:
new-link-old = Your earlier links keep working until the event ends, unless the organisers revoked them.
new-link-not-you = If you did not ask for it, you can ignore this mail.

waitlist-joined-subject = You are on the waiting list: { $session }
waitlist-joined-lead = you are on the waiting list for { $session } ({ $event }). When a place becomes free, we will hold it for you and write to you at once.
waitlist-expired-subject = The place was not taken: { $session }
waitlist-expired-lead = the place in { $session } ({ $event }) that we held for you was not taken in time, so it went to the next person on the waiting list. If you still want to come, join the waiting list again or choose another session.
waitlist-notice-link = Your personal page:
waitlist-notice-button = Open my page
waitlist-cancelled-subject = Cancelled: { $session }
allocation-no-place-subject = No place this time: { $session }
allocation-no-place-lead = the places in { $session } ({ $event }) were given out from everyone's ranked choices, and this time none was left for you. If a place becomes free, the organisers give it out again from the choices, and you are still in the running: you do not need to do anything.
waitlist-cancelled-lead = { $event } has been cancelled, so the waiting list for { $session } is closed. We are sorry; you will hear from us about other events.

networking-plan-subject = Your tables for { $session }
networking-plan-lead = this is your plan for { $session } ({ $event }): in each round, go to the table shown. Employers stay at their tables; you move on when the round ends.
networking-plan-round = Round { $round }
networking-plan-after = If you cannot come, please cancel on your page so that someone else can have your seat.

feedback-subject = Feedback on your mock interview: { $event }
feedback-lead = { $name } has written down feedback on your mock interview at { $event }.
feedback-page-link = The feedback stays on your page:

survey-subject = How was { $event }?
survey-lead = thank you for coming to { $event }. Was it useful for you, and what will you do next? Three short questions help us make the next event better.
survey-button = Answer three questions
survey-link = Answer three short questions here:

calendar-what-to-bring = What to bring: { $item }
calendar-manage = See, change or cancel: { $link }
calendar-feed-name = { $programme }: my bookings
allocation-no-place-why = Why: { $reason }
calendar-contact = Ask for: { $item }
calendar-instructions = On arrival: { $item }
booking-see-cancellation = Your personal page shows the cancellation:

# An event's cancellation, for readers without a booking of their own
event-cancelled-subject = Cancelled: { $event }, { $when }
event-cancelled-lead-participant = the organisers have cancelled { $event }, { $when }. You had no booking there, so nothing else changes for you. We are sorry.
event-cancelled-link = Your personal page shows the cancellation:
event-cancelled-button = Open my page
message-lead = A message from the organisers of { $event }:
message-link = Your page for the event:
booking-changed-details = the organisers have changed the details of your taster day: what it holds, whom to ask for or what to do on arrival. Here it is as it is now. If it no longer suits you, cancel with your personal link.
booking-changed-placement-removed = the organisers have removed the taster placement you had, so we have moved you to the one below in the same session. If it does not suit you, cancel with your personal link.
booking-cancelled-placement-removed = the organisers have removed the taster placement you had, and no other in this session has a free place. We are sorry. We have put you on the waiting list, ahead of everyone who joined it after you booked, and will mail you as soon as a place frees up.
booking-check-in-code = Your check-in code is { $code }. Show it at the door, or the QR code on your page.
booking-check-in-qr = QR code of your check-in code { $code }
sign-up-confirm-subject = Please confirm your sign-up: { $event }
sign-up-confirm-lead = thank you for signing up for { $event }. Please confirm your e-mail address with this link:
sign-up-confirm-button = Confirm my sign-up
sign-up-confirm-hours = The link works for { $hours } hours.
sign-up-confirm-not-you = If you did not sign up, ignore this e-mail: nothing happens, and the sign-up is deleted.
sign-up-declined-subject = Your sign-up: { $event }
sign-up-declined-lead = thank you for signing up for { $event }. The organisers cannot offer you a place this time.
sign-up-declined-after = Your sign-up has been deleted. You are welcome to sign up for other events.
