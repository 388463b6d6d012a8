//! How many sign-ups may come from one place: counted in the database (so every instance
//! shares the count), against hashes of the client and of the contact, never their values.

use crate::db::sign_ups;
use crate::domain::ids::EventId;
use crate::domain::phone::PhoneNumber;
use crate::domain::sign_up::{
    LIMIT_WINDOW_MS, PER_ADDRESS_PER_HOUR, PER_CLIENT_PER_HOUR, PHONE_ONLY_PER_EVENT_PER_HOUR,
};
use crate::domain::token::token_hash;
use crate::services::error::ServiceError;
use sea_orm::DatabaseTransaction;

/// Who a sign-up will reach, for its own limit.
pub(crate) enum Contact<'a> {
    /// An e-mail address: each sign-up sends it a mail.
    Address(&'a str),
    /// A phone number only: the sign-up goes straight to the coordinators, so the event's
    /// count of such sign-ups is limited too.
    Phone(&'a PhoneNumber, EventId),
    /// Not counted (a robot's sign-up counts against its client only, never against the
    /// contact it typed).
    Robot,
}

/// What the limits allow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Allowed {
    /// Go on.
    Yes,
    /// The contact is over its limit: nothing is sent or kept, and the page says what it
    /// always says.
    Quietly,
    /// The client is over its limit: it is told to wait.
    ClientWaits,
}

/// Counts this sign-up against its client and contact, and says whether it may go on.
pub(crate) async fn count(
    txn: &DatabaseTransaction,
    client: &str,
    contact: Contact<'_>,
    now_ms: i64,
) -> Result<Allowed, ServiceError> {
    let since = now_ms - LIMIT_WINDOW_MS;
    let client_key = token_hash(&format!("sign-up-client:{client}"));
    if sign_ups::attempts_since(txn, &client_key, since).await? >= PER_CLIENT_PER_HOUR {
        return Ok(Allowed::ClientWaits);
    }
    let limited: Vec<(String, u64)> = match contact {
        Contact::Address(address) => vec![(
            token_hash(&format!("sign-up-address:{address}")),
            PER_ADDRESS_PER_HOUR,
        )],
        Contact::Phone(phone, event) => vec![
            (
                token_hash(&format!("sign-up-phone:{}", phone.key())),
                PER_ADDRESS_PER_HOUR,
            ),
            (
                token_hash(&format!("sign-up-phone-event:{}", event.0)),
                PHONE_ONLY_PER_EVENT_PER_HOUR,
            ),
        ],
        Contact::Robot => Vec::new(),
    };
    let mut allowed = Allowed::Yes;
    for (key, most) in &limited {
        if sign_ups::attempts_since(txn, key, since).await? >= *most {
            allowed = Allowed::Quietly;
        }
    }
    let mut keys = vec![client_key.as_str()];
    keys.extend(limited.iter().map(|(key, _)| key.as_str()));
    sign_ups::record_attempt(txn, &keys, now_ms).await?;
    Ok(allowed)
}
