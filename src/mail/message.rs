//! Turns an outbox row into a MIME message.
//!
//! With a calendar part the structure is `multipart/mixed` holding `multipart/alternative`
//! (text, HTML, `text/calendar; method=...`) plus the same calendar as `invite.ics`: Outlook needs
//! the inline part, other clients look for the attachment.

use crate::entities::outbox_message;
use lettre::Message;
use lettre::message::header::ContentType;
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
    let address = row
        .to_address
        .parse()
        .map_err(|_| BuildMessageError::Recipient(row.to_address.clone()))?;
    let name = (!row.to_name.is_empty()).then(|| row.to_name.clone());
    let to = Mailbox::new(name, address);
    let builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(row.subject.clone())
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

fn content_type(text: &str) -> Result<ContentType, BuildMessageError> {
    ContentType::parse(text).map_err(|_| BuildMessageError::CalendarMethod(text.to_owned()))
}
