//! Outgoing mail: the messages' templates (typed structs rendered from `emails/`), building MIME
//! messages from outbox rows, the transport (SMTP or `.eml` files), and the retry schedule. The
//! worker that delivers the outbox is `jobs::delivery`.

pub mod message;
pub mod recipient;
pub mod retry;
pub mod smtp;
pub mod templates;
pub mod transport;
