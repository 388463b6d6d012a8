# The coordinator's workspace: the header on every page, an event's tabs, lists and chores.

coord-nav-label = Workspace
coord-nav-dashboard = Dashboard
coord-nav-events = Events
coord-nav-reports = Reports
coord-nav-audit = Audit log
coord-nav-api-tokens = API tokens
coord-nav-event = Event
coord-tab-overview = Overview
coord-tab-sessions = Sessions
coord-tab-participants = Participants
coord-tab-employers = Employers
coord-tab-check-in = Check-in
coord-tab-planning = Allocation and rounds
coord-tab-feedback = Feedback
coord-tab-outcomes = Outcomes
coord-tab-report = Report

coord-all-events = { $count ->
    [one] The one event, past ones included
   *[other] All { $count } events, past ones included
}
coord-no-current-events = No event is coming up or just over. Past events are under Events.
coord-events-title = Events
coord-events-intro = Every event, past ones included, soonest first. Copy one to run it again on new dates: its sessions, employers and placements come along, nobody is booked.
coord-col-event = Event
coord-col-status = Status
coord-col-sessions = Sessions
coord-col-actions = Actions
coord-copy = Copy
coord-copy-of = Copy { $title }
coord-change = Change
coord-sessions-of = Sessions of { $event }
coord-sessions-locked = The event was cancelled: its sessions can no longer be added, changed or copied.
coord-planning-of = Allocation and rounds of { $event }
coord-planning-allocation-hint = Sessions where people rank their choices: once ranking closes, a fair allocation shares out the places.
coord-planning-no-allocation = No session of this event asks people to rank their choices.
coord-planning-rotation-hint = Speed-networking sessions: a rounds plan seats each person at a different employer's table each round.
coord-planning-no-rotation = This event has no speed-networking session.
coord-copy-title = Copy { $event }
coord-copy-intro = The event runs { $when }. Its copy is a draft you can change before you publish it.
coord-copy-comes-along = Its sessions, placements and employers come along, every time moved to the new first day at the same time of day.
coord-copy-stays = Participants, bookings, volunteers and their hours stay with this event: employers register their volunteers again for the new dates through their link.
coord-copy-first-day = First day of the copy
coord-copy-first-day-hint = Every time of the event moves by the same number of days.
coord-copy-invite-employers = Mail each employer contact their link for the copy now (otherwise invite them later from the copy's Employers tab)
coord-copy-button = Copy the event
coord-copy-suffix = (copy)
coord-notice-copied = This is the copy, a draft. Check its details and sessions, then publish it.
coord-audit-event-copied = made this event as a copy of another
coord-audit-session-copied = copied a session of this event
problem-copy-first-day = enter the first day as a date, for example 2027-03-02
problem-copy-past = that day has passed: choose a first day whose start is still to come
coord-person-offered = Offered a freed place
coord-show = Show
coord-show-all = Everyone
coord-show-booked = Booked
coord-show-not-booked = Not booked
coord-show-waiting = Waiting for a place
coord-show-no-show = Did not come
coord-list-showing-all = { $count ->
    [one] 1 person on the list.
   *[other] { $count } people on the list.
}
coord-list-showing-matching = { $count } of { $total } people match.
coord-col-bookings = Bookings
coord-list-no-bookings = None
coord-list-pages = Pages of the list
coord-list-previous = Previous page
coord-list-next = Next page
coord-list-page-of = Page { $page } of { $pages }
coord-add-people = Add people
coord-person-link-heading = Personal link
coord-person-revoke = Revoke their links
coord-erase-confirm = I understand: their details and mails are deleted for good, and their bookings still to come are cancelled
problem-erase-confirm = tick the box to confirm that this person's details are deleted for good
problem-copy-far = choose a first day within ten years of the event
coord-message-title = Message people of { $event }
coord-message-heading = Write to people
coord-message-intro = Each person gets their own mail with their personal link, in their language with the programme's. You see who it reaches and the mail itself before anything is sent.
coord-message-audience = To
coord-message-everyone = Everyone on the list
coord-message-booked-at-event = Everyone booked at this event
coord-message-subject-as-read = Subject:
coord-message-not-booked = Everyone on the list not booked at this event
coord-message-booked-in = Everyone booked in { $session }
coord-message-waiting-for = Everyone waiting for a place in { $session }
coord-message-subject = Subject
coord-message-text = Message
coord-message-text-hint = Up to 5,000 characters. Written as you type it; it is not translated.
coord-message-preview-button = Show who it reaches
coord-message-preview = Before you send
coord-message-nobody = Nobody with an e-mail address is in this group, so there is no one to send it to.
coord-message-reaches = { $count ->
    [one] It reaches 1 person:
   *[other] It reaches { $count } people:
}
coord-message-more = { $count ->
    [one] and 1 more.
   *[other] and { $count } more.
}
coord-message-as-read = The mail as the first of them reads it
coord-message-send = { $count ->
    [one] Send to 1 person
   *[other] Send to { $count } people
}
coord-message-sent = { $count ->
    [one] The message is on its way to 1 person.
   *[other] The message is on its way to { $count } people.
}
coord-message-skipped = { $count ->
    [one] 1 person in the group has no e-mail address: reach them another way.
   *[other] { $count } people in the group have no e-mail address: reach them another way.
}
coord-write-to-people = Write to people
coord-audit-event-message-sent = sent a message to people of this event
problem-message-audience = choose who the message goes to
coord-placement-back = Back to the placements
coord-placement-placed = { $count ->
    [one] 1 person is placed here. A change they would notice reaches them by mail with an updated calendar entry.
   *[other] { $count } people are placed here. A change they would notice reaches each of them by mail with an updated calendar entry.
}
coord-placement-note-hint = Sent, as you write it, to the people placed here with the change. Not kept.
coord-placement-remove = Remove this placement
coord-placement-remove-placed = { $count ->
    [one] 1 person is placed here. What becomes of them?
   *[other] { $count } people are placed here. What becomes of them?
}
coord-placement-remove-move = Move each to another placement of this session with a free place, else onto its waiting list
coord-placement-remove-cancel = Cancel their places
coord-placement-remove-empty = Nobody is placed here.
coord-placement-remove-button = Remove the placement
coord-placement-changed = { $count ->
    [0] The placement was saved.
    [one] The placement was saved; 1 person placed there was told.
   *[other] The placement was saved; { $count } people placed there were told.
}
coord-placement-removed = { $count ->
    [0] The placement was removed.
    [one] The placement was removed; 1 person placed there was told what became of their place.
   *[other] The placement was removed; { $count } people placed there were told what became of their place.
}
coord-refuse-placement-held = A place here is held for someone from the waiting list right now, so the placement cannot be removed yet. Try again once the offer is taken or has run out.
problem-placement-placed = choose what becomes of the people placed here
coord-placement-edit-of = Change the placement of { $employer }
coord-list-erased = { $count ->
    [one] One erased person is left out of the list: nobody can reach or book them.
   *[other] { $count } erased people are left out of the list: nobody can reach or book them.
}
coord-person-erased = This person was erased: only an anonymous record of their bookings is left, with nothing that names or reaches them.
coord-message-already-sent = This message was sent already (the button was pressed twice, or the page sent again). Nothing more went out.
problem-message-group-changed = the group changed since you looked: show who it reaches again, then send
coord-code-heading = Check in by code
coord-code-typed = Check-in code
coord-code-typed-hint = From the person's page or confirmation mail, like 3F9A2-C07B1.
coord-code-photo = Or take a photo of their QR code
coord-code-photo-hint = On a phone this opens the camera; the code is read on the server.
coord-code-button = Check in
coord-code-arrived = { $name } is checked in for { $session }.
coord-code-already = { $name } was checked in already for { $session }.
coord-code-unreadable = That is not a check-in code: it has ten letters and digits, like 3F9A2-C07B1.
coord-code-unknown = Nobody on this event's list has that code. Check it, or find the person in the list below.
coord-code-no-booking = { $name } has no booking at this event to check in. Add them to a session below, or to the standby list.
coord-code-not-today = Check-in for { $name } opens on the day: { $session } is on { $day }. Nobody was checked in.
coord-code-no-qr = No QR code could be read in that photo. Take it again closer and in focus, or type the code.

## Texts in other languages
coord-texts-link = Texts in other languages
coord-texts-title = Texts of { $event } in other languages
coord-texts-intro = Write the event's texts in the languages participants read. Each person sees their language's text; where a text is left empty, they see the original. Times, places and names are shown to everyone as they are.
coord-texts-languages = Languages
coord-texts-event-title = Event title
coord-texts-event-description = Description of the event
coord-texts-session-title = Session title
coord-texts-what-to-bring = What to bring
coord-texts-placement = Placement at { $employer }
coord-texts-original = Original:
coord-texts-original-empty = The original is empty: a text here is shown only to readers of this language.
coord-texts-save = Save the texts in { $language }
coord-texts-saved = { $count ->
    [one] Saved: one text has a translation in this language.
   *[other] Saved: { $count } texts have a translation in this language.
}
coord-audit-event-texts-translated = changed the texts of this event in another language
coord-refuse-erased = This person was erased: nobody can be booked in their name.

## Webhooks
coord-nav-webhooks = Webhooks
coord-webhooks-title = Webhooks
coord-webhooks-intro = Other systems (a case-management system, a CRM) can hear of changes here as they happen. Each change is sent to each address that asked for it, signed with that address's secret, and tried again for about three and a half hours if the system does not take it. What is sent holds ids, states and times, never a name, an address or a personal link.
coord-webhooks-caption = The addresses that hear of changes
coord-webhooks-none = No address yet.
coord-webhook-url = Address (URL)
coord-webhook-url-hint = Where each change is posted, e.g. https://crm.example.org/hooks/fairplan
coord-webhook-events = Changes it hears of
coord-webhook-add = Add an address
coord-webhook-add-button = Add the address
coord-webhook-active = active
coord-webhook-paused = paused
coord-webhook-title = A webhook address
coord-webhook-registered = The address is added. Give its secret below to the system behind it, so it can check that what it receives comes from here.
coord-webhook-secret = Signing secret
coord-webhook-secret-hint = The Fairplan-Signature header of each delivery is t=<seconds>,v1=<HMAC-SHA256 of "<seconds>.<body>" with this secret, in hexadecimal>. Keep it secret.
coord-webhook-pause = Pause
coord-webhook-resume = Take it up again
coord-webhook-paused-notice = Paused: no change is written for this address until you take it up again; what waits is not sent meanwhile.
coord-webhook-resumed-notice = Taken up again: new changes are written for it, and what waited goes out now.
coord-webhook-log = Latest deliveries
coord-webhook-log-caption = The latest 50 deliveries, newest first, in UTC
coord-webhook-log-empty = Nothing sent yet.
coord-webhook-event = Change
coord-webhook-attempts = Attempts
coord-webhook-answer = Last answer
coord-webhook-state-pending = waiting
coord-webhook-state-sent = taken
coord-webhook-state-failed = given up
coord-webhook-send-again = Send again
coord-webhook-sent-again = The delivery is in line again and goes out within seconds.
coord-webhook-remove = Remove this address
coord-webhook-remove-warning = It hears of nothing more, and its delivery log goes with it.
problem-webhook-url = give an address that starts with https:// (or http:// for a system on your own network)
problem-webhook-events = tick at least one change
webhook-event-participant-registered = someone put on an event's list
webhook-event-booking-created = a booking made
webhook-event-booking-changed = a booking moved or changed
webhook-event-booking-cancelled = a booking cancelled
webhook-event-waitlist-offer = a place offered from a waiting list
webhook-event-check-in = someone checked in
webhook-event-event-status-changed = an event published, closed, reopened or cancelled
webhook-event-allocation-committed = an allocation committed
coord-audit-webhook-registered = added a webhook address
coord-audit-webhook-paused = paused a webhook address
coord-audit-webhook-resumed = took up a webhook address again
coord-audit-webhook-removed = removed a webhook address
coord-tab-sign-up = Sign-up
coord-sign-up-title = Sign-up: { $event }
coord-sign-up-intro = Open this event to sign-up, and people sign themselves up on its public page. Each confirms their e-mail address first; unconfirmed sign-ups are deleted after 48 hours.
coord-sign-up-address = The event's public page:
coord-sign-up-settings = Who may sign up
coord-sign-up-who = Sign-up
coord-sign-up-participants = Job seekers may sign up
coord-sign-up-phone = Job seekers without an e-mail address may give a phone number (you call them and accept them)
coord-sign-up-approval = I accept each job seeker myself (else they are on the list as soon as they confirm)
coord-sign-up-employers = Employers may sign up (you accept each)
coord-sign-up-sessions = Sessions on the public page
coord-sign-up-sessions-all = Every session
coord-sign-up-sessions-chosen = Only the sessions ticked below
coord-sign-up-save = Save
coord-sign-up-saved = Saved.
coord-sign-up-questions = Your own questions
coord-sign-up-questions-intro = Ask job seekers up to { $most } questions of your own. The answers appear in the participants list, the CSV export and the API, and are erased with the person.
coord-sign-up-no-questions = No questions of your own yet.
coord-question-kind = Answered by
coord-question-kind-text = text
coord-question-kind-choice = choice
coord-question-kind-yes_no = yes or no
coord-question-required = required
coord-question-required-label = An answer is required
coord-question-remove = Remove “{ $question }”
coord-question-add = Add a question
coord-question-label = Question
coord-question-choices = Answers to choose from
coord-question-choices-hint = One per line, 2 to 12 (for a choice question only).
coord-sign-up-question-added = The question is on the form.
coord-sign-up-question-removed = The question and its answers are removed.
coord-sign-up-questions-full = The form has as many questions as it can hold; remove one first.
coord-sign-up-waiting = { $count ->
    [one] One sign-up waiting for your answer
   *[other] { $count } sign-ups waiting for your answer
}
coord-sign-up-none-waiting = Nobody is waiting.
coord-sign-up-kind-participant = job seeker
coord-sign-up-kind-employer = employer
coord-sign-up-since = Waiting since { $when }.
coord-sign-up-phone-only = Only a phone number: call them before you accept.
coord-sign-up-accept = Accept { $name }
coord-sign-up-decline = Decline { $name }
coord-sign-up-accepted = Accepted: they got their link by e-mail.
coord-sign-up-declined = Declined: they got an e-mail, and the sign-up is deleted.
problem-question-kind = choose how the question is answered
problem-question-choices = give 2 to { $most } different answers, one per line
coord-audit-event-sign-up-changed = changed who may sign up for this event
coord-audit-event-question-added = added a question to this event's sign-up form
coord-audit-event-question-removed = removed a question from this event's sign-up form
coord-audit-sign-up-declined = declined a sign-up
coord-audit-employer-signed-up = put an employer who signed up on this event
coord-audit-participant-signed-up = put a person who signed up on the list
coord-col-answers = Answers to your questions
coord-participants-csv = Download the list (CSV, with the answers)
coord-participants-sign-up = Open this event to sign-up
coord-person-needs-told = Needs
coord-line-sign-up-organisation = Organisation
coord-line-sign-up-email = E-mail address
coord-line-sign-up-offer = What they offer
coord-line-sign-up-phone = Phone number
coord-line-sign-up-language = Language of mails and pages
coord-line-sign-up-occupations = Occupation fields
coord-line-sign-up-languages = Languages and levels
coord-line-sign-up-needs = Needs
coord-employer-offer = Offers (as they wrote when signing up):
coord-sign-up-decline-mail = They get one e-mail in their language saying there is no place for them this time, and the sign-up is deleted. This cannot be undone.
coord-sign-up-decline-phone = The sign-up is deleted; nothing is sent (tell them when you call). This cannot be undone.
coord-sign-up-decline-now = Decline now
coord-texts-question = Question
coord-texts-questions = Your own sign-up questions
coord-webhook-unreachable = This address is on a private network (or is this server itself), and this installation delivers only to public addresses: nothing will arrive there. Ask the administrator to set FAIRPLAN_WEBHOOK_PRIVATE_NETWORKS=1 if the receiving system is on your own network, or register its public address.
coord-question-remove-warning = The question leaves the form, and every answer given to it is deleted. This cannot be undone.
coord-question-remove-now = Remove the question and its answers
