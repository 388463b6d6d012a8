//! Reminders with a fixed clock: 24 h and 2 h before each booking, in the recipient's language,
//! once per booking and time even when the worker runs again (as after a restart), never for a
//! cancelled booking, and only the 2-hour one for a booking made 3 hours ahead. Volunteers get
//! their run sheet.

use crate::support::TestApp;
use crate::support::team::{add_volunteer, event_with_two_employers, participant_named, slots_of};
use fairplan::clock::now_ms;
use fairplan::domain::ids::{ParticipantId, SlotId};
use fairplan::entities::{outbox_message, participant};
use fairplan::jobs::schedule::Job;
use fairplan::mail::templates::CancelledBy;
use fairplan::services::bookings;
use fairplan::services::reminders::{RemindersSent, run_due};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

const HOUR: i64 = 60 * 60 * 1000;
const MINUTE: i64 = 60 * 1000;

async fn reminders_to(app: &TestApp, address: &str) -> Vec<outbox_message::Model> {
    outbox_message::Entity::find()
        .filter(outbox_message::Column::ToAddress.eq(address))
        .filter(outbox_message::Column::Kind.is_in(["reminder", "volunteer_schedule"]))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.subject.contains("Erinnerung") || m.subject.contains("Reminder"))
        .collect()
}

#[tokio::test]
async fn reminders_go_out_once_at_each_time_and_never_for_cancelled_bookings() {
    let mut app = TestApp::spawn().await;
    let (_, acme, borealis) = event_with_two_employers(&mut app).await;
    let dana = add_volunteer(
        &mut app,
        &acme,
        "Dana Roth",
        "dana@acme.example",
        "17:30-18:30",
    )
    .await;
    let sam = add_volunteer(
        &mut app,
        &borealis,
        "Sam Lee",
        "sam@borealis.example",
        "18:00-18:30",
    )
    .await;
    let dana_slots = slots_of(&app, dana).await;
    let sam_slot = slots_of(&app, sam).await.remove(0);
    let start = dana_slots[0].starts_at;

    let amira = participant_named(&app, "Amira Haddad", "amira@example.org").await;
    let mut german: participant::ActiveModel = amira.clone().into();
    german.locale = Set("de".to_owned());
    german.update(&app.db).await.unwrap();
    let ben = participant_named(&app, "Ben Okafor", "ben@example.org").await;
    let cy = participant_named(&app, "Cy Nguyen", "cy@example.org").await;
    let link = "http://x/p/link";
    bookings::book(
        &app.db,
        &app.config,
        ParticipantId(amira.id),
        SlotId(dana_slots[0].id),
        link,
        now_ms(),
    )
    .await
    .unwrap();
    let bens = bookings::book(
        &app.db,
        &app.config,
        ParticipantId(ben.id),
        SlotId(dana_slots[1].id),
        link,
        now_ms(),
    )
    .await
    .unwrap();
    bookings::cancel(
        &app.db,
        &app.config,
        bens.id,
        CancelledBy::Participant,
        link,
        now_ms(),
    )
    .await
    .unwrap();
    let late = sam_slot.starts_at - 3 * HOUR;
    bookings::book(
        &app.db,
        &app.config,
        ParticipantId(cy.id),
        SlotId(sam_slot.id),
        link,
        late,
    )
    .await
    .unwrap();

    let sent = |participants, volunteers| RemindersSent {
        participants,
        volunteers,
    };
    assert_eq!(
        run_due(&app.db, &app.config, start - 25 * HOUR)
            .await
            .unwrap(),
        sent(0, 0)
    );
    let day_before = start - 24 * HOUR + MINUTE;
    assert_eq!(
        run_due(&app.db, &app.config, day_before).await.unwrap(),
        sent(1, 1)
    );
    assert_eq!(
        run_due(&app.db, &app.config, day_before).await.unwrap(),
        sent(0, 0),
        "a second run (another worker, or after a restart) sends nothing again"
    );
    let ran = app.scheduler().run_due(day_before + MINUTE).await;
    assert!(ran.contains(&Job::Reminders), "{ran:?}");
    assert_eq!(reminders_to(&app, "amira@example.org").await.len(), 1);

    let two_before = start - 2 * HOUR + MINUTE;
    // Amira's 2-hour reminder; Dana's 2-hour run sheet and Sam's 24-hour one.
    assert_eq!(
        run_due(&app.db, &app.config, two_before).await.unwrap(),
        sent(1, 2)
    );
    let cys_time = sam_slot.starts_at - 2 * HOUR + MINUTE;
    // Cy booked 3 hours ahead: only the 2-hour reminder. Sam's 2-hour run sheet.
    assert_eq!(
        run_due(&app.db, &app.config, cys_time).await.unwrap(),
        sent(1, 1)
    );
    assert_eq!(
        run_due(&app.db, &app.config, cys_time).await.unwrap(),
        sent(0, 0)
    );

    let amiras = reminders_to(&app, "amira@example.org").await;
    assert_eq!(amiras.len(), 2);
    assert!(
        amiras[0].subject.starts_with("Erinnerung"),
        "{}",
        amiras[0].subject
    );
    assert!(amiras[0].body_text.contains("Mock interviews"));
    assert!(
        reminders_to(&app, "ben@example.org").await.is_empty(),
        "cancelled"
    );
    assert_eq!(reminders_to(&app, "cy@example.org").await.len(), 1);
    let danas = reminders_to(&app, "dana@acme.example").await;
    assert_eq!(danas.len(), 2);
    assert!(
        danas[0].body_text.contains("booked: Amira Haddad"),
        "{}",
        danas[0].body_text
    );
    assert!(!danas[0].body_text.contains("Ben Okafor"));
    assert_eq!(reminders_to(&app, "sam@borealis.example").await.len(), 2);
}
