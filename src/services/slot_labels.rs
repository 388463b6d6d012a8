//! How a participant sees a bookable slot: employer, the volunteer's job title and languages.

use crate::entities::slot;
use crate::services::error::ServiceError;
use sea_orm::DatabaseConnection;
use std::collections::HashMap;

/// Labels slots by employer, the volunteer's job title and languages (never the volunteer's
/// e-mail address).
pub(crate) async fn slot_labels(
    db: &DatabaseConnection,
    slots: &[slot::Model],
) -> Result<HashMap<uuid::Uuid, String>, ServiceError> {
    let volunteer_ids: Vec<_> = slots.iter().filter_map(|s| s.volunteer_id).collect();
    let profiles = crate::db::volunteer_profiles::profiles(db, None, Some(volunteer_ids)).await?;
    let mut employer_ids: Vec<_> = slots.iter().filter_map(|s| s.employer_id).collect();
    employer_ids.extend(profiles.iter().map(|p| p.volunteer.employer_id));
    let employers = crate::db::employers::by_ids(db, employer_ids).await?;
    let mut labels = HashMap::new();
    for slot in slots {
        let profile = slot
            .volunteer_id
            .and_then(|v| profiles.iter().find(|p| p.volunteer.id == v));
        let employer_id = slot
            .employer_id
            .or(profile.map(|p| p.volunteer.employer_id));
        let employer = employer_id
            .and_then(|e| employers.get(&e))
            .map(|e| e.name.clone());
        let mut parts: Vec<String> = Vec::new();
        if !slot.label.is_empty() {
            parts.push(slot.label.clone());
        }
        parts.extend(employer);
        if let Some(profile) = profile {
            parts.push(profile.volunteer.job_title.clone());
            let languages: Vec<String> = profile
                .languages
                .iter()
                .map(|l| format!("{} {}", l.language, l.level))
                .collect();
            if !languages.is_empty() {
                parts.push(languages.join(", "));
            }
        }
        labels.insert(slot.id, parts.join(" · "));
    }
    Ok(labels)
}
