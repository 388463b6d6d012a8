//! Cutting bookable slots out of an availability window, in the event's local wall time.

use super::time::{TimeError, zone};
use jiff::{Span, civil::DateTime};

/// One slot, as UTC instants in milliseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotTimes {
    /// Start, inclusive.
    pub starts_at: i64,
    /// End, exclusive.
    pub ends_at: i64,
}

/// Cuts `[from, until)` (local wall time in `zone_name`) into slots of `slot_minutes`, each
/// followed by `break_minutes`.
///
/// Slots follow the wall clock, so a 09:00 slot stays at 09:00 on a day the clocks change. A slot
/// that would straddle the change itself (its wall-clock length differs from its real length) is
/// left out rather than made shorter or longer than the interview it holds.
pub fn cut_slots(
    from: DateTime,
    until: DateTime,
    zone_name: &str,
    slot_minutes: u32,
    break_minutes: u32,
) -> Result<Vec<SlotTimes>, TimeError> {
    let tz = zone(zone_name)?;
    let mut slots = Vec::new();
    if slot_minutes == 0 {
        return Ok(slots);
    }
    let length = Span::new().minutes(i64::from(slot_minutes));
    let step = Span::new().minutes(i64::from(slot_minutes) + i64::from(break_minutes));
    let mut start = from;
    loop {
        let Ok(end) = start.checked_add(length) else {
            break;
        };
        if end > until {
            break;
        }
        let (Ok(start_zoned), Ok(end_zoned)) =
            (start.to_zoned(tz.clone()), end.to_zoned(tz.clone()))
        else {
            break;
        };
        let starts_at = start_zoned.timestamp().as_millisecond();
        let ends_at = end_zoned.timestamp().as_millisecond();
        // A start the clocks skip would be moved into a later slot's hour: leave it out. (An end
        // at the skipped hour is the moment of the change itself, which is fine.)
        let start_exists = start_zoned.datetime() == start;
        // When the clocks jump forward inside a slot, its real end is later than the next
        // slot's wall-clock start; that next slot is left out rather than overlap.
        let after_previous = slots
            .last()
            .is_none_or(|previous: &SlotTimes| previous.ends_at <= starts_at);
        if start_exists && after_previous && ends_at - starts_at == i64::from(slot_minutes) * 60_000
        {
            slots.push(SlotTimes { starts_at, ends_at });
        }
        match start.checked_add(step) {
            Ok(next) => start = next,
            Err(_) => break,
        }
    }
    Ok(slots)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn an_evening_is_cut_into_slots_with_breaks() {
        let day = date(2026, 3, 3);
        let slots = cut_slots(
            day.at(18, 0, 0, 0),
            day.at(20, 0, 0, 0),
            "Europe/Berlin",
            30,
            10,
        )
        .unwrap();
        assert_eq!(slots.len(), 3, "18:00, 18:40, 19:20");
        assert_eq!(slots[1].starts_at - slots[0].starts_at, 40 * 60_000);
    }

    #[test]
    fn slots_keep_wall_time_and_skip_the_hour_that_does_not_exist() {
        // Clocks in Berlin jump from 02:00 to 03:00 on 29 March 2026.
        let day = date(2026, 3, 29);
        let slots = cut_slots(
            day.at(1, 0, 0, 0),
            day.at(4, 0, 0, 0),
            "Europe/Berlin",
            60,
            0,
        )
        .unwrap();
        // 01:00-02:00 is fine; 02:00-03:00 does not exist; 03:00-04:00 is fine.
        assert_eq!(slots.len(), 2);
        assert!(slots.iter().all(|s| s.ends_at - s.starts_at == 3_600_000));
        assert_eq!(
            slots[1].starts_at - slots[0].ends_at,
            0,
            "03:00 CEST follows 02:00 CET directly"
        );
    }

    #[test]
    fn half_hour_slots_on_the_spring_change_day_never_repeat_an_instant() {
        // New York: 02:00 EST becomes 03:00 EDT on 8 March 2026.
        let day = date(2026, 3, 8);
        let slots = cut_slots(
            day.at(0, 30, 0, 0),
            day.at(4, 0, 0, 0),
            "America/New_York",
            30,
            0,
        )
        .unwrap();
        let starts: Vec<String> = slots
            .iter()
            .map(|s| {
                crate::domain::time::timestamp(s.starts_at)
                    .unwrap()
                    .to_zoned(crate::domain::time::zone("America/New_York").unwrap())
                    .strftime("%H:%M")
                    .to_string()
            })
            .collect();
        assert_eq!(starts, ["00:30", "01:00", "01:30", "03:00", "03:30"]);
    }

    proptest::proptest! {
        #[test]
        fn slots_never_overlap_and_last_exactly_their_length(
            day in 0u32..365,
            start_minute in 0u32..(24 * 60),
            hours in 1u32..10,
            slot_minutes in 5u32..120,
            break_minutes in 0u32..30,
            zone in proptest::sample::select(vec![
                "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC",
            ]),
        ) {
            let first = date(2026, 1, 1).checked_add(jiff::Span::new().days(i64::from(day))).unwrap();
            let from = first.at(0, 0, 0, 0).checked_add(jiff::Span::new().minutes(i64::from(start_minute))).unwrap();
            let until = from.checked_add(jiff::Span::new().hours(i64::from(hours))).unwrap();
            let slots = cut_slots(from, until, zone, slot_minutes, break_minutes).unwrap();
            for slot in &slots {
                proptest::prop_assert_eq!(slot.ends_at - slot.starts_at, i64::from(slot_minutes) * 60_000);
            }
            for pair in slots.windows(2) {
                proptest::prop_assert!(pair[0].ends_at <= pair[1].starts_at);
            }
        }
    }

    #[test]
    fn a_slot_that_would_overlap_after_the_clocks_jump_is_left_out() {
        // New York, 7-8 March 2026: 99-minute slots with 20-minute breaks from 23:02. The slot
        // from 01:01 lasts 99 real minutes and so ends at 03:40 EDT (the clocks jumped); the
        // 03:00 slot would overlap it and is left out.
        let slots = cut_slots(
            date(2026, 3, 7).at(23, 2, 0, 0),
            date(2026, 3, 8).at(5, 2, 0, 0),
            "America/New_York",
            99,
            20,
        )
        .unwrap();
        for pair in slots.windows(2) {
            assert!(pair[0].ends_at <= pair[1].starts_at);
        }
        assert_eq!(slots.len(), 2, "23:02 and 01:01");
    }

    #[test]
    fn zero_length_slots_yield_nothing() {
        let day = date(2026, 3, 3);
        assert!(
            cut_slots(day.at(9, 0, 0, 0), day.at(10, 0, 0, 0), "UTC", 0, 0)
                .unwrap()
                .is_empty()
        );
    }
}
