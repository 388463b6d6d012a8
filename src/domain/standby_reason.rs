//! [`StandbyReason`]: why someone waits on the day's standby list.

use super::text_enum::text_enum;

text_enum! {
    /// Why a person is on the standby list (stored as text; the database's CHECK lists the same).
    pub enum StandbyReason, refused as UnknownStandbyReason ("a standby reason") {
        /// Came without being on the event's list.
        WalkIn = "walk_in",
        /// On the list, came without a booking.
        NoBooking = "no_booking",
        /// Their interviewer did not come.
        InterviewerAbsent = "interviewer_absent",
    }
}
