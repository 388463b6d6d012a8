//! `/coordinator/audit`: the audit log, newest first: who looked at or exported sensitive facts,
//! who changed which booking, who erased whom.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::state::AppState;
use crate::db::audit;
use crate::domain::time::format_instant;
use crate::entities::{coordinator, participant, volunteer};
use crate::i18n::request::page_locale;
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

/// What an action means, in words (unknown ones as stored).
fn action_text(action: &str) -> String {
    match action {
        "sensitive.viewed" => "looked at sensitive facts",
        "sensitive.changed" => "changed sensitive facts",
        "sensitive.exported" => "exported everyone's sensitive facts",
        "participant.erased" => "erased a person",
        "booking.arrived" => "checked a booking in",
        "booking.no_show" => "marked a booking as not come",
        "booking.arrival_undone" => "took a check-in mark back",
        "booking.came_late" => "seated a late-comer",
        "booking.from_standby" => "gave a free place from standby",
        "booking.event_cancelled" => "cancelled a booking with its event",
        "booking.allocated" => "gave a place from ranked choices",
        "booking.interviewer_absent" => "moved a booking: its interviewer did not come",
        "booking.offered" => "held a freed place for the next person waiting",
        "booking.offer_expired" => "passed on a place whose offer ran out",
        other => other,
    }
    .to_owned()
}

/// `GET /coordinator/audit`.
pub async fn show_audit(
    State(state): State<AppState>,
    _signed_in: SignedIn,
) -> Result<Html<String>, AppError> {
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
    let name = |kind: &str, id: Option<uuid::Uuid>| -> String {
        let found = match kind {
            "coordinator" => coordinators
                .iter()
                .find(|c| Some(c.id) == id)
                .map(|c| c.email.clone()),
            "volunteer" => volunteers
                .iter()
                .find(|v| Some(v.id) == id)
                .map(|v| format!("volunteer {}", v.name)),
            "participant" => people
                .iter()
                .find(|p| Some(p.id) == id)
                .map(|p| p.name.clone()),
            "system" => Some("the system (retention)".to_owned()),
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
            when: format_instant(e.at, &state.config.time_zone).unwrap_or_default(),
            who: name(&e.actor_kind, e.actor_id),
            what: action_text(&e.action),
            whom: name(&e.subject_kind, e.subject_id),
        })
        .collect();
    let page = Page {
        meta: Layout::new("Audit log", &state.config.programme_name, &page_locale()),
        lines,
    };
    Ok(Html(page.render()?))
}
