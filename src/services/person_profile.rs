//! What a person told about themselves, as the coordinator reads it on their page: occupation
//! fields, languages with levels, needs, and their answers to the event's own questions.

use super::sign_up_settings::Line;
use crate::db::participants;
use crate::domain::locale::Locale;
use crate::domain::occupations::Occupation;
use crate::domain::spoken_languages::spoken_name;
use crate::services::error::ServiceError;
use crate::services::sign_up_answers;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

fn line(label_id: &'static str, value: String) -> Line {
    Line {
        label_id,
        label: String::new(),
        value,
    }
}

/// The profile of `person` at `event`, names in `locale`; empty lines are left out.
pub async fn profile(
    db: &DatabaseConnection,
    (event_id, person): (Uuid, Uuid),
    locale: &Locale,
) -> Result<Vec<Line>, ServiceError> {
    let Some(found) = participants::find(db, person).await? else {
        return Ok(Vec::new());
    };
    let (occupations, languages) = participants::fields_and_languages(db, person).await?;
    let mut lines = Vec::new();
    let fields: Vec<String> = occupations
        .iter()
        .map(|stored| Occupation::read(stored).shown(locale.lang()))
        .collect();
    if !fields.is_empty() {
        lines.push(line("coord-person-occupations", fields.join(", ")));
    }
    let spoken: Vec<String> = languages
        .iter()
        // Isolated, so a name written right to left keeps its level beside it.
        .map(|l| format!("\u{2068}{}\u{2069} {}", spoken_name(&l.language), l.level))
        .collect();
    if !spoken.is_empty() {
        lines.push(line("coord-person-languages", spoken.join(", ")));
    }
    if !found.needs.is_empty() {
        lines.push(line("coord-person-needs-told", found.needs));
    }
    let answers = sign_up_answers::of_event(db, event_id).await?;
    for (question, answer) in answers.given_by(person) {
        lines.push(Line {
            label_id: "",
            label: question,
            value: answer,
        });
    }
    Ok(lines)
}
