//! Tests of the session form parser.

use super::*;
use crate::domain::local_time::parse_local;

const ZONE: &str = "Europe/Berlin";

fn event() -> (i64, i64) {
    (
        parse_local("2026-03-03T17:00", ZONE).unwrap(),
        parse_local("2026-03-03T21:00", ZONE).unwrap(),
    )
}

fn input(format: Format) -> SessionInput {
    SessionInput {
        title: "Evening".to_owned(),
        format: format.as_str().to_owned(),
        starts: "2026-03-03T18:00".to_owned(),
        ends: "2026-03-03T19:00".to_owned(),
        capacity: "12".to_owned(),
        ..SessionInput::default()
    }
}

fn fields(result: Result<SessionDraft, Vec<FieldError>>) -> Vec<String> {
    result.unwrap_err().into_iter().map(|e| e.field).collect()
}

#[test]
fn each_format_keeps_only_its_own_settings() {
    let group = SessionDraft::parse(&input(Format::Group), ZONE, event()).unwrap();
    assert_eq!(group.settings, FormatSettings::Group { capacity: 12 });
    let mock = SessionDraft::parse(&input(Format::MockInterview), ZONE, event()).unwrap();
    assert_eq!(
        mock.settings,
        FormatSettings::MockInterview {
            slot_minutes: 30,
            break_minutes: 10
        }
    );
}

#[test]
fn rounds_follow_each_other_with_changeovers() {
    let draft = SessionDraft::parse(&input(Format::SpeedNetworking), ZONE, event()).unwrap();
    let rounds = draft.round_times();
    assert_eq!(rounds.len(), 4);
    assert_eq!(rounds[1].0 - rounds[0].0, 12 * 60_000);
    assert!(rounds[3].1 <= draft.ends_at);
}

#[test]
fn impossible_values_are_named() {
    let mut bad = input(Format::Group);
    bad.capacity = "0".to_owned();
    assert_eq!(
        fields(SessionDraft::parse(&bad, ZONE, event())),
        ["capacity"]
    );
    let mut bad = input(Format::SpeedNetworking);
    bad.rounds = "9".to_owned();
    assert_eq!(fields(SessionDraft::parse(&bad, ZONE, event())), ["rounds"]);
    let mut bad = input(Format::MockInterview);
    bad.starts = "2026-03-03T16:00".to_owned();
    assert_eq!(fields(SessionDraft::parse(&bad, ZONE, event())), ["starts"]);
    let mut bad = input(Format::MockInterview);
    bad.interview_language = "de".to_owned();
    bad.min_language_level = "fluent".to_owned();
    assert_eq!(
        fields(SessionDraft::parse(&bad, ZONE, event())),
        ["min_language_level"]
    );
}

#[test]
fn ranked_choices_need_a_window_that_closes_before_the_session() {
    let mut bad = input(Format::Placement);
    bad.booking_mode = "preferences".to_owned();
    assert_eq!(
        fields(SessionDraft::parse(&bad, ZONE, event())),
        ["preferences_open", "preferences_close"]
    );
    bad.preferences_open = "2026-03-01T09:00".to_owned();
    bad.preferences_close = "2026-03-03T18:30".to_owned();
    assert_eq!(
        fields(SessionDraft::parse(&bad, ZONE, event())),
        ["preferences_close"]
    );
    bad.preferences_close = "2026-03-02T18:00".to_owned();
    assert!(SessionDraft::parse(&bad, ZONE, event()).is_ok());
}
