# Mails to employers, volunteers and coordinators.
# Every id here must exist in every language that covers mail.ftl (src/i18n/coverage.rs).

employer-invitation-subject = Register your volunteers: { $event }
employer-invitation-lead = thank you for taking part in { $event } with { $employer }.
employer-invitation-action = Register your volunteers (their expertise, languages and availability) with your personal link:
employer-invitation-button = Register your volunteers
employer-invitation-after = Each volunteer will then receive their own schedule and calendar invitations.

volunteer-slot-booked-subject = Booked: { $session }, { $when }
volunteer-slot-free-subject = Free again: { $session }, { $when }
volunteer-slot-booked-lead = this slot of yours has been booked.
volunteer-slot-free-lead = this slot of yours is free again; nobody is booked for it at the moment.
volunteer-slot-calendar = The calendar invitation in this mail updates this slot in your calendar.
volunteer-slot-scheduled-subject = In your calendar: { $session }, { $when }
volunteer-slot-scheduled-lead = this slot is now in your schedule, and the invitation in this mail puts it in your calendar.
volunteer-slot-removed-subject = Cancelled: { $session }, { $when }
volunteer-slot-removed-lead = this slot has been taken out of your schedule.
volunteer-slot-changed-lead = the organisers have changed this slot of yours; what changed is below.
volunteer-slot-changed-subject = Changed: { $session }, { $when }
volunteer-slot-calendar-removed = The message in this mail removes this slot from your calendar.

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

password-reset-subject = Choose a new password
password-reset-lead = you asked for a new password to sign in. Choose it with this link within the next hour; it works once:
password-reset-button = Choose a new password
password-reset-not-you = If you did not ask for this, ignore this mail: your password stays as it is.
volunteer-reminder-subject = Reminder, your schedule: { $event }
volunteer-reminder-lead = a reminder that you are volunteering at { $event } soon. Thank you! These are your slots and who is coming to each.

feedback-request-subject = Your feedback for { $name }
feedback-request-lead = thank you for the mock interview with { $name } at { $event }. Please take five minutes to write down your feedback: four ratings and a few words on what went well and what to work on next. It goes to them by e-mail.
feedback-request-button = Write the feedback
feedback-request-link = Write the feedback here:

volunteer-calendar-free = { $session } (free)
volunteer-calendar-with = { $session } with { $name }
volunteer-calendar-with-many = { $count ->
    [one] { $session } with 1 person
   *[other] { $session } with { $count } people
}
volunteer-calendar-not-booked = Not booked yet.

# An event's cancellation, for readers without a booking of their own
event-cancelled-lead-volunteer = the organisers have cancelled { $event }, { $when }. Your slots there are cancelled too; a separate message for each slot removes it from your calendar. Thank you for offering your time.
event-cancelled-lead-employer = the organisers have cancelled { $event }, { $when }. Thank you for taking part.
event-cancelled-slots = Your cancelled slots:
event-cancelled-volunteers = We have told your volunteers, and their calendar entries are removed:
event-cancelled-no-volunteers = None of your volunteers had registered yet.
volunteer-slot-event-cancelled-subject = Cancelled: { $session }, { $when }
volunteer-slot-event-cancelled-lead = this slot is cancelled because the organisers have cancelled the whole event.
