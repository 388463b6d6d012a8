//! Outgoing mail: the messages' templates (typed structs rendered from `emails/`), building MIME
//! messages from outbox rows, the transport (SMTP or `.eml` files), and the delivery worker.

pub mod message;
pub mod retry;
pub mod templates;
pub mod transport;
pub mod worker;
