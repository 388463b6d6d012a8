//! `/api/v1/events/{id}/volunteers`: the volunteers registered for an event with their slots; a
//! coordinator can register or withdraw one for an invited employer, with the same effects as
//! the employer's own page (slots re-planned, calendars updated, bookings moved or waitlisted).

use super::extract::{ApiCoordinator, JsonBody, Path};
use super::schema::{ErrorEnvelope, VolunteerOut, VolunteerSlotOut, WithdrawnOut, instant};
use crate::app::error::{ApiError, AppError};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::availability::EventHours;
use crate::domain::ids::{EmployerId, EventId};
use crate::domain::volunteer_draft::{VolunteerDraft, VolunteerInput};
use crate::i18n::MAIL_LANGUAGES;
use crate::services::event_lists::{self, VolunteerLine};
use crate::services::events;
use crate::services::volunteers::{self, Team};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use uuid::Uuid;

fn volunteer_out(volunteer: VolunteerLine) -> VolunteerOut {
    VolunteerOut {
        id: volunteer.id,
        employer_id: volunteer.employer_id,
        employer: volunteer.employer,
        name: volunteer.name,
        email: volunteer.email,
        job_title: volunteer.job_title,
        slots: volunteer
            .slots
            .into_iter()
            .map(|s| VolunteerSlotOut {
                id: s.id,
                session_id: s.session_id,
                starts_at: instant(s.starts_at),
                ends_at: instant(s.ends_at),
                booked: s.booked,
            })
            .collect(),
    }
}

/// The volunteers registered for an event, by employer and name, with their slots.
#[utoipa::path(get, path = "/api/v1/events/{event_id}/volunteers", tag = "volunteers",
    params(("event_id" = Uuid, Path, description = "The event")),
    responses((status = 200, body = [VolunteerOut]), (status = 404, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn list_volunteers(
    State(state): State<AppState>,
    _who: ApiCoordinator,
    Path(event_id): Path<Uuid>,
) -> Result<Json<Vec<VolunteerOut>>, ApiError> {
    let mut list: Vec<VolunteerOut> = event_lists::volunteers(&state.db, event_id)
        .await
        .map_err(AppError::from)?
        .into_iter()
        .map(volunteer_out)
        .collect();
    list.sort_by_key(|v| (v.employer.to_lowercase(), v.name.to_lowercase(), v.id));
    Ok(Json(list))
}

/// Registers a volunteer for an invited employer (or updates the one with that address).
/// `availability` is typed as on the employer's page: `17:30-19:30; 20:00-21:00` in the event's
/// zone, with the date in front for an event over several days.
#[utoipa::path(post, path = "/api/v1/events/{event_id}/employers/{employer_id}/volunteers",
    tag = "volunteers", request_body = VolunteerInput,
    params(("event_id" = Uuid, Path, description = "The event"),
        ("employer_id" = Uuid, Path, description = "An employer invited to the event")),
    responses((status = 201, body = VolunteerOut), (status = 422, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn register_volunteer(
    State(state): State<AppState>,
    who: ApiCoordinator,
    Path((event_id, employer_id)): Path<(Uuid, Uuid)>,
    JsonBody(input): JsonBody<VolunteerInput>,
) -> Result<(StatusCode, Json<VolunteerOut>), ApiError> {
    let event = events::summary(&state.db, event_id).await?;
    let hours = EventHours {
        zone: &event.time_zone,
        starts_at: event.starts_at,
        ends_at: event.ends_at,
    };
    let draft =
        VolunteerDraft::parse(&input, &hours, MAIL_LANGUAGES).map_err(AppError::Validation)?;
    let team = Team::Employer {
        event_id,
        employer_id,
        actor: Actor::Coordinator(who.id),
    };
    volunteers::save(&state.db, &state.config, team, None, &draft, now_ms()).await?;
    let (event, employer) = (EventId(event_id), EmployerId(employer_id));
    let saved = event_lists::volunteer_by_email(&state.db, event, employer, draft.email.as_str())
        .await
        .map_err(AppError::from)?;
    let out = volunteer_out(saved);
    Ok((StatusCode::CREATED, Json(out)))
}

/// Withdraws a volunteer from the event: their slots go (each with a calendar CANCEL) and the
/// bookings in them move to another free time or onto the waitlist, everyone told by mail.
#[utoipa::path(delete,
    path = "/api/v1/events/{event_id}/employers/{employer_id}/volunteers/{volunteer_id}",
    tag = "volunteers",
    params(("event_id" = Uuid, Path, description = "The event"),
        ("employer_id" = Uuid, Path, description = "The volunteer's employer"),
        ("volunteer_id" = Uuid, Path, description = "The volunteer")),
    responses((status = 200, body = WithdrawnOut), (status = 409, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn withdraw_volunteer(
    State(state): State<AppState>,
    who: ApiCoordinator,
    Path((event_id, employer_id, volunteer_id)): Path<(Uuid, Uuid, Uuid)>,
) -> Result<Json<WithdrawnOut>, ApiError> {
    let team = Team::Employer {
        event_id,
        employer_id,
        actor: Actor::Coordinator(who.id),
    };
    let outcome =
        volunteers::withdraw(&state.db, &state.config, team, volunteer_id, now_ms()).await?;
    Ok(Json(WithdrawnOut {
        moved: outcome.relocated.moved,
        waitlisted: outcome.relocated.waitlisted,
    }))
}
