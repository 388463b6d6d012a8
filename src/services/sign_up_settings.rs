//! The coordinator's side of an event's public sign-up: open or close it to job seekers and
//! employers, choose the sessions its page shows, write up to ten questions of their own, and
//! see the sign-ups waiting for an answer, each with what the person wrote.

use super::sign_up_review::questions_of;
use crate::db::{audit, begin_write, sessions as session_rows, sign_up_forms, sign_ups};
use crate::domain::actor::Actor;
use crate::domain::ids::EventId;
use crate::domain::locale::native_name;
use crate::domain::occupations;
use crate::domain::sign_up::{EmployerForm, ParticipantForm, SignUpKind};
use crate::domain::sign_up_question::{MAX_QUESTIONS, Question, QuestionDraft};
use crate::domain::spoken_languages::spoken_name;
use crate::entities::{sign_up, sign_up_form, sign_up_question};
use crate::i18n::Message;
use crate::services::error::ServiceError;
use crate::services::events;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// What the coordinator chose.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Job seekers may sign up.
    pub participants_open: bool,
    /// The page shows every session (else `sessions`).
    pub whole_event: bool,
    /// A phone number may stand in for the address.
    pub phone_allowed: bool,
    /// A coordinator accepts each confirmed sign-up.
    pub approval: bool,
    /// Employers may sign up.
    pub employers_open: bool,
    /// The sessions shown when not the whole event.
    pub sessions: Vec<Uuid>,
}

/// A session to tick.
#[derive(Clone, Debug)]
pub struct SessionChoice {
    /// Its id.
    pub id: Uuid,
    /// Its title.
    pub title: String,
    /// Start (ms).
    pub starts_at: i64,
}

/// One thing a person wrote, as the waiting list shows it: a label (a text id, or the
/// coordinator's own question) and the value.
#[derive(Clone, Debug)]
pub struct Line {
    /// The label's text id (empty when `label` is the question itself).
    pub label_id: &'static str,
    /// The coordinator's own question.
    pub label: String,
    /// What was written.
    pub value: String,
}

/// A sign-up waiting for a coordinator.
#[derive(Clone, Debug)]
pub struct Waiting {
    /// Its id.
    pub id: Uuid,
    /// Job seeker or employer.
    pub kind: SignUpKind,
    /// The name given.
    pub name: String,
    /// When the address was confirmed (or the phone sign-up sent), ms.
    pub confirmed_at: i64,
    /// Whether only a phone number was given.
    pub phone_only: bool,
    /// What they wrote.
    pub lines: Vec<Line>,
}

/// The page's facts.
#[derive(Clone, Debug)]
pub struct Overview {
    /// The settings as saved (all off before the event was ever opened).
    pub settings: Settings,
    /// The public page's path (`/events/{slug}`).
    pub public_path: String,
    /// The event's sessions.
    pub sessions: Vec<SessionChoice>,
    /// The event's own questions.
    pub questions: Vec<Question>,
    /// Sign-ups waiting for an answer.
    pub waiting: Vec<Waiting>,
    /// The event's time zone, for times shown.
    pub time_zone: String,
}

fn line(label_id: &'static str, value: impl Into<String>) -> Line {
    Line {
        label_id,
        label: String::new(),
        value: value.into(),
    }
}

/// What a sign-up says, in `lang` where the list has names (for the coordinator deciding on
/// it, and for the person confirming it).
pub(crate) fn lines_of(row: &sign_up::Model, questions: &[Question], lang: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    if row.kind == SignUpKind::Employer.as_str() {
        let form: EmployerForm = serde_json::from_str(&row.details).unwrap_or_default();
        lines.push(line("sign-up-organisation", form.organisation));
        lines.push(line("sign-up-email", form.contact_email));
        lines.push(line("sign-up-offer", form.offer));
        return lines;
    }
    let form: ParticipantForm = serde_json::from_str(&row.details).unwrap_or_default();
    lines.push(line(
        if form.email.is_empty() {
            "sign-up-phone"
        } else {
            "sign-up-email"
        },
        if form.email.is_empty() {
            form.phone.clone()
        } else {
            form.email.clone()
        },
    ));
    lines.push(line("sign-up-language", native_name(&form.language)));
    if !form.occupations.is_empty() {
        lines.push(line(
            "sign-up-occupations",
            occupations::shown(&form.occupations, lang),
        ));
    }
    let spoken: Vec<String> = form
        .languages
        .iter()
        .filter(|(code, _)| !code.is_empty())
        // Isolated, so a name written right to left keeps its level beside it.
        .map(|(code, level)| format!("\u{2068}{}\u{2069} {level}", spoken_name(code)))
        .collect();
    if !spoken.is_empty() {
        lines.push(line("sign-up-languages", spoken.join(", ")));
    }
    if !form.needs.is_empty() {
        lines.push(line("sign-up-needs", form.needs.clone()));
    }
    for question in questions {
        if let Some(answer) = form
            .answers
            .get(&question.field())
            .filter(|a| !a.is_empty())
        {
            lines.push(Line {
                label_id: "",
                label: question.label.clone(),
                value: answer.clone(),
            });
        }
    }
    lines
}

/// The sign-up page of event `event_id`, with names in `lang`.
pub async fn overview(
    db: &DatabaseConnection,
    event_id: Uuid,
    lang: &str,
) -> Result<Overview, ServiceError> {
    let event = events::find(db, event_id).await?;
    let id = EventId(event_id);
    let settings = match sign_up_forms::settings(db, id).await? {
        Some(form) => Settings {
            participants_open: form.participants_open,
            whole_event: form.whole_event,
            phone_allowed: form.phone_allowed,
            approval: form.approval,
            employers_open: form.employers_open,
            sessions: sign_up_forms::sessions(db, id).await?,
        },
        None => Settings {
            whole_event: true,
            ..Settings::default()
        },
    };
    let questions = questions_of(sign_up_forms::questions(db, id).await?);
    let waiting = sign_ups::awaiting(db, id)
        .await?
        .into_iter()
        .map(|row| Waiting {
            id: row.id,
            kind: row.kind.parse().unwrap_or(SignUpKind::Participant),
            confirmed_at: row.confirmed_at.unwrap_or(row.created_at),
            phone_only: row.address.is_none(),
            lines: lines_of(&row, &questions, lang),
            name: row.name,
        })
        .collect();
    let sessions = session_rows::of_event(db, event_id)
        .await?
        .into_iter()
        .map(|s| SessionChoice {
            id: s.id,
            title: s.title,
            starts_at: s.starts_at,
        })
        .collect();
    Ok(Overview {
        settings,
        public_path: format!("/events/{}", event.slug),
        sessions,
        questions,
        waiting,
        time_zone: event.time_zone,
    })
}

/// Saves the settings of event `event_id` (sessions of other events are ignored); audited.
pub async fn save(
    db: &DatabaseConnection,
    event_id: Uuid,
    settings: &Settings,
    (actor, now_ms): (Actor, i64),
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    events::find_editable(&txn, event_id).await?;
    let own: Vec<Uuid> = session_rows::of_event(&txn, event_id)
        .await?
        .into_iter()
        .map(|s| s.id)
        .filter(|id| !settings.whole_event && settings.sessions.contains(id))
        .collect();
    let row = sign_up_form::Model {
        event_id,
        participants_open: settings.participants_open,
        whole_event: settings.whole_event,
        phone_allowed: settings.phone_allowed,
        approval: settings.approval,
        employers_open: settings.employers_open,
        updated_at: now_ms,
    };
    sign_up_forms::save_settings(&txn, row, &own).await?;
    audit::event_changed(
        &txn,
        actor,
        "event.sign_up_changed",
        EventId(event_id),
        now_ms,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Adds a question at the end of the form of event `event_id` (at most ten); audited.
pub async fn add_question(
    db: &DatabaseConnection,
    event_id: Uuid,
    draft: QuestionDraft,
    (actor, now_ms): (Actor, i64),
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    events::find_editable(&txn, event_id).await?;
    let asked = sign_up_forms::questions(&txn, EventId(event_id)).await?;
    if asked.len() >= MAX_QUESTIONS {
        return Err(ServiceError::Conflict(Message::new(
            "coord-sign-up-questions-full",
        )));
    }
    let row = sign_up_question::Model {
        id: Uuid::now_v7(),
        event_id,
        // After the last one, wherever earlier removals left gaps.
        position: asked.iter().map(|q| q.position).max().unwrap_or(0) + 1,
        kind: draft.kind.as_str().to_owned(),
        label: draft.label,
        choices: draft.choices.join("\n"),
        required: draft.required,
    };
    sign_up_forms::add_question(&txn, row).await?;
    audit::event_changed(
        &txn,
        actor,
        "event.question_added",
        EventId(event_id),
        now_ms,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Removes question `id` of event `event_id` with its answers; audited.
pub async fn remove_question(
    db: &DatabaseConnection,
    (event_id, id): (Uuid, Uuid),
    (actor, now_ms): (Actor, i64),
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    events::find_editable(&txn, event_id).await?;
    if !sign_up_forms::remove_question(&txn, EventId(event_id), id).await? {
        return Err(ServiceError::NotFound);
    }
    crate::db::translations::delete_of(&txn, id).await?;
    audit::event_changed(
        &txn,
        actor,
        "event.question_removed",
        EventId(event_id),
        now_ms,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
