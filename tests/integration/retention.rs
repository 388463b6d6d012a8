//! The retention rules with a fixed clock: after the configured days past a person's last event,
//! sensitive facts go and people who did not agree to be kept are anonymised, once; counts stay.

use crate::support::TestApp;
use crate::support::demo::{demo_person, demo_session};
use fairplan::clock::now_ms;
use fairplan::entities::{audit_log, event, outcome, participant, participant_sensitive};
use fairplan::services::retention;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
};
use uuid::Uuid;

const DAY: i64 = 24 * 60 * 60 * 1000;

async fn sensitive(app: &TestApp, person: Uuid, delete_after: Option<i64>) {
    participant_sensitive::Entity::insert(participant_sensitive::ActiveModel {
        participant_id: Set(person),
        residence_status: Set(Some("Duldung".to_owned())),
        work_permit: Set(None),
        notes: Set(None),
        delete_after: Set(delete_after),
        updated_at: Set(now_ms()),
    })
    .exec_without_returning(&app.db)
    .await
    .unwrap();
}

#[tokio::test]
async fn after_the_retention_days_facts_go_and_people_without_consent_are_anonymised_once() {
    let mut app = TestApp::spawn().await;
    demo_session(&mut app, "mock_interview").await;
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let keeper = demo_person(&app, 1).await;
    let mut consent: participant::ActiveModel = keeper.clone().into();
    consent.keep_after_event = Set(true);
    consent.update(&app.db).await.unwrap();
    let other = demo_person(&app, 2).await;
    let dated = demo_person(&app, 3).await;
    sensitive(&app, keeper.id, None).await;
    sensitive(&app, other.id, None).await;
    // A fact with its own, earlier deletion date goes on that date, event or not.
    sensitive(&app, dated.id, Some(now_ms() + DAY)).await;
    outcome::Entity::insert(outcome::ActiveModel {
        id: Set(Uuid::now_v7()),
        participant_id: Set(other.id),
        event_id: Set(Some(event.id)),
        kind: Set(fairplan::domain::outcome::OutcomeKind::JobOffer),
        employer_id: Set(None),
        employer_name: Set("Havel Health".to_owned()),
        happened_on: Set("2026-12-01".to_owned()),
        note: Set(format!("{} starts in January", other.name)),
        recorded_by: Set(None),
        created_at: Set(now_ms()),
    })
    .exec_without_returning(&app.db)
    .await
    .unwrap();

    let run = retention::run_due(&app.db, &app.config, now_ms() + 2 * DAY)
        .await
        .unwrap();
    assert_eq!(run.anonymised, 0, "the event has not even happened");
    assert_eq!(run.sensitive_deleted, 1, "only the dated fact");

    let early = event.ends_at + 89 * DAY;
    let run = retention::run_due(&app.db, &app.config, early)
        .await
        .unwrap();
    assert_eq!((run.anonymised, run.sensitive_deleted), (0, 0), "not yet");

    let late = event.ends_at + 91 * DAY;
    let run = retention::run_due(&app.db, &app.config, late)
        .await
        .unwrap();
    assert_eq!(run.sensitive_deleted, 2);
    assert_eq!(
        run.anonymised, 29,
        "everyone but the one who agreed to be kept"
    );
    assert_eq!(
        participant_sensitive::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    let kept = participant::Entity::find_by_id(keeper.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(kept.name, keeper.name, "consent keeps the person");
    let gone = participant::Entity::find_by_id(other.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(gone.anonymised_at.is_some());
    assert_ne!(gone.name, other.name);
    let counted = outcome::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!(
        counted.kind,
        fairplan::domain::outcome::OutcomeKind::JobOffer,
        "the statistics keep their counts"
    );
    assert!(!counted.note.contains(&other.name));
    let by_system = audit_log::Entity::find()
        .filter(audit_log::Column::ActorKind.eq("system"))
        .filter(audit_log::Column::Action.eq("participant.erased"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(by_system, 29);

    let again = retention::run_due(&app.db, &app.config, late + DAY)
        .await
        .unwrap();
    assert_eq!((again.anonymised, again.sensitive_deleted), (0, 0), "once");
}
