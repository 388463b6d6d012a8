//! [`MailKind`]: what a mail in the outbox is for.

use super::text_enum::text_enum;

text_enum! {
    /// What a mail is for (stored as text in the outbox): delivery reports and the
    /// "send me a new link" limit count mails by kind.
    pub enum MailKind, refused as UnknownMailKind ("a kind of mail") {
        /// A participant's new booking.
        BookingConfirmed = "booking_confirmed",
        /// A participant's booking moved.
        BookingChanged = "booking_changed",
        /// A participant's booking cancelled.
        BookingCancelled = "booking_cancelled",
        /// A free place offered from the waiting list.
        WaitlistOffer = "waitlist_offer",
        /// News about a place on the waiting list.
        WaitlistNotice = "waitlist_notice",
        /// An allocation found no place.
        AllocationNoPlace = "allocation_no_place",
        /// A speed-networking plan.
        NetworkingPlan = "networking_plan",
        /// A participant's invitation with their personal link.
        ParticipantInvitation = "participant_invitation",
        /// An employer contact's invitation with their personal link.
        EmployerInvitation = "employer_invitation",
        /// A volunteer's whole schedule.
        VolunteerSchedule = "volunteer_schedule",
        /// A change to one of a volunteer's slots.
        VolunteerSlot = "volunteer_slot",
        /// Written feedback sent to a participant.
        Feedback = "feedback",
        /// A volunteer asked for feedback.
        FeedbackRequest = "feedback_request",
        /// A reminder before a booking or a volunteer's duties.
        Reminder = "reminder",
        /// The follow-up survey.
        Survey = "survey",
        /// A coordinator's password-reset link.
        PasswordReset = "password_reset",
        /// A coordinator's own message to a group of an event's people.
        CoordinatorMessage = "coordinator_message",
        /// A new personal link someone asked for.
        NewLink = "new_link",
        /// Coordinators told that a mail could not be delivered.
        DeliveryFailed = "delivery_failed",
        /// An event's cancellation, for someone without a booking of their own there.
        EventCancelled = "event_cancelled",
        /// Someone who signed up on a public page asked to confirm their address.
        SignUpConfirm = "sign_up_confirm",
        /// A sign-up the coordinators declined.
        SignUpDeclined = "sign_up_declined",
    }
}
