//! Turns an outbox row into a MIME message.
//!
//! With a calendar part the structure is `multipart/mixed` holding `multipart/alternative`
//! (text, HTML, `text/calendar; method=...`) plus the same calendar as `invite.ics`: Outlook needs
//! the inline part, other clients look for the attachment.

use crate::entities::outbox_message;
use crate::mail::recipient::to_header_value;
use lettre::Message;
use lettre::address::{Address, Envelope};
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};

/// Why a row cannot become a message (a permanent fault of the row, not of the server).
#[derive(Debug, thiserror::Error)]
pub enum BuildMessageError {
    /// The recipient address cannot be used.
    #[error("recipient '{0}' is not a deliverable address")]
    Recipient(String),
    /// The calendar method is not REQUEST or CANCEL.
    #[error("calendar method '{0}' is not REQUEST or CANCEL")]
    CalendarMethod(String),
    /// lettre refused the assembled message.
    #[error("the message could not be assembled: {0}")]
    Assemble(#[from] lettre::error::Error),
}

/// Builds the message for `row`, sent from `from`.
pub fn build_message(
    row: &outbox_message::Model,
    from: &Mailbox,
) -> Result<Message, BuildMessageError> {
    let address: Address = row
        .to_address
        .parse()
        .map_err(|_| BuildMessageError::Recipient(row.to_address.clone()))?;
    // Names and subjects are one line when typed today; rows from before that rule may still
    // hold a line break, which a header cannot hold, so each becomes a space.
    let name = one_line(&row.to_name);
    // The `To:` header is written here so that a long non-Latin name is cut between words
    // (`mail::recipient`); the envelope then names the recipient itself.
    let to = HeaderValue::dangerous_new_pre_encoded(
        HeaderName::new_from_ascii_str("To"),
        name.clone(),
        to_header_value(&name, address.as_ref()),
    );
    let envelope = Envelope::new(Some(from.email.clone()), vec![address])?;
    let builder = Message::builder()
        .from(from.clone())
        .raw_header(to)
        .envelope(envelope)
        .subject(one_line(&row.subject))
        .message_id(Some(row.message_id.clone()));
    let text_and_html = MultiPart::alternative()
        .singlepart(SinglePart::plain(row.body_text.clone()))
        .singlepart(SinglePart::html(row.body_html.clone()));

    let message = match (&row.calendar_method, &row.calendar_ics) {
        (Some(method), Some(ics)) => {
            let method = method.to_ascii_uppercase();
            if method != "REQUEST" && method != "CANCEL" {
                return Err(BuildMessageError::CalendarMethod(method));
            }
            let inline_type =
                content_type(&format!("text/calendar; method={method}; charset=UTF-8"))?;
            let file_type = content_type("application/ics; name=\"invite.ics\"")?;
            let inline = SinglePart::builder().header(inline_type).body(ics.clone());
            builder.multipart(
                MultiPart::mixed()
                    .multipart(text_and_html.singlepart(inline))
                    .singlepart(
                        Attachment::new("invite.ics".to_owned()).body(ics.clone(), file_type),
                    ),
            )?
        }
        _ => builder.multipart(text_and_html)?,
    };
    Ok(message)
}

/// `text` with every control character (a line break, a tab, NUL) made a space.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_owned()
}

fn content_type(text: &str) -> Result<ContentType, BuildMessageError> {
    ContentType::parse(text).map_err(|_| BuildMessageError::CalendarMethod(text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(to_name: &str, subject: &str) -> outbox_message::Model {
        outbox_message::Model {
            id: uuid::Uuid::now_v7(),
            message_id: "<1@fairplan.test>".to_owned(),
            kind: crate::domain::mail_kind::MailKind::BookingConfirmed,
            to_address: "amira@example.org".to_owned(),
            to_name: to_name.to_owned(),
            subject: subject.to_owned(),
            body_text: "Hello".to_owned(),
            body_html: "<p>Hello</p>".to_owned(),
            calendar_method: None,
            calendar_ics: None,
            participant_id: None,
            status: crate::domain::delivery_status::DeliveryStatus::Pending,
            attempts: 0,
            next_attempt_at: 0,
            lease_until: None,
            last_error: None,
            created_at: 0,
            sent_at: None,
        }
    }

    #[test]
    fn a_name_or_subject_with_a_line_break_stays_on_its_header_line() {
        let from: Mailbox = "Fairplan <noreply@fairplan.test>".parse().unwrap();
        let message = build_message(
            &row("Amira\r\nBcc: x@evil.example", "Hi\r\nBcc: y@evil.example"),
            &from,
        )
        .unwrap();
        let text = String::from_utf8(message.formatted()).unwrap();
        assert!(!text.contains("\r\nBcc:"), "{text}");
    }
}
