//! The bookable units of a session (interview slots, a seat pool, a group's places), planned from
//! its settings and its volunteers' availability, and reconciled with the units that exist.

use super::local_time::to_civil;
use super::session_draft::{FormatSettings, SessionDraft};
use super::slots::cut_slots;
use super::time::TimeError;
use uuid::Uuid;

/// One bookable unit as planned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    /// The interviewer, for mock interviews.
    pub volunteer_id: Option<Uuid>,
    /// The employer, for interviews and placements.
    pub employer_id: Option<Uuid>,
    /// What participants read besides the employer (empty for interviews).
    pub label: String,
    /// Start (ms).
    pub starts_at: i64,
    /// End (ms).
    pub ends_at: i64,
    /// Places.
    pub capacity: i32,
}

/// A window in which a volunteer can interview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Availability {
    /// The volunteer.
    pub volunteer_id: Uuid,
    /// Their employer.
    pub employer_id: Uuid,
    /// From (ms).
    pub starts_at: i64,
    /// Until (ms).
    pub ends_at: i64,
}

/// A unit that exists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExistingUnit {
    /// Its id.
    pub id: Uuid,
    /// What it is.
    pub unit: Unit,
    /// Places taken.
    pub booked: i32,
}

/// What to change so the existing units match the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnitChanges {
    /// Units to create.
    pub insert: Vec<Unit>,
    /// Unbooked units to remove.
    pub delete: Vec<Uuid>,
    /// Units whose capacity changes.
    pub resize: Vec<(Uuid, i32)>,
    /// Units of the session itself that move with it: (unit, new start, new end).
    pub retime: Vec<(Uuid, i64, i64)>,
    /// Booked units the plan no longer has: the change must not drop their bookings silently.
    pub booked_but_unplanned: Vec<Uuid>,
    /// Units whose new capacity is below what is booked: (unit, booked, wanted).
    pub over_capacity: Vec<(Uuid, i32, i32)>,
}

/// Plans a session's units. Interview slots are cut from each availability window within the
/// session, in the event's wall time; a volunteer never gets two slots that overlap each other or
/// their `busy` times (slots in other sessions).
pub fn plan_units(
    session: &SessionDraft,
    zone: &str,
    availability: &[Availability],
    busy: &[(Uuid, i64, i64)],
    tables_seats: i32,
) -> Result<Vec<Unit>, TimeError> {
    let whole = |label: &str, capacity: i32| Unit {
        volunteer_id: None,
        employer_id: None,
        label: label.to_owned(),
        starts_at: session.starts_at,
        ends_at: session.ends_at,
        capacity,
    };
    match session.settings {
        FormatSettings::Group { capacity } => Ok(vec![whole(&session.title, capacity)]),
        FormatSettings::SpeedNetworking { .. } if tables_seats > 0 => {
            Ok(vec![whole("Networking seats", tables_seats)])
        }
        FormatSettings::SpeedNetworking { .. } | FormatSettings::Placement => Ok(Vec::new()),
        FormatSettings::MockInterview {
            slot_minutes,
            break_minutes,
        } => {
            let mut units: Vec<Unit> = Vec::new();
            let mut windows = availability.to_vec();
            windows.sort_by_key(|w| (w.volunteer_id, w.starts_at));
            for window in windows {
                let from = window.starts_at.max(session.starts_at);
                let until = window.ends_at.min(session.ends_at);
                if until <= from {
                    continue;
                }
                let slots = cut_slots(
                    to_civil(from, zone)?,
                    to_civil(until, zone)?,
                    zone,
                    u32::try_from(slot_minutes).unwrap_or_default(),
                    u32::try_from(break_minutes).unwrap_or_default(),
                )?;
                for slot in slots {
                    let overlaps =
                        |start: i64, end: i64| slot.starts_at < end && start < slot.ends_at;
                    let clash = units.iter().any(|u| {
                        u.volunteer_id == Some(window.volunteer_id)
                            && overlaps(u.starts_at, u.ends_at)
                    }) || busy
                        .iter()
                        .any(|(v, s, e)| *v == window.volunteer_id && overlaps(*s, *e));
                    if !clash {
                        units.push(Unit {
                            volunteer_id: Some(window.volunteer_id),
                            employer_id: Some(window.employer_id),
                            label: String::new(),
                            starts_at: slot.starts_at,
                            ends_at: slot.ends_at,
                            capacity: 1,
                        });
                    }
                }
            }
            Ok(units)
        }
    }
}

/// Compares the plan with what exists. An interview slot is the same when its interviewer,
/// employer and times are; then only its capacity may change. A unit without an interviewer (a
/// group's places, a seat pool, a placement) belongs to the session itself: it stays the same
/// unit when the session moves, so its bookings move with it (`retime`).
pub fn reconcile(existing: &[ExistingUnit], planned: &[Unit]) -> UnitChanges {
    let same_time = |a: &Unit, b: &Unit| {
        a.volunteer_id == b.volunteer_id
            && a.employer_id == b.employer_id
            && a.starts_at == b.starts_at
            && a.ends_at == b.ends_at
    };
    let same_place = |a: &Unit, b: &Unit| {
        a.volunteer_id.is_none()
            && b.volunteer_id.is_none()
            && a.employer_id == b.employer_id
            && (a.employer_id.is_none() || a.label == b.label)
    };
    let mut partner: Vec<Option<usize>> = vec![None; planned.len()];
    let mut taken = vec![false; existing.len()];
    for same in [&same_time as &dyn Fn(&Unit, &Unit) -> bool, &same_place] {
        for (p, unit) in planned.iter().enumerate() {
            if partner[p].is_some() {
                continue;
            }
            if let Some(e) =
                (0..existing.len()).find(|&e| !taken[e] && same(&existing[e].unit, unit))
            {
                taken[e] = true;
                partner[p] = Some(e);
            }
        }
    }
    let mut changes = UnitChanges::default();
    for (unit, found) in planned.iter().zip(&partner) {
        let Some(found) = found.map(|e| &existing[e]) else {
            changes.insert.push(unit.clone());
            continue;
        };
        if found.unit.capacity != unit.capacity {
            if unit.capacity < found.booked {
                changes
                    .over_capacity
                    .push((found.id, found.booked, unit.capacity));
            } else {
                changes.resize.push((found.id, unit.capacity));
            }
        }
        if (found.unit.starts_at, found.unit.ends_at) != (unit.starts_at, unit.ends_at) {
            changes
                .retime
                .push((found.id, unit.starts_at, unit.ends_at));
        }
    }
    for (unit, _) in existing.iter().zip(&taken).filter(|(_, taken)| !**taken) {
        if unit.booked > 0 {
            changes.booked_but_unplanned.push(unit.id);
        } else {
            changes.delete.push(unit.id);
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::local_time::parse_local;
    use crate::domain::session_draft::{Format, SessionInput};

    const ZONE: &str = "America/New_York";

    fn at(text: &str) -> i64 {
        parse_local(text, ZONE).unwrap()
    }

    fn mock(starts: &str, ends: &str) -> SessionDraft {
        let input = SessionInput {
            title: "Interviews".to_owned(),
            format: Format::MockInterview.as_str().to_owned(),
            starts: starts.to_owned(),
            ends: ends.to_owned(),
            slot_minutes: "30".to_owned(),
            break_minutes: "0".to_owned(),
            ..SessionInput::default()
        };
        SessionDraft::parse(
            &input,
            ZONE,
            (at("2026-03-07T00:00"), at("2026-03-09T00:00")),
        )
        .unwrap()
    }

    fn window(volunteer: Uuid, from: &str, until: &str) -> Availability {
        Availability {
            volunteer_id: volunteer,
            employer_id: Uuid::nil(),
            starts_at: at(from),
            ends_at: at(until),
        }
    }

    #[test]
    fn interview_slots_come_from_availability_within_the_session() {
        let ana = Uuid::now_v7();
        let session = mock("2026-03-07T18:00", "2026-03-07T20:00");
        let windows = [window(ana, "2026-03-07T17:00", "2026-03-07T19:00")];
        let units = plan_units(&session, ZONE, &windows, &[], 0).unwrap();
        assert_eq!(units.len(), 2, "18:00 and 18:30");
        assert_eq!(units[0].starts_at, at("2026-03-07T18:00"));
    }

    #[test]
    fn overlapping_windows_and_busy_times_never_double_book_a_volunteer() {
        let ana = Uuid::now_v7();
        let session = mock("2026-03-07T18:00", "2026-03-07T20:00");
        let windows = [
            window(ana, "2026-03-07T18:00", "2026-03-07T19:00"),
            window(ana, "2026-03-07T18:15", "2026-03-07T20:00"),
        ];
        let busy = [(ana, at("2026-03-07T19:30"), at("2026-03-07T20:00"))];
        let units = plan_units(&session, ZONE, &windows, &busy, 0).unwrap();
        for pair in units.windows(2) {
            assert!(pair[0].ends_at <= pair[1].starts_at);
        }
        assert!(units.iter().all(|u| u.ends_at <= at("2026-03-07T19:30")));
    }

    #[test]
    fn a_session_on_the_spring_change_day_keeps_its_wall_clock_slots() {
        let ana = Uuid::now_v7();
        let session = mock("2026-03-08T01:00", "2026-03-08T04:00");
        let windows = [window(ana, "2026-03-08T01:00", "2026-03-08T04:00")];
        let units = plan_units(&session, ZONE, &windows, &[], 0).unwrap();
        // 01:00, 01:30, then 03:00, 03:30: 02:00-02:59 does not exist that night.
        assert_eq!(units.len(), 4);
        assert_eq!(units[2].starts_at, units[1].ends_at);
    }

    #[test]
    fn reconciling_keeps_bookings_and_names_what_it_cannot_drop() {
        let unit = |start: i64, capacity: i32| Unit {
            volunteer_id: Some(Uuid::from_u128(9)),
            employer_id: None,
            label: String::new(),
            starts_at: start,
            ends_at: start + 1,
            capacity,
        };
        let existing = vec![
            ExistingUnit {
                id: Uuid::from_u128(1),
                unit: unit(10, 5),
                booked: 4,
            },
            ExistingUnit {
                id: Uuid::from_u128(2),
                unit: unit(20, 1),
                booked: 0,
            },
            ExistingUnit {
                id: Uuid::from_u128(3),
                unit: unit(30, 1),
                booked: 1,
            },
        ];
        let changes = reconcile(&existing, &[unit(10, 3), unit(40, 1)]);
        assert_eq!(changes.over_capacity, [(Uuid::from_u128(1), 4, 3)]);
        assert_eq!(changes.delete, [Uuid::from_u128(2)]);
        assert_eq!(changes.booked_but_unplanned, [Uuid::from_u128(3)]);
        assert_eq!(changes.insert, [unit(40, 1)]);
        let grow = reconcile(&existing[..1], &[unit(10, 8)]);
        assert_eq!(grow.resize, [(Uuid::from_u128(1), 8)]);
    }

    #[test]
    fn a_group_or_placement_moves_with_its_session_and_keeps_its_bookings() {
        let whole = |employer: Option<u128>, label: &str, start: i64, capacity: i32| Unit {
            volunteer_id: None,
            employer_id: employer.map(Uuid::from_u128),
            label: label.to_owned(),
            starts_at: start,
            ends_at: start + 60,
            capacity,
        };
        let existing = vec![
            ExistingUnit {
                id: Uuid::from_u128(1),
                unit: whole(None, "Workshop", 100, 10),
                booked: 4,
            },
            ExistingUnit {
                id: Uuid::from_u128(2),
                unit: whole(Some(7), "Care home day", 100, 2),
                booked: 1,
            },
        ];
        let planned = [
            whole(None, "Workshop (renamed)", 200, 12),
            whole(Some(7), "Care home day", 200, 2),
        ];
        let changes = reconcile(&existing, &planned);
        assert_eq!(
            changes.retime,
            [
                (Uuid::from_u128(1), 200, 260),
                (Uuid::from_u128(2), 200, 260)
            ]
        );
        assert_eq!(changes.resize, [(Uuid::from_u128(1), 12)]);
        assert!(changes.insert.is_empty() && changes.booked_but_unplanned.is_empty());
        assert!(changes.delete.is_empty());
    }

    #[test]
    fn an_interview_slot_at_another_time_is_another_slot() {
        let slot = |start: i64| Unit {
            volunteer_id: Some(Uuid::from_u128(3)),
            employer_id: Some(Uuid::from_u128(7)),
            label: String::new(),
            starts_at: start,
            ends_at: start + 30,
            capacity: 1,
        };
        let existing = [ExistingUnit {
            id: Uuid::from_u128(1),
            unit: slot(100),
            booked: 1,
        }];
        let changes = reconcile(&existing, &[slot(200)]);
        assert!(changes.retime.is_empty());
        assert_eq!(changes.insert, [slot(200)]);
        assert_eq!(changes.booked_but_unplanned, [Uuid::from_u128(1)]);
    }
}
