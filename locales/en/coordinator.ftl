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
    [one] 1 time or place to book
   *[other] { $count } times or places to book
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
problem-capacity-below-booked = { $booked } places are already booked, so the capacity cannot go down to { $capacity }; cancel or move bookings first
problem-event-zone = choose a time zone like Europe/Berlin or America/New_York
problem-event-date-missing = enter a date and time
problem-event-end-before-start = the end must be after the start
problem-event-closes-before-opens = booking must close after it opens
problem-event-closes-after-end = booking must close before the event ends

coord-session-new = New session
coord-session-edit = Edit session
coord-session-add = Add session
coord-session-back = Back to { $event }
coord-session-zone-note = All times are wall-clock times in { $zone }.
coord-session-format = Format
coord-session-room = Room or area (optional)
coord-session-bring = What to bring (optional)
coord-session-bring-hint = Shown to everyone who books, in their mails and calendar entry, for example: your CV, printed twice, and an ID document.
coord-session-interviews = For mock interviews
coord-session-interviews-hint = Slots are cut from each volunteer's availability within the session.
coord-session-slot-minutes = Interview length (minutes)
coord-session-break-minutes = Break after each interview (minutes)
coord-session-networking = For speed networking
coord-session-networking-hint = Each invited employer gets a table; participants rotate between rounds.
coord-session-rounds = Rounds
coord-session-round-minutes = Round length (minutes)
coord-session-changeover = Time to change tables (minutes)
coord-session-seats = Seats per table
coord-session-group = For a group session
coord-session-capacity = Places
coord-session-booking = Booking
coord-session-first-come = First come, first served, with a waitlist
coord-session-ranked = Ranked choices during a window, then a fair allocation
coord-session-ranking-opens = Ranking opens
coord-session-ranking-opens-hint = Only for ranked choices.
coord-session-ranking-closes = Ranking closes
coord-session-ranking-closes-hint = Only for ranked choices; before the session starts.
coord-session-max-bookings = Bookings per participant
coord-session-matching = Matching rules (optional)
coord-session-language = Interview language
coord-session-language-hint = A language code like en or de; empty if any language will do.
coord-session-level = Least level in that language
coord-session-no-minimum = No minimum
coord-session-occupation = The volunteer's occupation field must match the participant's
problem-session-bring-long = keep this to 500 characters
problem-session-format = choose one of the formats
problem-session-ranking-order = ranking must close after it opens
problem-session-mode = choose first come or ranked choices
problem-session-outside-event = the session must lie within the event's times
problem-session-ranking-late = ranking must close before the session starts
problem-whole-number = enter a whole number from { $start } to { $end }
problem-session-rounds-too-long = { $count } rounds need { $needed } minutes, but the session lasts { $length }
problem-session-interview-too-long = an interview cannot be longer than the session
problem-session-language-code = enter a language code like en or de

coord-notice-created = The event was created as a draft. Add sessions, then publish it.
coord-notice-saved = Your changes were saved.
coord-notice-session-added = The session was added.
coord-notice-session-saved = The session's changes were saved.
coord-notice-session-moved = The session's changes were saved. Everyone booked was sent the new time with an updated calendar entry.
coord-notice-published = The event is published: participants with a link can book.
coord-notice-closed = Booking is closed. Existing bookings stand.
coord-notice-reopened = Booking is open again.
coord-notice-cancelled = The event was cancelled. Everyone booked is being told by mail.
coord-booking-from = from { $time }
coord-booking-from-publication = from publication
coord-booking-until = until { $time }
coord-booking-until-start = until the event starts
coord-event-booking = Booking
coord-event-edit-details = Edit details
coord-event-participants = Participants and invitations
coord-event-employers = Employers
coord-action-publish = Publish
coord-action-close = Close booking
coord-action-reopen = Reopen booking
coord-cancel-summary = Cancel this event
coord-cancel-warning = All { $count } bookings will be cancelled. Everyone invited (booked, waiting or not yet booked), every volunteer and every employer contact gets one mail; booked and volunteer calendar entries are removed. This cannot be undone.
coord-cancel-confirm = Yes, cancel the event and all its bookings
coord-cancel-button = Cancel the event
coord-sessions = Sessions
coord-add-session = Add a session
coord-placements = Placements
coord-rounds-plan = Rounds plan
coord-allocation = Allocation
coord-no-sessions = No sessions yet.
coord-check-in = Check-in on the day
coord-feedback = Feedback
coord-outcomes = Outcomes
coord-report = Report
coord-run-sheet = Run sheet to print
coord-bookings-csv = Bookings (CSV)
coord-volunteer-csv = Volunteer schedule (CSV)
coord-employers-caption = Each employer's volunteers, slots and tables, and how full they are
coord-col-employer = Employer
coord-col-volunteers = Volunteers
coord-col-units = Slots and tables
coord-no-employers = No employers yet.
coord-invite-one = Invite one
coord-not-booked = Not booked yet
coord-nobody-listed = Nobody is on this event's list yet.
coord-add-participants = Add participants
coord-everyone-booked = Everyone on the list ({ $count }) has a booking or a place on a waiting list.
coord-not-booked-count = { $count } of { $capacity } people on the list have no booking and are on no waiting list.
coord-link-not-sent = link not sent
coord-mail-problems = Mail problems
coord-mail-all-delivered = Every mail to this event's participants, volunteers and employers was delivered or is on its way.
coord-mail-failed-count = { $count ->
    [one] 1 mail could not be delivered after every attempt. Check the address with the person.
   *[other] { $count } mails could not be delivered after every attempt. Check the address with the person.
}
problem-status-action = choose publish, close, reopen or cancel
problem-cancel-confirm = tick the box to confirm that every booking will be cancelled

coord-participants-title = Participants
coord-back-to = Back to { $event }
coord-participants-counts = { $count } on the list · { $capacity } not invited yet
coord-send-links = { $count ->
    [one] Send 1 personal link by e-mail
   *[other] Send { $count } personal links by e-mail
}
coord-import-heading = Import a CSV file
coord-import-columns = Columns: name, email (both required), language (the one they read best, e.g. ar), occupations (codes like 22 or names from the list of fields below, in any language Fairplan speaks, separated by ;), languages (e.g. ar C2; de B1), needs. UTF-8, commas or semicolons. The same address twice is one person.
coord-import-valid-rows = { $count } rows are valid. Correct the file and upload it again, or tick "Import only the valid rows".
coord-import-file = CSV file
coord-import-valid-only = Import only the valid rows and skip the others
coord-import-button = Check and import
coord-add-heading = Add one person
coord-person-name = Name
coord-person-language = Language they read best
coord-person-language-hint = A code like ar, uk, fa or de; their mails and pages use it.
coord-person-occupations = Occupation fields
coord-person-occupations-hint = Open a group and tick every field that applies (the ISCO-08 groups).
coord-person-languages = Languages and levels
coord-person-languages-hint = e.g. ar C2; de B1
coord-person-needs = Needs (optional)
coord-person-needs-hint = Step-free access, childcare, an interpreter ...
coord-add-button = Add
coord-on-the-list = On the list
coord-export-sensitive = Export everyone's sensitive facts (CSV; logged)
coord-col-name = Name
coord-col-email = E-mail
coord-col-language = Language
coord-col-invited = Invited
coord-col-link = Personal link
coord-yes = yes
coord-not-yet = not yet
coord-send-new-link = Send a new link
coord-send-new-link-to = to { $name }
coord-revoke = Revoke
coord-revoke-links-of = links of { $name }
coord-sensitive-facts = Sensitive facts
coord-of-person = of { $name }
coord-erase = Erase
coord-erase-warning = Deletes their details, facts, links and mails everywhere; bookings still to come are cancelled. This cannot be undone.
coord-erase-person = Erase { $name }
coord-nobody-yet = Nobody yet.
coord-notice-link-resent = The old links no longer work; a new personal link is on its way by e-mail.
coord-notice-erased = The person is erased: their details, links and mails are gone; their bookings count on anonymously.
coord-notice-link-revoked = Their personal links no longer work. Send a new one when they need it.
coord-notice-links-sent = { $count ->
    [one] 1 personal link is on its way.
   *[other] { $count } personal links are on their way.
}
coord-notice-imported = { $count } added to the list; { $capacity } merged with people already known.

coord-employers-title = Employers
coord-invitation-sent = The invitation is on its way; the contact's personal link lets them register volunteers.
coord-col-contact = Contact
coord-no-employers-invited = No employers invited yet.
coord-invite-heading = Invite an employer
coord-invite-hint = The contact person gets a personal link by e-mail to register the volunteers who will interview or host a table. Inviting the same contact again sends a fresh link.
coord-employer-name = Employer
coord-contact-name = Contact person
coord-contact-email = Contact's e-mail address
coord-contact-language = Language of the contact's mails
coord-invite-button = Invite

coord-audit-title = Audit log
coord-back-dashboard = Back to the dashboard
coord-audit-intro = Who looked at or exported sensitive facts, who booked, moved or cancelled which booking (participants, employers, coordinators and the system), and who erased whom; newest first. Erased people appear by a short number only.
coord-col-when = When
coord-col-who = Who
coord-col-what = What
coord-col-about = About
coord-audit-empty = Nothing recorded yet.
coord-audit-volunteer = volunteer { $name }
coord-audit-system = the system (retention)
coord-audit-booking = { $name } · { $session }
coord-audit-erased-person = (erased person)
coord-audit-sensitive-viewed = looked at sensitive facts
coord-audit-sensitive-changed = changed sensitive facts
coord-audit-sensitive-exported = exported everyone's sensitive facts
coord-audit-participant-erased = erased a person
coord-audit-participant-link-handed-over = gave a participant a fresh personal link in person
coord-audit-booking-arrived = checked a booking in
coord-audit-booking-no-show = marked a booking as not come
coord-audit-booking-arrival-undone = took a check-in mark back
coord-audit-booking-came-late = seated a late-comer
coord-audit-booking-from-standby = gave a free place from standby
coord-audit-booking-event-cancelled = cancelled a booking with its event
coord-audit-booking-allocated = gave a place from ranked choices
coord-audit-booking-interviewer-absent = moved a booking: its interviewer did not come
coord-audit-booking-offered = held a freed place for the next person waiting
coord-audit-booking-offer-expired = passed on a place whose offer ran out
coord-audit-employer-contact = { $name } of { $employer }
coord-audit-booking-booked = booked a place
coord-audit-booking-moved = moved their booking to another time
coord-audit-booking-cancelled = cancelled their booking
coord-audit-booking-waitlisted = joined a waiting list
coord-audit-booking-offer-accepted = took a place offered from the waiting list
coord-audit-booking-waitlist-left = left a waiting list or declined an offer
coord-audit-booking-relocated = moved a booking: the time of its volunteer went away
coord-audit-booking-waitlisted-unavailable = put a booking on the waiting list: the time of its volunteer went away and no other was free
coord-audit-booking-retimed = moved a booking with its session to a new time
coord-audit-booking-moved-place = moved a booking with its session to another place

coord-sensitive-heading = Sensitive facts:
coord-back-participants = Back to the participants
coord-sensitive-saved = Saved. The change is in the log below.
coord-sensitive-intro = Only coordinators see these facts, and every look and change is logged with your name. They never appear in mails, calendar entries, employers' or volunteers' pages, or exports (unless a coordinator asks for them, which is logged too). They are deleted on the day you set below, or by the programme's retention rule after the person's last event.
coord-sensitive-residence = Residence status
coord-sensitive-residence-hint = As the person told you, e.g. Aufenthaltsgestattung.
coord-sensitive-permit = Work permit
coord-sensitive-notes = Anything else you mark sensitive
coord-sensitive-notes-hint = Health, family situation, anything that could harm the person if it leaked.
coord-sensitive-delete-after = Delete these facts after (optional)
coord-sensitive-delete-after-hint = A day like 2027-03-31; empty keeps them until the retention rule deletes them.
coord-sensitive-save = Save the facts
coord-sensitive-empty-hint = Empty every field and save to delete the facts now.
coord-sensitive-log = Who looked and changed
problem-sensitive-long = Keep this under { $count } characters.
problem-sensitive-past = Choose a day after today.
problem-sensitive-far = Choose a day within the next { $years } years.
problem-sensitive-date = Write the date like 2027-03-31.

coord-feedback-heading = Feedback: { $event }
coord-feedback-counts = { $count } written
coord-feedback-awaited = { $count } still awaited from interviewers who were asked
coord-feedback-how = Each interviewer is asked by mail once their interview has ended, and can answer for 14 days.
coord-feedback-none = No feedback has been written yet.
coord-back-event = Back to the event
coord-print-hint = Print this page (Ctrl+P): each table starts on a card of its own.
coord-run-sheet-heading = Run sheet: { $event }
coord-col-arrived = Arrived
coord-free = free
coord-more-free = { $count } more free
coord-nothing-planned = Nothing is planned yet: add sessions and volunteers first.

coord-placements-title = Placements
coord-placements-heading = Placements: { $session }
coord-col-taster-day = Taster day
coord-col-places = Places
coord-no-placements = No placements yet.
coord-add-placement = Add a placement
coord-invite-employer-first = Invite an employer to the event first:
coord-placement-capacity-hint = How many people this employer takes for the day.
coord-placement-description = The taster day
coord-placement-description-hint = What they will do, where to go, what to bring; up to 300 characters.
coord-add-placement-button = Add the placement

coord-tokens-title = API tokens
coord-tokens-intro = A token lets a script or another system use the Fairplan JSON API with your rights. Send it as "Authorization: Bearer fpk_…". Keep it secret like a password; revoke it when it is no longer needed.
coord-tokens-api-link = The API's description (OpenAPI)
coord-token-new = Your new token
coord-token-copy-now = Copy it now: it is shown only this once and cannot be shown again.
coord-token = Token
coord-token-revoked-notice = The token was revoked. Requests with it are now refused.
coord-tokens-yours = Your tokens
coord-tokens-caption = Tokens you created, newest first
coord-col-created = Created
coord-col-expires = Expires
coord-col-last-used = Last used
coord-col-state = State
coord-token-never = never
coord-token-state-revoked = revoked
coord-token-state-expired = expired
coord-no-tokens = No tokens yet.
coord-token-create-heading = Create a token
coord-token-name-hint = What will use it, e.g. “CRM sync”
coord-token-valid-for = Valid for
coord-token-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
coord-token-create = Create token

coord-outcomes-title = Outcomes: { $event }
coord-outcomes-intro = What came of the event for the people who took part: interview invitations, offers, placements. The report counts them; participants never see this page.
coord-notice-recorded = Recorded.
coord-notice-removed = Removed.
coord-record-heading = Record an outcome
coord-nobody-took-part = Nobody has taken part yet.
coord-col-person = Person
coord-choose = Choose …
coord-what-happened = What happened
coord-not-said = Not said
coord-another-employer = Another employer (name below)
coord-another-employer-name = Another employer's name
coord-another-employer-hint = Only when it is not one of the event's employers.
coord-col-date = Date
coord-outcome-note = Note (optional)
coord-outcome-note-hint = e.g. the job title. No sensitive facts.
coord-record-button = Record
coord-recorded = Recorded
coord-no-outcomes = No outcomes recorded yet.
coord-col-note = Note
coord-remove = Remove
coord-remove-outcome-of = this outcome of { $name }
coord-outcome-interview_invitation = Invited to a job interview
coord-outcome-job_offer = Job offer
coord-outcome-placement = Started work
coord-outcome-internship = Internship or taster placement
coord-outcome-training = Training or further education
coord-outcome-other = Other
problem-outcome-person = Choose the person.
problem-outcome-kind = Choose what happened.
problem-outcome-employer-name = Write the employer's name (up to 200 characters).
problem-outcome-employer = Choose an employer from the list, or another one.
problem-outcome-future = Record what has happened: the date cannot be in the future.
problem-outcome-date = Write the date like 2026-03-31.
problem-outcome-note = Keep the note under 1000 characters.

# Allocation page.
coord-col-participant = Participant
coord-report-of = { $part } of { $whole }
coord-alloc-title = Allocation: { $session }
coord-alloc-previewed = Preview ready. Nothing is booked until you commit it.
coord-alloc-committed = Committed: the places are booked and everyone in the run is being mailed.
coord-alloc-already = This run was committed before; nothing was booked twice.
coord-alloc-seed-number = The lottery seed must be a whole number from 0 to { $count }, or empty for a new one.
coord-alloc-choosing-open = Participants can change their choices until { $time }. A run made now uses the choices as they are; run it again after the window closes.
coord-alloc-demand = Demand
coord-alloc-demand-intro = { $count ->
    [one] 1 person has ranked options. An option is oversubscribed when more people chose it first than it has free places: a lottery among equals decides, with the run's seed.
   *[other] { $count } people have ranked options. An option is oversubscribed when more people chose it first than it has free places: a lottery among equals decides, with the run's seed.
}
coord-alloc-option = Option
coord-alloc-free = Free places
coord-alloc-first-choices = First choices
coord-alloc-chosen = Chosen at all
coord-alloc-oversubscribed = Oversubscribed
coord-alloc-full = Full
coord-alloc-enough = Enough places
coord-alloc-no-options = This session has no options yet.
coord-alloc-preview-heading = Run a preview
coord-alloc-preview-intro = A preview books nothing. It places as many people as possible (everyone one place before anyone two), people left out at earlier events first among equals, then the best ranks, then occupation fit; places already booked stay as they are, so after cancellations a new run fills only the freed places.
coord-alloc-seed = Lottery seed
coord-alloc-seed-hint = Decides ties between equals. Keep this number to reproduce a run; type another to draw again.
coord-alloc-include-unranked = Also place people who gave no choices (matched by occupation)
coord-alloc-run-preview = Run the preview
coord-alloc-preview-with = Preview with seed { $seed }
coord-alloc-run-with = Run with seed { $seed }
coord-run-preview = preview
coord-run-committed = committed
coord-run-discarded = replaced
coord-alloc-made = Made { $time }.
coord-alloc-committed-at = Committed { $time }.
coord-alloc-unranked-included = People without choices were included.
coord-alloc-placed = Placed
coord-alloc-left-out = Left out
coord-alloc-first-choice = First choice
coord-alloc-top-three = One of their top three
coord-alloc-priority-placed = Left out before, placed now
coord-alloc-places-given = Places given
coord-alloc-of-free = { $part } of { $whole } free
coord-alloc-booked-at-commit = Booked when committed
coord-alloc-booked-told = { $part } places; { $whole } told no place was left
coord-alloc-commit-intro = Committing books these places, mails each person their place with a calendar invitation (and those left out that no place was left), and updates the interviewers' calendars.
coord-alloc-commit = Commit and mail everyone
coord-alloc-left-out-count = Left out ({ $count })
coord-alloc-why = Why
coord-alloc-nobody-left-out = Nobody: everyone in the run got a place.
coord-alloc-places-count = Places ({ $count })
coord-alloc-place = Place
coord-alloc-their-rank = Their rank
coord-alloc-note = Note
coord-alloc-not-ranked = not ranked
coord-alloc-no-places = No places were given.
coord-alloc-all-runs = All runs
coord-alloc-all-runs-intro = Every run is kept with its seed, so any result can be reproduced and checked.
coord-alloc-made-col = Made
coord-alloc-status = Status
coord-alloc-removed = (removed)
coord-alloc-open-place = Open place
coord-alloc-not-preferences = Only sessions whose places are given out from ranked choices are allocated.
coord-alloc-event-cancelled = The event is cancelled.
coord-alloc-cannot = This session cannot be allocated: { $problem }.
coord-alloc-publish-first = Publish the event first: participants are mailed their places with their personal links.
coord-alloc-replaced = A newer preview replaced this one: commit the newest preview.
coord-alloc-changed = Places have changed since this preview (someone's booking changed or a slot was removed), so nothing was booked. Run a new preview and commit that one.

# Reports and certificates.
coord-print = Print this page (Ctrl+P)
coord-report-title = Report
coord-report-title-of = Report: { $event }
coord-report-back-event = Back to the event
coord-report-back-dashboard = Back to the dashboard
coord-report-csv = Download as CSV
coord-report-first-day = First day
coord-report-last-day = Last day
coord-report-show = Show
coord-report-events = { $count ->
    [one] 1 event
   *[other] { $count } events
}
coord-report-attendance = Attendance
coord-report-people = People with a booking
coord-report-bookings = Bookings
coord-report-arrived = Arrived
coord-report-no-show = Not come
coord-report-unmarked = Not checked
coord-report-no-show-rate = No-show rate
coord-report-feedback = Interview feedback written
coord-report-no-show-hint = The no-show rate counts the bookings that were checked in or marked as not come.
coord-report-per-employer = Bookings per employer
coord-report-chart-booked = booked
coord-report-chart-arrived = arrived
coord-report-no-bookings = No bookings yet.
coord-report-volunteers = Volunteers
coord-report-volunteer-hours = Volunteer hours
coord-report-outcomes = Outcomes and follow-up
coord-report-record-outcomes = Record them.
coord-report-outcome = Outcome
coord-report-people-col = People
coord-report-survey = { $count ->
    [one] Follow-up survey: 1 answer: { $very } very useful, { $somewhat } somewhat useful, { $not } not useful.
   *[other] Follow-up survey: { $count } answers: { $very } very useful, { $somewhat } somewhat useful, { $not } not useful.
}
coord-report-survey-none = Follow-up survey: no answers yet.
coord-report-no-volunteer-time = No volunteer has given time yet.
coord-report-volunteer = Volunteer
coord-report-slots = Slots
coord-report-hours = Hours
coord-report-certificate = Certificate
coord-report-certificate-for = Certificate for { $name }
coord-period-bad-date = Please write the dates like 2026-03-31.
coord-period-reversed = Please choose a last day that does not come before the first.
coord-period-zone = The programme's time zone is not known; please check the settings.
coord-certificate-title-of = Certificate: { $name }
coord-certificate-heading = Certificate of volunteering
coord-certificate-thanks = { $programme } thanks
coord-certificate-of = of { $employer }
coord-certificate-sessions = { $count ->
    [one] 1 session
   *[other] { $count } sessions
}
coord-certificate-seekers = { $count ->
    [one] 1 job seeker
   *[other] { $count } job seekers
}
coord-certificate-given = for giving { $hours } of their time in { $sessions } with { $seekers }, helping people new to the country into skilled work.
coord-certificate-issued = Issued on { $date }
coord-certificate-signature = Signature:

# Refusals: a change that collides with how things stand.
coord-refuse-outcome-person = Choose someone who took part in this event.
coord-refuse-outcome-employer = Choose one of the event's employers, or another one.
coord-refuse-fill = The places cannot be given: { $problem }.
coord-refuse-standby-changed = The standby list changed a moment ago: please try again.
coord-refuse-standby-already = { $name } is already on the standby list.
coord-refuse-standby-gone = { $name } is no longer on the standby list.
coord-refuse-time-over = That time is over: choose a place that has not ended.
coord-refuse-does-not-fit = { $name } cannot take this interview: { $why }.
coord-refuse-does-not-fit-why = it does not fit them
coord-refuse-same-time = { $name } already has a place at that time.
coord-refuse-placed-meanwhile = { $name } was given a place by someone else a moment ago.
coord-refuse-booking-changed = Their booking changed a moment ago: try again.
coord-refuse-holds-place = They already hold a place (or an offer of one) in this session.
coord-refuse-not-begun = { $name }'s time has not begun yet: a person can be marked as not come only from the start of their time.
coord-refuse-session-over = The session is over: { $name } can no longer be brought back.
coord-refuse-place-given-away = { $name }'s place has been given to someone else meanwhile. Give them another free place below, or put them on the standby list.
coord-late-offer-heading = Another place for { $name }
coord-late-offer-seat = Seat { $name } here
coord-late-offer-none = No other place in this session is free now.
coord-late-offer-standby = Put { $name } on the standby list
coord-check-in-seated-late = Checked in at the place you chose; the person's mail and calendar entry say where.
coord-refuse-arrived-first = { $name } has been checked in as arrived. Take the arrival back first if that was a mistake.
coord-refuse-marked-no-show = { $name } is marked as not come. Choose "Came after all" to check them in.
coord-refuse-cancelled = { $name }'s booking was cancelled, so it cannot be checked in. If they are here, put them on the standby list.
coord-refuse-waitlisted = { $name } is on the waitlist and holds no place here. If they are here, put them on the standby list.
coord-refuse-interviewer-came = { $name } has people checked in already, so they did come. Mark the people still waiting for them as not come, and put them on the standby list.
coord-refuse-placements-format = Placements belong to a session of taster-day placements.
coord-refuse-event-cancelled = This event was cancelled and can no longer be changed.
coord-refuse-event-status = This event is { $status }; it cannot be changed that way now.
coord-refuse-publish-to-invite = Publish the event first: invitations lead to its booking page.
coord-refuse-links-over = This event is over; its links can no longer be used.
coord-refuse-would-remove-booked = { $count ->
    [one] This change would remove 1 booked time or place. Move or cancel that booking first; nothing was changed.
   *[other] This change would remove { $count } booked times or places. Move or cancel those bookings first; nothing was changed.
}
coord-rotation-not-networking = Only speed-networking sessions have rounds to plan.
coord-rotation-no-rounds = This session has no rounds yet: set the rounds and their length in its settings.
coord-rotation-no-tables = This session has no tables yet: invite employers to the event first.
coord-rotation-choose-round = Choose a round from 1 to { $count } to plan from.
coord-rotation-cannot = This session cannot be planned: { $problem }.
coord-rotation-plan-first = Plan the rounds first: there is nothing to mail yet.
coord-rotation-seed-number = The lottery seed must be a whole number.
coord-rotation-choose-from = Choose the round to plan from.

# Speed-networking rounds.
coord-rotation-title = Rounds: { $session }
coord-rotation-planned = The rounds are planned. Print the cards, or mail everyone their plan.
coord-rotation-mailed = { $count ->
    [one] 1 participant is being mailed their plan.
   *[other] { $count } participants are being mailed their plan.
}
coord-rotation-people = { $count ->
    [one] 1 person holds a seat
   *[other] { $count } people hold a seat
}
coord-rotation-tables = { $count ->
    [one] 1 table
   *[other] { $count } tables
}
coord-rotation-rounds = { $count ->
    [one] 1 round
   *[other] { $count } rounds
}
coord-rotation-summary = { $people }; { $tables }; { $rounds }.
coord-rotation-how = Employers stay at their tables and people move on each round; nobody meets the same employer twice.
coord-rotation-meetings = { $count ->
    [one] 1 meeting planned
   *[other] { $count } meetings planned
}
coord-rotation-at-most = of at most { $count } possible.
coord-rotation-wishes = { $part } of the { $whole } meetings people asked for are in the plan.
coord-rotation-plan-again = Plan again
coord-rotation-plan = Plan the rounds
coord-rotation-from = Plan from round
coord-rotation-from-hint = Earlier rounds stay as they were, and nobody is sent back to a table they have visited. Between rounds, choose the next round and tick who is not here.
coord-rotation-round-at = Round { $round } ({ $time })
coord-rotation-seed-hint = Decides between equally good plans; the same seed gives the same plan.
coord-rotation-absent = Not here (left out of the rounds planned)
coord-rotation-absent-hint = Ticked: the people not checked in yet. People marked as not come hold no seat and are left out anyway.
coord-rotation-not-checked-in = (not checked in)
coord-rotation-tell = Tell everyone
coord-rotation-tell-intro = Each person with a table gets their own plan by mail, in their language. Print this page (Ctrl+P) for the table cards and the itineraries: each starts on a card of its own.
coord-rotation-mail = Mail everyone their plan
coord-rotation-cards = Table cards
coord-rotation-round = Round
coord-rotation-who = Who comes
coord-rotation-nobody = nobody
coord-rotation-itineraries = Itineraries
coord-rotation-table = Table
coord-rotation-break = break

# Check-in at the door.
coord-check-in-title = Check-in: { $event }
coord-check-in-run-sheet = Run sheet to print
coord-check-in-expected = Expected
coord-check-in-on-standby = On standby
coord-check-in-standby-link = Standby list and free places
coord-check-in-add-walk-in = Add a walk-in
coord-check-in-all-sessions = All sessions
coord-check-in-shown = { $count ->
    [one] 1 shown.
   *[other] { $count } shown.
}
coord-check-in-none-match = No bookings match this filter.
coord-check-in-standby = Standby
coord-check-in-standby-hint = People at the venue without a place, first come first served. A freed place (someone who did not come) or a place nobody booked goes to the first person in line who can take it.
coord-check-in-nobody-waiting = Nobody is waiting.
coord-check-in-since = since { $time }
coord-check-in-hopes-for = hopes for: { $item }
coord-check-in-went-home = Went home
coord-check-in-went-home-label = { $name } went home
coord-check-in-free-places = Free places
coord-check-in-no-free = No place is free now.
coord-check-in-free = { $count ->
    [one] 1 free
   *[other] { $count } free
}
coord-check-in-give-to = Give to { $name }
coord-check-in-nobody-can = Nobody waiting can take it.
coord-check-in-fill = Fill every free place of { $session } from standby
coord-check-in-fill-hint = Filling at once places as many waiting people as possible (people whose interviewer did not come first), where one-by-one giving could leave a place empty.
coord-check-in-absent = An interviewer did not come
coord-check-in-absent-intro = Their slots are removed. Each person booked with them moves to the nearest free time of another interviewer in the same session and gets a mail with the new time; whoever finds no free time goes on the standby list above.
coord-check-in-interviewer = Interviewer
coord-check-in-absent-button = This interviewer did not come
coord-check-in-find = Find on the event's list (name or e-mail)
coord-check-in-find-button = Find
coord-check-in-nobody-matches = Nobody on the list matches; add them as a walk-in below.
coord-check-in-put = Put on standby
coord-check-in-put-label = Put { $name } on standby
coord-check-in-walk-in-hint = Someone who is not on the list. They join the standby list; their confirmation and feedback go to this address.
coord-check-in-note = What they hope for (optional)
coord-check-in-note-hint = e.g. a mock interview in IT
coord-check-in-note-too-long = keep what they hope for under 200 characters
coord-check-in-add-button = Add to standby
coord-standby-walk-in = Walk-in
coord-standby-interviewer-absent = Interviewer did not come
coord-standby-no-booking = Came without a booking
coord-check-in-arrived = Checked in.
coord-check-in-no-show = Marked as not come; the place is free for someone on standby.
coord-check-in-undone = The arrival was taken back.
coord-check-in-came-late = Checked in after all; the place is theirs again.
coord-check-in-already = Nothing to change: that was done already (perhaps by a colleague).
coord-check-in-walk-in = Added to the standby list.
coord-check-in-placed = Booked and checked in; the invitation is on its way.
coord-check-in-left = Taken off the standby list.
coord-check-in-filled = The free places went to the people on standby who could take them; each has their invitation.
coord-check-in-none-fit = Nobody on the standby list can take these places (times, languages or occupation).
coord-check-in-absent-done = The interviewer's slots are gone: their people moved to another interviewer's free time (each has a mail with the new time), or are on the standby list.

# One person's bookings, for coordinators.
coord-person-title = { $name }: bookings
coord-person-back = All participants
coord-person-intro = As a coordinator you can book, move and cancel for this person in any session at any time, also after booking has closed and for times that have begun or ended (a late correction). They get the usual mail, and the audit log records it.
coord-person-confirmed = Booked
coord-person-waitlisted = On the waiting list
coord-person-no-show = Marked as not come
coord-person-cancelled-status = Cancelled
coord-person-not-booked = Not booked.
coord-person-no-free = No time in this session has a free place.
coord-person-time = Time
coord-person-book = Book this time
coord-person-move-to = Move to
coord-person-move = Move
coord-person-cancel = Cancel this booking
coord-person-booked = Booked; the person has been sent a mail with the calendar entry.
coord-person-moved = Moved; the person's mail and calendar entry have been updated.
coord-person-cancelled = Cancelled; the person has been told and the calendar entry removed.
coord-refuse-not-confirmed = This booking in { $session } is no longer confirmed: the page now shows where it stands.
coord-refuse-on-waitlist = { $name } is on this session's waiting list: a freed place is offered to the people waiting in turn.
coord-participants-find = Name or e-mail
coord-participants-find-button = Find
coord-participants-none-match = Nobody on the list matches.
coord-audit-booking-booked-for = booked a place for them
coord-audit-booking-cancelled-for = cancelled a booking for them
coord-person-bookings-link = (bookings)
coord-placement-address = Address of the placement
coord-placement-address-hint = Where the day is spent, if not at the event's venue. It goes into the participant's page, mail and calendar entry.
coord-placement-contact = Contact on the day
coord-placement-contact-hint = Whom to ask for on arrival, with a phone number if you like.
coord-placement-instructions = Instructions
coord-placement-instructions-hint = What to do on arrival, what to wear, how to get there.
coord-change-note = Note for the people this change reaches (optional)
coord-change-note-hint = Sent, as you write it, with the mail each booked participant and volunteer gets about this change. Not kept.
coord-cancel-note = Note for everyone told (optional)
coord-cancel-note-hint = Why, and what happens next: sent, as you write it, to every participant, volunteer and employer contact of this event. Not kept.
coord-person-note = Note for their mail (optional)
coord-person-no-address = No e-mail address: nothing is mailed to this person. Give them their link and schedule yourself.
coord-person-link-hint = For someone without e-mail, or who lost their link: shows a new personal link and their schedule to print or copy. Earlier links stop working.
coord-person-link-button = Show a new personal link to print or copy
coord-person-link-title = Personal link for { $name }
coord-person-link-back = Back to this person
coord-person-link-intro = Print this page or copy the link into a text message. With the link, the person sees and changes their bookings on their phone. Earlier links no longer work.
coord-person-link-label = Personal link
coord-person-link-schedule = Schedule
coord-person-link-nothing = Nothing booked yet.
coord-person-link-keep = Keep this link private: whoever has it can change the bookings.
coord-participants-contact = E-mail or phone
coord-phone = Phone (optional)
coord-person-email-hint = Leave empty for someone without e-mail and give a phone number instead.
coord-person-phone-hint = For someone without e-mail: nothing is mailed to them; you give them their link.
coord-refuse-resend-no-address = This person has no e-mail address. Open their page and show a new personal link to print or copy instead.
coord-give-link-in-person = No e-mail: give a new link in person
