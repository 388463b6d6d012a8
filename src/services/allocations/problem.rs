//! Turns a preferences session as it stands in the database into the pure engine's input: the
//! free places of its slots, and the participants still wanting one with their profiles,
//! choices, other bookings (as busy times) and the places they already hold here.

use crate::allocation::{
    AllocationInput, Language, OptionSpec, ParticipantSpec, SessionRules, Span,
};
use crate::db::allocations;
use crate::domain::booking_status::BookingStatus;
use crate::domain::occupations;
use crate::domain::session_format::Format;
use crate::entities::{booking, event, participant, session, slot};
use crate::services::error::ServiceError;
use sea_orm::ConnectionTrait;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// What the coordinator chose for a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RunSettings {
    /// The lottery's seed.
    pub seed: u64,
    /// Also place people who gave no choices (by occupation fit).
    pub include_unranked: bool,
}

/// The engine's input for `session` of `event` as it stands, with `settings`.
pub async fn load(
    conn: &impl ConnectionTrait,
    session: &session::Model,
    event: &event::Model,
    settings: RunSettings,
) -> Result<AllocationInput, ServiceError> {
    load_for(conn, session, event, settings, None).await
}

/// [`load`] for `only` these people when given (the standby list on the day), including those
/// waiting on the session's list: the free places go to them and nobody else.
pub async fn load_for(
    conn: &impl ConnectionTrait,
    session: &session::Model,
    event: &event::Model,
    settings: RunSettings,
    only: Option<&HashSet<Uuid>>,
) -> Result<AllocationInput, ServiceError> {
    let slots = crate::db::slots::of_session(conn, session.id).await?;
    let options = options(conn, session, &slots).await?;

    let mut rankings: HashMap<Uuid, Vec<String>> = HashMap::new();
    for choice in allocations::choices(conn, session.id).await? {
        rankings
            .entry(choice.participant_id)
            .or_default()
            .push(choice.slot_id.to_string());
    }
    let everyone = allocations::participants_of_event(conn, event.id).await?;
    let ids: Vec<Uuid> = everyone.iter().map(|p| p.id).collect();
    let live = allocations::live_bookings_of(conn, &ids).await?;
    let mut held: HashMap<Uuid, u32> = HashMap::new();
    let mut busy: HashMap<Uuid, Vec<Span>> = HashMap::new();
    let mut waiting: HashSet<Uuid> = HashSet::new();
    for (booking, slot) in &live {
        let here = booking.session_id == session.id;
        match booking.status {
            BookingStatus::Confirmed if here => {
                *held.entry(booking.participant_id).or_default() += 1
            }
            BookingStatus::Waitlisted | BookingStatus::Offered if here => {
                waiting.insert(booking.participant_id);
            }
            BookingStatus::Confirmed | BookingStatus::Offered => {
                if let Some(slot) = slot {
                    busy.entry(booking.participant_id).or_default().push(Span {
                        starts: slot.starts_at,
                        ends: slot.ends_at,
                    });
                }
            }
            _ => {}
        }
    }
    let max = u32::try_from(session.max_bookings_per_participant.max(1)).unwrap_or(1);
    let wanted: Vec<participant::Model> = everyone
        .into_iter()
        .filter(|p| only.map_or(!waiting.contains(&p.id), |only| only.contains(&p.id)))
        .filter(|p| held.get(&p.id).copied().unwrap_or(0) < max)
        .filter(|p| settings.include_unranked || rankings.contains_key(&p.id))
        .collect();
    let wanted_ids: Vec<Uuid> = wanted.iter().map(|p| p.id).collect();
    let (languages, fields) = allocations::profiles(conn, &wanted_ids).await?;
    let priority = allocations::left_out_elsewhere(conn, event.id, &wanted_ids).await?;
    let mut specs: HashMap<Uuid, ParticipantSpec> = wanted
        .iter()
        .map(|p| {
            let spec = ParticipantSpec {
                id: p.id.to_string(),
                priority: priority.binary_search(&p.id).is_ok(),
                ranking: rankings.remove(&p.id).unwrap_or_default(),
                busy: busy.remove(&p.id).unwrap_or_default(),
                held: held.get(&p.id).copied().unwrap_or(0),
                ..ParticipantSpec::default()
            };
            (p.id, spec)
        })
        .collect();
    for row in languages {
        if let (Some(spec), Some(level)) = (specs.get_mut(&row.participant_id), Some(row.level)) {
            spec.languages.push(Language {
                code: row.language,
                level,
            });
        }
    }
    for row in fields {
        if let Some(spec) = specs.get_mut(&row.participant_id) {
            spec.fields.push(occupations::key(&row.occupation_field));
        }
    }
    let participants = wanted.iter().filter_map(|p| specs.remove(&p.id)).collect();
    Ok(AllocationInput {
        seed: settings.seed,
        rules: SessionRules {
            language: session.interview_language.clone().filter(|l| !l.is_empty()),
            min_level: session.min_language_level,
            require_occupation_match: session.require_occupation_match,
            max_per_participant: max,
        },
        options,
        participants,
    })
}

/// The slots as options: their free places, and for interviews the interviewer's languages and
/// fields (a placement or group is open to every field).
async fn options(
    conn: &impl ConnectionTrait,
    session: &session::Model,
    slots: &[slot::Model],
) -> Result<Vec<OptionSpec>, ServiceError> {
    let interviews = session.format == Format::MockInterview;
    let volunteers: HashMap<Uuid, _> = if interviews {
        let ids = slots.iter().filter_map(|s| s.volunteer_id).collect();
        crate::db::volunteer_profiles::profiles(conn, None, Some(ids))
            .await?
            .into_iter()
            .map(|p| (p.volunteer.id, p))
            .collect()
    } else {
        HashMap::new()
    };
    let employer_ids = slots
        .iter()
        .filter_map(|s| s.employer_id)
        .chain(volunteers.values().map(|p| p.volunteer.employer_id))
        .collect();
    let employers = crate::db::employers::by_ids(conn, employer_ids).await?;
    Ok(slots
        .iter()
        .map(|slot| {
            let profile = slot.volunteer_id.and_then(|v| volunteers.get(&v));
            let employer = slot
                .employer_id
                .or(profile.map(|p| p.volunteer.employer_id))
                .and_then(|e| employers.get(&e))
                .map(|e| e.name.as_str());
            let job = profile.map(|p| p.volunteer.job_title.as_str());
            OptionSpec {
                id: slot.id.to_string(),
                label: option_label(&slot.label, job, employer),
                time: Span {
                    starts: slot.starts_at,
                    ends: slot.ends_at,
                },
                capacity: u32::try_from(slot.capacity - slot.booked).unwrap_or(0),
                volunteer: slot.volunteer_id.map(|v| v.to_string()),
                languages: profile
                    .map(|p| {
                        p.languages
                            .iter()
                            .filter_map(|l| {
                                Some(Language {
                                    code: l.language.clone(),
                                    level: Some(l.level)?,
                                })
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                fields: profile.map(|p| p.expertise.clone()).unwrap_or_default(),
            }
        })
        .collect())
}

/// What reasons call an option (they are read by people, so never its id): the slot's own label
/// (a placement's or table's), else the interviewer's job and employer, as participants see them
/// (never a volunteer's name or address).
fn option_label(label: &str, job: Option<&str>, employer: Option<&str>) -> String {
    let parts: Vec<&str> = [Some(label), job, employer]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.join(", ")
}

/// The smallest place number not used by `live` bookings of one participant in one session.
pub fn next_place_no(live: &[booking::Model]) -> i32 {
    (1..)
        .find(|n| !live.iter().any(|b| b.place_no == *n))
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::option_label;

    #[test]
    fn an_option_is_named_by_its_label_or_interviewer_job_and_employer() {
        assert_eq!(
            option_label("Kitchen", None, Some("Hotel Adlon")),
            "Kitchen, Hotel Adlon"
        );
        assert_eq!(
            option_label("", Some("Nurse"), Some("Charité")),
            "Nurse, Charité"
        );
        assert_eq!(option_label(" ", Some(""), None), "");
    }
}
