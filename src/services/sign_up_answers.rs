//! The answers people gave to an event's own sign-up questions, as the participants list, its
//! CSV file and the API show them. (They are erased with the person: `db::erasure`.)

use crate::db::sign_up_forms;
use crate::domain::csv_export::{CsvSheet, inert_cell};
use crate::domain::ids::EventId;
use crate::services::error::ServiceError;
use crate::services::events::{self, EventSummary};
use crate::services::participants;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use std::collections::HashMap;
use uuid::Uuid;

/// An event's questions and everyone's answers.
#[derive(Clone, Debug, Default)]
pub struct Answers {
    /// (id, question) in the form's order.
    pub questions: Vec<(Uuid, String)>,
    by_person: HashMap<Uuid, HashMap<Uuid, String>>,
}

impl Answers {
    /// The person's answers as (question, answer), in the form's order, answered ones only.
    pub fn given_by(&self, person: Uuid) -> Vec<(String, String)> {
        let Some(own) = self.by_person.get(&person) else {
            return Vec::new();
        };
        self.questions
            .iter()
            .filter_map(|(id, label)| own.get(id).map(|answer| (label.clone(), answer.clone())))
            .collect()
    }

    /// The person's answer to each question in order (empty where none was given).
    pub fn row_of(&self, person: Uuid) -> Vec<&str> {
        let own = self.by_person.get(&person);
        self.questions
            .iter()
            .map(|(id, _)| own.and_then(|a| a.get(id)).map_or("", String::as_str))
            .collect()
    }
}

/// The questions and answers of event `event_id`.
pub async fn of_event(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
) -> Result<Answers, ServiceError> {
    let questions = sign_up_forms::questions(conn, EventId(event_id))
        .await?
        .into_iter()
        .map(|q| (q.id, q.label))
        .collect();
    let mut by_person: HashMap<Uuid, HashMap<Uuid, String>> = HashMap::new();
    for answer in sign_up_forms::answers(conn, EventId(event_id)).await? {
        by_person
            .entry(answer.participant_id)
            .or_default()
            .insert(answer.question_id, answer.answer);
    }
    Ok(Answers {
        questions,
        by_person,
    })
}

/// The columns of the participants file before the questions.
pub const PARTICIPANT_COLUMNS: &[&str] = &["name", "email", "phone", "language", "invited"];

/// The event's list as a CSV file (erased people left out), one column per question of its
/// own after the contact columns; answers the event too, whose date names the file.
pub async fn participants_csv(
    db: &DatabaseConnection,
    event_id: Uuid,
) -> Result<(EventSummary, String), ServiceError> {
    let event = events::find(db, event_id).await?;
    let answers = of_event(db, event_id).await?;
    let mut columns: Vec<String> = PARTICIPANT_COLUMNS
        .iter()
        .map(|c| (*c).to_owned())
        .collect();
    columns.extend(
        answers
            .questions
            .iter()
            .map(|(_, label)| inert_cell(label).into_owned()),
    );
    let headers: Vec<&str> = columns.iter().map(String::as_str).collect();
    let mut sheet = CsvSheet::new(&headers)?;
    for person in participants::listed(db, event_id).await? {
        if person.anonymised_at.is_some() {
            continue;
        }
        let invited = if person.invited_at.is_some() {
            "yes"
        } else {
            "no"
        };
        let mut cells = vec![
            person.name.as_str(),
            person.email.as_deref().unwrap_or_default(),
            person.phone.as_deref().unwrap_or_default(),
            person.locale.as_str(),
            invited,
        ];
        cells.extend(answers.row_of(person.id));
        sheet.row(cells)?;
    }
    Ok((EventSummary::from(&event), sheet.finish()?))
}
