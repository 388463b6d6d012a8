//! `/coordinator/audit`: the audit log, newest first: who looked at or exported sensitive facts,
//! who changed which booking, who erased whom.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::state::AppState;
use crate::db::audit;
use crate::domain::locale::Locale;
use crate::entities::{coordinator, employer, employer_contact, participant, volunteer};
use crate::i18n::request::page_locale;
use crate::i18n::{self, dates};
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::State;
use axum::response::Html;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// How many entries the page shows.
const SHOWN: u64 = 300;

/// One line of the log as shown.
struct Line {
    when: String,
    who: String,
    what: String,
    whom: String,
}

#[derive(Template)]
#[template(path = "coordinator/audit.html")]
struct Page {
    meta: Layout,
    lines: Vec<Line>,
}

/// What an action means, in words of `locale` (unknown ones as stored).
pub(super) fn action_text(action: &str, locale: &Locale) -> String {
    let id = format!("coord-audit-{}", action.replace(['.', '_'], "-"));
    if i18n::has_text(&Locale::default(), &id) {
        i18n::text(locale, &id, &[])
    } else {
        action.to_owned()
    }
}

/// An employer's contact as "Lena Vogel of Acme", in `locale`'s words.
fn contact_name(
    contacts: &[employer_contact::Model],
    employers: &[employer::Model],
    id: Option<uuid::Uuid>,
    locale: &Locale,
) -> Option<String> {
    let contact = contacts.iter().find(|c| Some(c.id) == id)?;
    let employer = employers
        .iter()
        .find(|e| e.id == contact.employer_id)
        .map_or("", |e| e.name.as_str());
    let args = [("name", contact.name.as_str()), ("employer", employer)];
    Some(i18n::text(locale, "coord-audit-employer-contact", &args))
}

/// `GET /coordinator/audit`.
pub async fn show_audit(
    State(state): State<AppState>,
    _signed_in: SignedIn,
) -> Result<Html<String>, AppError> {
    let locale = page_locale();
    let entries = audit::latest(&state.db, None, SHOWN).await?;
    let ids = |kind: &str| -> Vec<uuid::Uuid> {
        entries
            .iter()
            .flat_map(|e| {
                let actor = (e.actor_kind == kind).then_some(e.actor_id).flatten();
                let subject = (e.subject_kind == kind).then_some(e.subject_id).flatten();
                [actor, subject]
            })
            .flatten()
            .collect()
    };
    let coordinators = coordinator::Entity::find()
        .filter(coordinator::Column::Id.is_in(ids("coordinator")))
        .all(&state.db)
        .await?;
    let volunteers = volunteer::Entity::find()
        .filter(volunteer::Column::Id.is_in(ids("volunteer")))
        .all(&state.db)
        .await?;
    let people = participant::Entity::find()
        .filter(participant::Column::Id.is_in(ids("participant")))
        .all(&state.db)
        .await?;
    let contacts = employer_contact::Entity::find()
        .filter(employer_contact::Column::Id.is_in(ids("employer_contact")))
        .all(&state.db)
        .await?;
    let employers = employer::Entity::find()
        .filter(employer::Column::Id.is_in(contacts.iter().map(|c| c.employer_id)))
        .all(&state.db)
        .await?;
    let name = |kind: &str, id: Option<uuid::Uuid>| -> String {
        let found = match kind {
            "coordinator" => coordinators
                .iter()
                .find(|c| Some(c.id) == id)
                .map(|c| c.email.clone()),
            "volunteer" => volunteers
                .iter()
                .find(|v| Some(v.id) == id)
                .map(|v| i18n::text(&locale, "coord-audit-volunteer", &[("name", &v.name)])),
            "participant" => people
                .iter()
                .find(|p| Some(p.id) == id)
                .map(|p| p.name.clone()),
            "employer_contact" => contact_name(&contacts, &employers, id, &locale),
            "system" => Some(i18n::text(&locale, "coord-audit-system", &[])),
            _ => None,
        };
        found.unwrap_or_else(|| match id {
            Some(id) => format!("{kind} {}", &id.to_string()[..8]),
            None => kind.to_owned(),
        })
    };
    let lines = entries
        .iter()
        .map(|e| Line {
            when: dates::instant(&locale, e.at, &state.config.time_zone).unwrap_or_default(),
            who: name(&e.actor_kind, e.actor_id),
            what: action_text(&e.action, &locale),
            whom: name(&e.subject_kind, e.subject_id),
        })
        .collect();
    let page = Page {
        meta: Layout::titled("coord-audit-title", &state.config.programme_name, &locale),
        lines,
    };
    Ok(Html(page.render()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_recorded_action_has_words_in_english_and_german() {
        let actions = [
            "sensitive.viewed",
            "sensitive.changed",
            "sensitive.exported",
            "participant.erased",
            "booking.arrived",
            "booking.no_show",
            "booking.arrival_undone",
            "booking.came_late",
            "booking.from_standby",
            "booking.event_cancelled",
            "booking.allocated",
            "booking.interviewer_absent",
            "booking.offered",
            "booking.offer_expired",
            "booking.booked",
            "booking.moved",
            "booking.cancelled",
            "booking.waitlisted",
            "booking.offer_accepted",
            "booking.waitlist_left",
            "booking.relocated",
            "booking.waitlisted_unavailable",
            "booking.retimed",
        ];
        for action in actions {
            for language in ["en", "de"] {
                let words = action_text(action, &Locale::parse(language));
                assert_ne!(words, action, "{language}: {action}");
            }
        }
        assert_eq!(action_text("made.up", &Locale::parse("de")), "made.up");
    }
}
