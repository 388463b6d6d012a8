# Coordinators' pages: sign-in, password reset, dashboard, language, event form.

coord-signin-title = Sign in
coord-signin-intro = For the programme's coordinators. Job seekers and employers use the personal link from their e-mail instead.
coord-signin-reset-done = Your new password is saved. Sign in with it.
coord-email = E-mail address
coord-password = Password
coord-signin-button = Sign in
coord-signin-forgot = Forgot your password?
coord-signin-wrong = the e-mail address or the password is not right
coord-signin-locked = too many attempts with this address; please wait { $count } minutes and try again

coord-reset-request-title = Forgot your password?
coord-reset-request-sent = If { $email } belongs to a coordinator, a link to choose a new password is on its way. It works once, within the next hour.
coord-reset-back = Back to sign in
coord-reset-request-intro = Enter the address you sign in with. We will mail you a link to choose a new password.
coord-reset-request-button = Send me a link
coord-reset-title = Choose a new password
coord-reset-intro = For { $email }. Afterwards, every browser signed in with the old password is signed out.
coord-reset-new = New password
coord-reset-hint = At least { $count } characters.
coord-reset-again = The new password again
coord-reset-button = Save the new password
coord-password-too-short = use at least { $count } characters
coord-password-mismatch = type the same password twice

coord-dashboard-title = Dashboard
coord-signed-in-as = Signed in as { $name }.
coord-sign-out = Sign out
coord-new-event = New event
coord-reports = Reports
coord-api-tokens = API tokens
coord-audit-log = Audit log
coord-dashboard-counts = { $participants } participants · { $mails } mails waiting to be sent
coord-mail-failures = Mails that could not be delivered
coord-sessions-caption = Sessions and how full they are
coord-col-session = Session
coord-col-time = Time
coord-col-booked = Booked
coord-col-waiting = Waiting
coord-booked-of = { $booked } of { $capacity }
coord-units = { $count ->
    [one] 1 unit
   *[other] { $count } units
}
coord-no-events = No events yet.
coord-language = Language of these pages
coord-language-change = Change

coord-status-draft = draft
coord-status-published = published
coord-status-closed = closed
coord-status-cancelled = cancelled
coord-format-mock_interview = Mock interviews
coord-format-speed_networking = Speed networking
coord-format-placement = Taster-day placements
coord-format-group = Group session (workshop, info session)
coord-mode-first_come = first come, first served
coord-mode-preferences = ranked choices

coord-back = Back
coord-event-new = New event
coord-event-edit = Edit event
coord-event-create = Create event
coord-event-save = Save changes
coord-event-title = Title
coord-event-description = Description
coord-event-description-hint = What participants should know: who it is for, what to bring.
coord-event-where = Where
coord-event-venue = Venue address (in person)
coord-event-online = Video link (online)
coord-event-online-hint = Fill in one of the two, or both for a hybrid event.
coord-event-when = When
coord-event-zone = Time zone
coord-event-zone-hint = Every time on this form is wall-clock time in this zone, e.g. Europe/Berlin.
coord-event-starts = Starts
coord-event-ends = Ends
coord-event-opens = Booking opens (optional)
coord-event-opens-hint = Empty: as soon as the event is published.
coord-event-closes = Booking closes (optional)
coord-event-closes-hint = Empty: when the event starts.
coord-event-languages = Languages the event runs in
coord-event-languages-hint = Language codes separated by commas, e.g. en, de.
problem-event-title = enter a title of up to 200 characters
problem-event-place = enter the venue's address, or a video link for an online event
problem-event-link = enter a link starting with https://
problem-event-zone = choose a time zone like Europe/Berlin or America/New_York
problem-event-date-missing = enter a date and time
problem-event-end-before-start = the end must be after the start
problem-event-closes-before-opens = booking must close after it opens
problem-event-closes-after-end = booking must close before the event ends
