//! Outgoing mail: building MIME messages from outbox rows, the transport (SMTP or `.eml` files),
//! and the delivery worker.

pub mod message;
pub mod retry;
pub mod transport;
pub mod worker;
