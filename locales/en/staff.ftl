# Employers' and volunteers' pages.
# Every id here must exist in every language that covers staff.ftl (src/i18n/coverage.rs).

volunteer-hello = Hello { $name } ({ $employer }),
volunteer-schedule-heading = Your schedule
volunteer-room = Room or table: { $room }
volunteer-not-booked = Not booked yet.
volunteer-on-the-day = On the day
volunteer-feedback-for = Feedback for { $name }
volunteer-no-slots = You have no slots at this event yet. Each one comes to you as a calendar invitation as soon as it exists.
volunteer-calendar-heading = In your calendar app
volunteer-calendar-intro = Subscribe to a calendar address that always shows your current slots.
volunteer-calendar-button = Get my calendar address
volunteer-notice-marked = Saved.
volunteer-notice-already = Nothing to change: that was saved already.

attendance-expected = Expected
attendance-arrived = Arrived { $time }
attendance-no-show = Not come
mark-arrived = Arrived
mark-arrived-label = { $name } arrived
mark-no-show = Not come
mark-no-show-label = { $name } did not come
mark-undo = Take back
mark-undo-label = Take back the arrival of { $name }
mark-came-late = Came after all
mark-came-late-label = { $name } came after all

feedback-form-back = Back to my schedule
feedback-form-title = Feedback for { $name }
feedback-form-sent-heading = Your feedback, as sent
feedback-form-intro = { $name } receives this by e-mail, in their own language: the ratings translated, your words as you write them. Plain, concrete words help most.
feedback-form-strengths-hint = Two or three things they did well, with an example.
feedback-form-next-steps-hint = What to practise or change before a real interview.
feedback-form-send = Send the feedback
feedback-form-notice-sent = Thank you: your feedback is on its way to them.
feedback-form-notice-already = This feedback was sent before; it is shown below as it was sent.
feedback-form-closed-no-show = { $name } was marked as not come, so there is no interview to give feedback on.
feedback-form-closed-cancelled = { $name }'s booking was cancelled, so there was no interview.
feedback-form-closed-early = The interview has not started yet: the form opens when it starts.
feedback-form-closed-late = Feedback could be given until { $date }. Please send your notes to the coordinator instead.
feedback-error-empty-strengths = Write a few words about what went well.
feedback-error-empty-next-steps = Write a few words about the next steps.
feedback-error-long = Keep this under { $count } characters.
feedback-error-rating-preparation = Choose a rating from 1 to 4 for preparation.
feedback-error-rating-presentation = Choose a rating from 1 to 4 for self-presentation.
feedback-error-rating-professional-depth = Choose a rating from 1 to 4 for professional depth.
feedback-error-rating-communication = Choose a rating from 1 to 4 for language and communication.

employer-hello = Hello { $name } ({ $employer }),
employer-hours-intro = Mock interviews run at these times; your volunteers' availability is cut into interview slots:
employer-volunteers-heading = Your volunteers
employer-add-volunteer = Add a volunteer
employer-volunteer-languages = Languages: { $languages }
employer-volunteer-fields = Fields: { $fields }
employer-no-slots = No interview slots at this event.
employer-no-slots-no-availability = No interview slots at this event (no availability given).
employer-slots-booked = { $count ->
    [one] 1 slot, { $booked } booked:
   *[other] { $count } slots, { $booked } booked:
}
employer-slot-booked = booked
employer-slot-free = free
employer-change = Change { $name }
employer-withdraw = Withdraw { $name }
employer-feedback-heading = Feedback your volunteers gave
employer-feedback-hint = The written feedback of your own volunteers, as the job seekers received it.
employer-no-volunteers = No volunteers registered yet.
employer-import-heading = Add volunteers from a CSV file
employer-import-columns = Columns: name, email, languages (all required; languages like en C2; ar B2), job_title, language (of their mails: en or de), expertise (codes like 22 or names from the list of fields below, separated by ;), availability (like { $example }). UTF-8, commas or semicolons. A volunteer you already registered is updated.
employer-import-file = CSV file
employer-import-send = Check and add
employer-notice-saved = { $count ->
    [one] Saved. The volunteer gets their schedule and calendar invitations by e-mail.
   *[other] { $count } volunteers saved. Each gets their schedule and calendar invitations by e-mail.
}
employer-notice-withdrawn = Withdrawn. Their slots were taken out of their calendar.
employer-notice-relocated = Of the people who had booked those times, { $moved } moved to another free time and { $waitlisted } are on the waiting list; each was told by e-mail.

import-problems = { $count ->
    [one] Nothing was imported: 1 problem in the file
   *[other] Nothing was imported: { $count } problems in the file
}
import-line = Line
import-column = Column
import-problem = Problem
import-whole-file = file
import-nothing-saved = Correct the file and upload it again; nothing was saved.

volunteer-form-back = Back to your volunteers
volunteer-form-change = Change a volunteer
volunteer-form-add = Add a volunteer
volunteer-form-name = Name
volunteer-form-email = E-mail address
volunteer-form-email-hint = Their schedule and calendar invitations go here.
volunteer-form-job-title = Job title (optional)
volunteer-form-language = Language of their mails
volunteer-form-languages = Languages they can interview in, with level
volunteer-form-languages-hint = Like en C2; ar B2 (levels A1 to C2).
volunteer-form-expertise = Occupation fields they can speak to (optional)
volunteer-form-expertise-hint = Open a group and tick every field they can speak to.
volunteer-form-availability = When they can give interviews
volunteer-form-availability-dated-hint = One time per line, with the date, like 2026-12-05 17:30-19:30. Leave empty if they give no interviews.
volunteer-form-availability-hint = One time per line, like 17:30-19:30, in the event's local time. Leave empty if they give no interviews.
volunteer-form-sessions = Interview sessions: { $hours }
volunteer-form-save = Save

withdraw-title = Withdraw { $name }?
withdraw-no-slots = { $name } has no slots at this event.
withdraw-slots = { $count ->
    [one] Their slot will be taken out of their calendar.
   *[other] Their { $count } slots will be taken out of their calendar.
}
withdraw-booked = { $count ->
    [one] 1 of them is booked. The person who booked is moved to another free time of the same session, or put on its waiting list when none is free, and told by e-mail.
   *[other] { $count } of them are booked. Each person who booked is moved to another free time of the same session, or put on its waiting list when none is free, and told by e-mail.
}
withdraw-confirm = Yes, withdraw { $name }
withdraw-keep = No, keep them

staff-refuse-choose-mark = Choose arrived, not come, or take back.
staff-refuse-event-over = This event is over, so its volunteers can no longer be changed.

# Problems with typed or imported data (forms and CSV files of coordinators and employers).
problem-time-unreadable = enter a date and time like 2026-03-03 18:30
problem-time-skipped = this time does not exist on that day because the clocks change; choose another
problem-time-zone = the time zone is not known; check the event's time zone
problem-volunteer-name = enter the volunteer's name (up to 200 characters)
problem-volunteer-job-title = keep the job title under 200 characters
problem-volunteer-languages = give at least one language with its level, like 'en C1'
problem-volunteer-email-taken = another of your volunteers already uses this address
problem-window-unreadable = write '{ $item }' as a start and an end like 09:00-12:00
problem-window-unreadable-dated = write '{ $item }' as a start and an end like 09:00-12:00, with the date in front (2026-12-05 09:00-12:00)
problem-window-date-needed = the event runs over several days, so write the date in front of '{ $item }', like { $example }
problem-window-skipped = { $item }: this time does not exist on that day because the clocks change; choose another
problem-window-order = in '{ $item }' the end must come after the start
problem-window-outside = '{ $item }' is outside the event's hours ({ $hours })
problem-window-too-many = give at most { $count } times
problem-placement-employer = choose one of the event's employers
problem-placement-capacity = enter how many people it takes, from 1 to { $count }
problem-placement-description = describe the taster day in up to 300 characters
problem-token-name = give the token a name, such as the script or system that will use it
problem-token-name-long = use at most 80 characters
problem-token-days = choose 30, 90, 180 or 365 days
problem-upload-unreadable = the upload could not be read; choose a CSV file of at most { $count } MB and try again
import-too-large = the file is larger than { $count } MB; split it into smaller files
import-not-utf8 = the file is not UTF-8 text; save it as 'CSV UTF-8' and try again
import-header-unreadable = the header line cannot be read ({ $problem })
import-unknown-column = unknown column '{ $name }'; the columns are { $options }
import-missing-column = the column '{ $name }' is missing
import-line-unreadable = this line cannot be read ({ $problem })
import-too-many-people = a file may hold at most { $count } people
import-too-many-volunteers = a file may hold at most { $count } volunteers
import-too-many-rows = a file may hold at most { $count } rows
import-cell-count = this line has { $count } cells but the header has { $whole }
import-email-twice = { $email } is already on line { $line }
import-no-people = the file holds no people
import-no-volunteers = the file holds no volunteers
problem-event-language-code = '{ $language }' is not a language code; use codes like en, de, ar
problem-event-languages = name at least one language, e.g. en

## The shared list of occupation fields (ISCO-08 groups)
occupation-own = { $value } (entered before the list of fields; untick to remove it)
occupation-codes = Occupation fields and their codes
occupation-codes-hint = In a file, give a field by its code or its name, in any language Fairplan speaks.
occupation-code = Code
occupation-name = Field
employer-duties-heading = Your part in this event
employer-duty-interviews = Mock interviews
employer-duty-table = Speed-networking table
employer-duty-placement = Taster-day placement
employer-duty-interviews-fill = { $booked } of { $capacity } interview slots of your volunteers booked
employer-duty-table-fill = { $capacity } seats at your table each round; { $booked } people booked for the session rotate between the tables
employer-duty-placement-fill = { $booked } of { $capacity } places taken
staff-link-lost-heading = This link does not work
staff-link-lost = Links for employers and volunteers are sent by the coordinators of { $programme }. Reply to the mail that brought this link, or write to { $address }, and they will send you a new one. If you copied the link by hand, check that the whole link was copied.

