//! [`RunStatus`]: what became of an allocation run.

use super::text_enum::text_enum;

text_enum! {
    /// An allocation run's state (stored as text; the database's CHECK lists the same).
    pub enum RunStatus, refused as UnknownRunStatus ("an allocation run status") {
        /// Computed and shown, nothing booked yet.
        Preview = "preview",
        /// Its places were booked.
        Committed = "committed",
        /// Replaced by a later preview or a commit.
        Discarded = "discarded",
    }
}
