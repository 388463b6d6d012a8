//! [`DeliveryStatus`]: where an outbox mail is on its way to the mail server.

use super::text_enum::text_enum;

text_enum! {
    /// An outbox row's delivery state (stored as text; the database's CHECK lists the same).
    pub enum DeliveryStatus, refused as UnknownDeliveryStatus ("a delivery status") {
        /// Waiting for its next attempt.
        Pending = "pending",
        /// Claimed by a worker until its lease ends.
        Sending = "sending",
        /// Accepted by the mail server (or written to a file).
        Sent = "sent",
        /// Given up (a permanent failure, or the last attempt failed); shown to coordinators.
        Failed = "failed",
    }
}

impl DeliveryStatus {
    /// Is the mail still on its way (not sent, not given up)?
    pub fn is_waiting(self) -> bool {
        matches!(self, Self::Pending | Self::Sending)
    }
}
