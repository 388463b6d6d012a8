# Mails. Every id here must exist in every language listed in i18n::MAIL_LANGUAGES.

mail-personal-link-note = The link is only for you; please do not forward it.

participant-invitation-subject = Book your place: { $event }
participant-invitation-lead = you are invited to { $event }.
participant-invitation-action = Choose your mock interview, networking round or taster day with your personal link:
participant-invitation-button = Choose your place
participant-invitation-link-note = The link is only for you; please do not forward it. You can use it to book, change or cancel.

employer-invitation-subject = Register your volunteers: { $event }
employer-invitation-lead = thank you for taking part in { $event } with { $employer }.
employer-invitation-action = Register your volunteers (their expertise, languages and availability) with your personal link:
employer-invitation-button = Register your volunteers
employer-invitation-after = Each volunteer will then receive their own schedule and calendar invitations.

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
booking-cancelled-volunteer = the volunteer who was to meet you can no longer come, and no other time in this session is free. We are sorry. We have put you on the waiting list, ahead of everyone who joined it after you booked, and will mail you as soon as a place frees up.
booking-cancelled-calendar = The calendar invitation in this mail removes it from your calendar.
booking-manage = See, change or cancel your bookings with your personal link:
booking-rebook = You can book another time with your personal link:
booking-button = See or change your bookings

volunteer-slot-booked-subject = Booked: { $session }, { $when }
volunteer-slot-free-subject = Free again: { $session }, { $when }
volunteer-slot-booked-lead = this slot of yours has been booked.
volunteer-slot-free-lead = this slot of yours is free again; nobody is booked for it at the moment.
volunteer-slot-calendar = The calendar invitation in this mail updates this slot in your calendar.
volunteer-slot-scheduled-subject = In your calendar: { $session }, { $when }
volunteer-slot-scheduled-lead = this slot is now in your schedule, and the invitation in this mail puts it in your calendar.
volunteer-slot-removed-subject = Cancelled: { $session }, { $when }
volunteer-slot-removed-lead = this slot has been taken out of your schedule; the message in this mail removes it from your calendar.

volunteer-schedule-subject = Your schedule: { $event }
volunteer-schedule-lead = thank you for volunteering at { $event }. These are your slots; each one also comes as a calendar invitation of its own.
volunteer-schedule-free = not booked yet
volunteer-schedule-none = You have no interview slots at this event yet; we will send an invitation for each one as soon as it exists.
volunteer-schedule-button = See my schedule
volunteer-schedule-link = Your current schedule, any time:
volunteer-schedule-booked = booked

delivery-failed-subject = A mail could not be delivered: { $subject }
delivery-failed-lead = a mail could not be delivered after every attempt. Please check the address, or tell the person another way.
label-to = To
label-subject = Subject
label-error = Error
delivery-failed-dashboard = All failed mails are listed on the dashboard:

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

password-reset-subject = Choose a new password
password-reset-lead = you asked for a new password to sign in. Choose it with this link within the next hour; it works once:
password-reset-button = Choose a new password
password-reset-not-you = If you did not ask for this, ignore this mail: your password stays as it is.
waitlist-joined-subject = You are on the waiting list: { $session }
waitlist-joined-lead = you are on the waiting list for { $session } ({ $event }). When a place becomes free, we will hold it for you and write to you at once.
waitlist-expired-subject = The place was not taken: { $session }
waitlist-expired-lead = the place in { $session } ({ $event }) that we held for you was not taken in time, so it went to the next person on the waiting list. If you still want to come, join the waiting list again or choose another session.
waitlist-notice-link = Your personal page:
waitlist-notice-button = Open my page
volunteer-reminder-subject = Reminder, your schedule: { $event }
volunteer-reminder-lead = a reminder that you are volunteering at { $event } soon. Thank you! These are your slots and who is coming to each.
waitlist-cancelled-subject = Cancelled: { $session }
allocation-no-place-subject = No place this time: { $session }
allocation-no-place-lead = the places in { $session } ({ $event }) were given out from everyone's ranked choices, and this time none was left for you. If a place becomes free, the organisers give it out again from the choices, and you are still in the running: you do not need to do anything.
waitlist-cancelled-lead = { $event } has been cancelled, so the waiting list for { $session } is closed. We are sorry; you will hear from us about other events.

networking-plan-subject = Your tables for { $session }
networking-plan-lead = this is your plan for { $session } ({ $event }): in each round, go to the table shown. Employers stay at their tables; you move on when the round ends.
networking-plan-round = Round { $round }
networking-plan-after = If you cannot come, please cancel on your page so that someone else can have your seat.

feedback-request-subject = Your feedback for { $name }
feedback-request-lead = thank you for the mock interview with { $name } at { $event }. Please take five minutes to write down your feedback: four ratings and a few words on what went well and what to work on next. It goes to them by e-mail.
feedback-request-button = Write the feedback
feedback-request-link = Write the feedback here:
feedback-subject = Feedback on your mock interview: { $event }
feedback-lead = { $name } has written down feedback on your mock interview at { $event }.
feedback-page-link = The feedback stays on your page:

survey-subject = How was { $event }?
survey-lead = thank you for coming to { $event }. Was it useful for you, and what will you do next? Three short questions help us make the next event better.
survey-button = Answer three questions
survey-link = Answer three short questions here:
