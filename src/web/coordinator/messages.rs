//! `/coordinator/events/{id}/message`: write to everyone booked in a session, waiting for it,
//! or not booked at the event. The form shows who it will reach and the mail as they will read
//! it before anything is sent; sending is a second, deliberate step.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::fields::{FieldError, FormErrors};
use crate::domain::message_draft::{Audience, MessageDraft, MessageInput};
use crate::domain::token::looks_like_token;
use crate::i18n::request::page_locale;
use crate::mail::templates::{CoordinatorMessageEmail, MailHead};
use crate::services::error::ServiceError;
use crate::services::events::{self, EventDetails};
use crate::services::messages::{self, Previewed, Recipients};
use crate::services::tokens::new_token;
use crate::services::views::{self, SessionLine};
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

/// People named in the preview before "and N more".
const NAMED_IN_PREVIEW: usize = 20;

#[derive(Template)]
#[template(path = "coordinator/message.html")]
struct MessagePage {
    meta: Layout,
    csrf: String,
    event: EventDetails,
    /// (form value, text id, session title) per audience.
    audiences: Vec<(String, &'static str, String)>,
    input: MessageInput,
    errors: FormErrors,
    preview: Option<Preview>,
    notice: Option<(usize, usize)>,
    /// Why a send was refused (sent already), shown above the blank form.
    refusal: Option<String>,
}

/// What the coordinator sees before sending.
struct Preview {
    /// The one-time key the send form carries.
    key: String,
    /// The first names it will reach.
    named: Vec<String>,
    /// How many more it will reach.
    more: usize,
    /// How many it will reach in all.
    reachable: usize,
    /// How many of the audience have no address.
    without_address: usize,
    /// The mail's subject and plain text as the first of them will read them.
    mail: Option<(String, String)>,
}

/// The form with its token and the step asked for (`preview` or `send`); a send carries the
/// preview's one-time key and the number of people it showed.
#[derive(Deserialize)]
pub struct MessageForm {
    csrf: String,
    #[serde(default)]
    step: String,
    #[serde(default)]
    key: String,
    #[serde(default)]
    expected: usize,
    #[serde(flatten)]
    input: MessageInput,
}

/// `?sent=&skipped=` after sending.
#[derive(Deserialize)]
pub struct SentQuery {
    sent: Option<usize>,
    #[serde(default)]
    skipped: usize,
}

fn audiences(sessions: &[SessionLine]) -> Vec<(String, &'static str, String)> {
    let mut all: Vec<(String, &'static str, String)> = [
        (Audience::Everyone, "coord-message-everyone"),
        (Audience::BookedAtEvent, "coord-message-booked-at-event"),
        (Audience::NotBooked, "coord-message-not-booked"),
    ]
    .into_iter()
    .map(|(audience, text)| (audience.as_value(), text, String::new()))
    .collect();
    for session in sessions {
        all.push((
            Audience::BookedIn(session.id).as_value(),
            "coord-message-booked-in",
            session.title.clone(),
        ));
        all.push((
            Audience::WaitingFor(session.id).as_value(),
            "coord-message-waiting-for",
            session.title.clone(),
        ));
    }
    all
}

async fn page(
    state: &AppState,
    signed_in: &SignedIn,
    event_id: Uuid,
    (input, errors): (MessageInput, FormErrors),
    (preview, notice): (Option<Preview>, Option<(usize, usize)>),
) -> Result<Response, AppError> {
    let status = super::form_status(&errors);
    let page = build(
        state,
        signed_in,
        event_id,
        (input, errors),
        (preview, notice),
    )
    .await?;
    Ok((status, Html(page.render()?)).into_response())
}

/// The blank form with `refusal` above it, answered 409: a message sent already is not sent
/// again, and the coordinator is back on the form, not on an error page.
async fn refused_send(
    state: &AppState,
    signed_in: &SignedIn,
    event_id: Uuid,
    refusal: &crate::i18n::Message,
) -> Result<Response, AppError> {
    let blank = (MessageInput::default(), FormErrors::none());
    let mut page = build(state, signed_in, event_id, blank, (None, None)).await?;
    page.refusal = Some(refusal.in_locale(&page_locale()));
    Ok((StatusCode::CONFLICT, Html(page.render()?)).into_response())
}

async fn build(
    state: &AppState,
    signed_in: &SignedIn,
    event_id: Uuid,
    (input, errors): (MessageInput, FormErrors),
    (preview, notice): (Option<Preview>, Option<(usize, usize)>),
) -> Result<MessagePage, AppError> {
    let locale = page_locale();
    let stored = events::find(&state.db, event_id).await?;
    let sessions = views::session_lines(&state.db, &stored, &locale).await?;
    let event = EventDetails::from(stored);
    Ok(MessagePage {
        meta: Layout::titled_with(
            "coord-message-title",
            &[("event", &event.title)],
            &state.config.programme_name,
            &locale,
        ),
        csrf: signed_in.csrf.clone(),
        audiences: audiences(&sessions),
        event,
        input,
        errors: crate::web::form_errors_in(&errors, &locale),
        preview,
        notice,
        refusal: None,
    })
}

/// `GET /coordinator/events/{id}/message`.
pub async fn show_form(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Query(query): Query<SentQuery>,
) -> Result<Response, AppError> {
    let notice = query.sent.map(|sent| (sent, query.skipped));
    let blank = (MessageInput::default(), FormErrors::none());
    page(&state, &signed_in, event_id, blank, (None, notice)).await
}

/// `POST /coordinator/events/{id}/message`: shows the preview, or sends when asked to.
pub async fn preview_or_send(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Form(form): Form<MessageForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let refused = |errors: Vec<FieldError>| (form.input.clone(), FormErrors(errors));
    let draft = match MessageDraft::parse(&form.input) {
        Ok(draft) => draft,
        Err(errors) => {
            return page(&state, &signed_in, event_id, refused(errors), (None, None)).await;
        }
    };
    // A send without the preview's key shows the preview first.
    if form.step == "send" && looks_like_token(&form.key) {
        let acting = (Actor::Coordinator(signed_in.coordinator.id), now_ms());
        let previewed = Previewed {
            key: &form.key,
            reachable: form.expected,
        };
        let asked = (event_id, &draft, previewed);
        return match messages::send(&state.db, &state.config, asked, acting).await {
            Ok(sent) => Ok(Redirect::to(&format!(
                "/coordinator/events/{event_id}/message?sent={}&skipped={}",
                sent.reachable.len(),
                sent.without_address
            ))
            .into_response()),
            Err(ServiceError::Invalid(errors)) => {
                page(&state, &signed_in, event_id, refused(errors), (None, None)).await
            }
            Err(ServiceError::Conflict(why)) => {
                refused_send(&state, &signed_in, event_id, &why).await
            }
            Err(other) => Err(other.into()),
        };
    }
    let preview = match messages::recipients(&state.db, event_id, draft.audience).await {
        Ok(found) => preview_of(&state, event_id, &draft, found).await?,
        Err(ServiceError::Invalid(errors)) => {
            return page(&state, &signed_in, event_id, refused(errors), (None, None)).await;
        }
        Err(other) => return Err(other.into()),
    };
    let kept = (form.input, FormErrors::none());
    page(&state, &signed_in, event_id, kept, (Some(preview), None)).await
}

/// The preview of `draft` for `found`: their names and the mail the first of them would get
/// (with a placeholder where their personal link goes; no link is made for a preview).
async fn preview_of(
    state: &AppState,
    event_id: Uuid,
    draft: &MessageDraft,
    found: Recipients,
) -> Result<Preview, AppError> {
    let event = events::find(&state.db, event_id).await?;
    let event_title = crate::services::event_texts::title_of(&state.db, &event).await?;
    let mail = match found.reachable.first() {
        Some(person) => {
            let rendered = CoordinatorMessageEmail {
                head: MailHead::for_participant(&state.config, person),
                name: person.name.clone(),
                event_title,
                subject: draft.subject.clone(),
                text: draft.text.clone(),
                link: format!("{}/p/…", state.config.base_url),
            }
            .render()
            .map_err(ServiceError::from)?;
            Some((rendered.subject, rendered.text))
        }
        None => None,
    };
    Ok(Preview {
        key: new_token().map_err(ServiceError::from)?,
        named: found
            .reachable
            .iter()
            .take(NAMED_IN_PREVIEW)
            .map(|person| person.name.clone())
            .collect(),
        more: found.reachable.len().saturating_sub(NAMED_IN_PREVIEW),
        reachable: found.reachable.len(),
        without_address: found.without_address,
        mail,
    })
}
