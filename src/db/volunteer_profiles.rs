//! Volunteers with what they offer (languages with levels, occupation fields), read in three
//! queries however many volunteers are asked for.

use crate::domain::occupations;
use crate::entities::{volunteer, volunteer_expertise, volunteer_language};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use uuid::Uuid;

/// A volunteer with what they offer.
#[derive(Clone, Debug)]
pub struct VolunteerProfile {
    /// The volunteer.
    pub volunteer: volunteer::Model,
    /// Languages with levels.
    pub languages: Vec<volunteer_language::Model>,
    /// Occupation fields.
    pub expertise: Vec<String>,
}

/// Volunteers (with languages and expertise) by employer or by id.
pub async fn profiles(
    conn: &impl ConnectionTrait,
    employer_id: Option<Uuid>,
    ids: Option<Vec<Uuid>>,
) -> Result<Vec<VolunteerProfile>, DbErr> {
    let mut query = volunteer::Entity::find().order_by_asc(volunteer::Column::Name);
    if let Some(employer_id) = employer_id {
        query = query.filter(volunteer::Column::EmployerId.eq(employer_id));
    }
    if let Some(ids) = ids {
        query = query.filter(volunteer::Column::Id.is_in(ids));
    }
    let volunteers = query.all(conn).await?;
    let ids: Vec<Uuid> = volunteers.iter().map(|v| v.id).collect();
    let mut languages: HashMap<Uuid, Vec<volunteer_language::Model>> = HashMap::new();
    for row in volunteer_language::Entity::find()
        .filter(volunteer_language::Column::VolunteerId.is_in(ids.clone()))
        .order_by_asc(volunteer_language::Column::Language)
        .all(conn)
        .await?
    {
        languages.entry(row.volunteer_id).or_default().push(row);
    }
    let mut expertise: HashMap<Uuid, Vec<String>> = HashMap::new();
    for row in volunteer_expertise::Entity::find()
        .filter(volunteer_expertise::Column::VolunteerId.is_in(ids))
        .order_by_asc(volunteer_expertise::Column::OccupationField)
        .all(conn)
        .await?
    {
        expertise
            .entry(row.volunteer_id)
            .or_default()
            .push(occupations::key(&row.occupation_field));
    }
    Ok(volunteers
        .into_iter()
        .map(|volunteer| VolunteerProfile {
            languages: languages.remove(&volunteer.id).unwrap_or_default(),
            expertise: expertise.remove(&volunteer.id).unwrap_or_default(),
            volunteer,
        })
        .collect())
}
