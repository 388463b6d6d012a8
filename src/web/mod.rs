//! Server-rendered pages, one module per role, plus the development mailbox.
//!
//! Handlers are thin: extract, parse, call one service, render. GET handlers never change state.

pub mod calendar;
pub mod coordinator;
pub mod csrf;
pub mod dev_mail;
pub mod employer;
pub mod layout;
pub mod link_requests;
pub mod occupation_choices;
pub mod participant;
pub mod participant_bookings;
pub mod participant_data;
pub mod participant_language;
pub mod participant_survey;
pub mod public;
pub mod qr;
pub mod sign_up;
pub mod sign_up_confirm;
pub mod staff_links;
pub mod upload;
pub mod volunteer;
pub mod volunteer_feedback;

use crate::domain::fields::FormErrors;
use axum::http::StatusCode;

/// The status of a form page: 422 when it is shown again with problems, else 200.
pub(crate) fn form_status(errors: &FormErrors) -> StatusCode {
    if errors.any() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    }
}

/// A page's form problems in the reader's language: checks report text ids with their
/// arguments (or, where not yet moved to ids, plain English), put into words here.
pub(crate) fn form_errors_in(
    errors: &FormErrors,
    locale: &crate::domain::locale::Locale,
) -> FormErrors {
    FormErrors(crate::i18n::localise_errors(&errors.0, locale))
}

/// A service's refusal of a form's change, to show on the form itself rather than on a page
/// with no way back: problems with fields next to their fields, a refusal of the whole change
/// (a conflict, e.g. a shorter session that would drop booked times) at the top of the form,
/// in the reader's language. Anything else passes on.
pub(crate) fn refusal_on_form(
    error: impl Into<crate::app::error::AppError>,
) -> Result<FormErrors, crate::app::error::AppError> {
    use crate::app::error::AppError;
    use crate::domain::fields::FieldError;
    match error.into() {
        AppError::Validation(errors) => Ok(FormErrors(errors)),
        AppError::Conflict(message) => {
            let told = message.in_locale(&crate::i18n::request::page_locale());
            // No field to point at: the summary shows it without a link.
            Ok(FormErrors(vec![FieldError::new("", told)]))
        }
        other => Err(other),
    }
}

/// Whether `back` (a form's hidden "come back here" field) is `home` or a page under it on this
/// site: no other host (`//`, `\`), no line breaks or spaces, no absurd length. Language forms
/// return only to such pages, so they can never send anyone elsewhere.
pub(crate) fn stays_under(home: &str, back: &str) -> bool {
    back.strip_prefix(home).is_some_and(|rest| {
        (rest.is_empty() || rest.starts_with('/') || rest.starts_with('?'))
            && !rest.contains("//")
            && !rest.contains('\\')
            && back.len() <= 2_000
            && !rest.chars().any(|c| c.is_control() || c == ' ')
    })
}
