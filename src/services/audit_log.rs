//! The audit log as coordinators read it: each entry's time, who acted, what they did and to
//! whom, in the page's language, with names looked up for every kind of person at once.

use crate::db::audit;
use crate::db::audit_names::{self, AuditIds, AuditNames, BookingSubject};
use crate::domain::audit_kind::AuditKind;
use crate::domain::locale::Locale;
use crate::entities::audit_log;
use crate::i18n::{self, dates};
use crate::services::error::ServiceError;
use sea_orm::DatabaseConnection;
use std::collections::HashMap;
use uuid::Uuid;

/// One entry as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditLine {
    /// When, in the programme's zone.
    pub when: String,
    /// Who acted.
    pub who: String,
    /// What they did.
    pub what: String,
    /// To whom (or what).
    pub whom: String,
}

/// What an action means, in words of `locale` (unknown ones as stored).
pub fn action_text(action: &str, locale: &Locale) -> String {
    let id = format!("coord-audit-{}", action.replace(['.', '_'], "-"));
    if i18n::has_text(&Locale::default(), &id) {
        i18n::text(locale, &id, &[])
    } else {
        action.to_owned()
    }
}

/// The latest `limit` entries, newest first, with every person named; times in `zone`.
pub async fn latest(
    db: &DatabaseConnection,
    limit: u64,
    (zone, locale): (&str, &Locale),
) -> Result<Vec<AuditLine>, ServiceError> {
    let entries = audit::latest(db, None, limit).await?;
    let ids = |kind: AuditKind| -> Vec<Uuid> {
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
    let wanted = AuditIds {
        coordinators: ids(AuditKind::Coordinator),
        volunteers: ids(AuditKind::Volunteer),
        participants: ids(AuditKind::Participant),
        contacts: ids(AuditKind::EmployerContact),
        bookings: ids(AuditKind::Booking),
        events: ids(AuditKind::Event),
    };
    let names = audit_names::names(db, wanted).await?;
    Ok(entries
        .iter()
        .map(|e| AuditLine {
            when: dates::instant(locale, e.at, zone).unwrap_or_default(),
            who: name(&names, e.actor_kind, e.actor_id, locale),
            what: action_text(&e.action, locale),
            whom: name(&names, e.subject_kind, e.subject_id, locale),
        })
        .collect())
}

/// The latest `limit` entries about one participant, newest first, as (when, who, what): who is
/// a coordinator's address, else the kind of actor.
pub async fn about_participant(
    db: &DatabaseConnection,
    participant_id: Uuid,
    limit: u64,
    (zone, locale): (&str, &Locale),
) -> Result<Vec<(String, String, String)>, ServiceError> {
    let entries = audit::latest(db, Some(participant_id), limit).await?;
    // Only coordinators are named here: one query, not the whole log page's five.
    let ids = entries.iter().filter_map(|e| e.actor_id).collect();
    let coordinators = audit_names::coordinator_emails(db, ids).await?;
    Ok(entries
        .into_iter()
        .map(|entry: audit_log::Model| {
            let who = entry
                .actor_id
                .and_then(|id| coordinators.get(&id).cloned())
                .unwrap_or_else(|| entry.actor_kind.as_str().to_owned());
            let when = dates::instant(locale, entry.at, zone).unwrap_or_default();
            (when, who, action_text(&entry.action, locale))
        })
        .collect())
}

/// Who `id` of `kind` is, in `locale`'s words; an id that is gone shows its kind and start.
fn name(names: &AuditNames, kind: AuditKind, id: Option<Uuid>, locale: &Locale) -> String {
    let known = |map: &HashMap<Uuid, String>| id.and_then(|id| map.get(&id).cloned());
    let found = match kind {
        AuditKind::Coordinator => known(&names.coordinators),
        AuditKind::Volunteer => known(&names.volunteers)
            .map(|name| i18n::text(locale, "coord-audit-volunteer", &[("name", &name)])),
        AuditKind::Participant => known(&names.participants),
        AuditKind::EmployerContact => {
            id.and_then(|id| names.contacts.get(&id))
                .map(|(name, employer)| {
                    let args = [("name", name.as_str()), ("employer", employer.as_str())];
                    i18n::text(locale, "coord-audit-employer-contact", &args)
                })
        }
        AuditKind::System => Some(i18n::text(locale, "coord-audit-system", &[])),
        AuditKind::Booking => id
            .and_then(|id| names.bookings.get(&id))
            .map(|booking| booking_words(booking, locale)),
        AuditKind::Event => known(&names.events),
        // An endpoint shows as its kind and id: its address may hold a key.
        AuditKind::Webhook => None,
    };
    found.unwrap_or_else(|| match id {
        Some(id) => format!("{kind} {}", &id.to_string()[..8]),
        None => kind.as_str().to_owned(),
    })
}

/// `Layla Hassan · Mock interviews, Tue 3 March 2026, 19:50–20:20`; without the time on a
/// waiting list; an erased person's booking as "someone erased".
fn booking_words(booking: &BookingSubject, locale: &Locale) -> String {
    let person = if booking.person.is_empty() {
        i18n::text(locale, "coord-audit-erased-person", &[])
    } else {
        booking.person.clone()
    };
    let session = match &booking.time {
        Some((start, end, zone)) => {
            let time = dates::dated_clock_range(locale, *start, *end, zone).unwrap_or_default();
            format!("{}, {time}", booking.session)
        }
        None => booking.session.clone(),
    };
    i18n::text(
        locale,
        "coord-audit-booking",
        &[("name", &person), ("session", &session)],
    )
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
            "participant.link_handed_over",
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
            "booking.moved_place",
            "booking.booked_for",
            "booking.cancelled_for",
        ];
        for action in actions {
            for language in ["en", "de"] {
                let words = action_text(action, &Locale::parse(language));
                assert_ne!(words, action, "{language}: {action}");
            }
        }
        assert_eq!(action_text("made.up", &Locale::parse("de")), "made.up");
    }

    #[test]
    fn a_booking_is_named_by_its_person_session_and_time() {
        let id = Uuid::nil();
        let mut names = AuditNames::default();
        names.bookings.insert(
            id,
            BookingSubject {
                person: "Layla Hassan".to_owned(),
                session: "Mock interviews".to_owned(),
                // Tue 3 March 2026, 19:50 in Berlin, ten minutes.
                time: Some((
                    1_772_563_800_000,
                    1_772_564_400_000,
                    "Europe/Berlin".to_owned(),
                )),
            },
        );
        names.events.insert(id, "Career evening".to_owned());
        let locale = Locale::parse("en");
        let words = name(&names, AuditKind::Booking, Some(id), &locale);
        assert_eq!(
            words,
            "Layla Hassan · Mock interviews, Tue 3 March 2026, 19:50–20:00"
        );
        assert_eq!(
            name(&names, AuditKind::Event, Some(id), &locale),
            "Career evening"
        );
    }

    #[test]
    fn a_person_who_is_gone_shows_their_kind_and_the_start_of_their_id() {
        let id = Uuid::nil();
        let names = AuditNames::default();
        let locale = Locale::parse("en");
        assert_eq!(
            name(&names, AuditKind::Participant, Some(id), &locale),
            "participant 00000000"
        );
        assert_eq!(
            name(&names, AuditKind::Coordinator, None, &locale),
            "coordinator"
        );
    }
}
