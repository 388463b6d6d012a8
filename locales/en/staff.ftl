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
