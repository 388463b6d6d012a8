//! Booking, rescheduling and cancelling send one mail each, whose calendar parts behave in every
//! calendar: REQUEST (SEQUENCE 0), REQUEST (SEQUENCE 1, same UID, new time), CANCEL (SEQUENCE 2,
//! same UID). Checked on the raw mail received over SMTP, with an independent iCalendar parser.

use crate::support::TestApp;
use crate::support::demo::session_of_format;
use crate::support::smtp::ReceivedMail;
use fairplan::clock::now_ms;
use fairplan::db::access_links::LinkSubject;
use fairplan::domain::ids::{BookingId, ParticipantId, SlotId};
use fairplan::entities::{participant, slot};
use fairplan::mail::templates::CancelledBy;
use fairplan::services::error::ServiceError;
use fairplan::services::{access_links, bookings, demo};
use icalendar::Component;
use icalendar::EventLike;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder,
};

/// The demo programme, two participants, the interview slots, and Amira's personal link.
pub struct Fixture {
    pub app: TestApp,
    pub amira: participant::Model,
    pub yusuf: participant::Model,
    pub slots: Vec<slot::Model>,
    pub token: String,
    pub link: String,
}

pub async fn fixture() -> Fixture {
    let app = TestApp::spawn().await;
    demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    crate::support::demo::none_chose_a_language(&app).await;
    app.drain_outbox().await;
    let find = |email: &'static str| {
        participant::Entity::find()
            .filter(participant::Column::Email.eq(email))
            .one(&app.db)
    };
    let amira = find("participant01@demo.fairplan.test")
        .await
        .unwrap()
        .unwrap();
    let yusuf = find("participant07@demo.fairplan.test")
        .await
        .unwrap()
        .unwrap();
    let mock = session_of_format(&app, "mock_interview").await;
    let slots = slot::Entity::find()
        .filter(slot::Column::SessionId.eq(mock.id))
        .order_by_asc(slot::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap();
    let token = access_links::issue(
        &app.db,
        LinkSubject::Participant(amira.id),
        Some(mock.event_id),
        now_ms(),
        now_ms() + 86_400_000,
    )
    .await
    .unwrap();
    let link = format!("{}/p/{token}", app.config.base_url);
    Fixture {
        app,
        amira,
        yusuf,
        slots,
        token,
        link,
    }
}

/// The SEQUENCE of a mail's calendar part.
pub fn sequence_of(mail: &ReceivedMail) -> Option<u32> {
    calendar_of(mail)
        .1
        .components
        .iter()
        .find_map(|c| c.as_event())
        .and_then(|e| e.get_sequence())
}

/// The MIME `method=` of a mail's inline calendar part, and the parsed calendar.
pub fn calendar_of(mail: &ReceivedMail) -> (String, icalendar::Calendar) {
    let parsed = mail.parsed();
    let part = parsed.subparts[0]
        .subparts
        .iter()
        .find(|p| p.ctype.mimetype == "text/calendar")
        .expect("inline calendar part");
    let mime_method = part.ctype.params.get("method").cloned().unwrap_or_default();
    let ics = part.get_body().unwrap();
    let unfolded = icalendar::parser::unfold(&ics);
    (
        mime_method,
        icalendar::parser::read_calendar(&unfolded)
            .expect("valid iCalendar")
            .into(),
    )
}

async fn booked(app: &TestApp, id: uuid::Uuid) -> i32 {
    slot::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .booked
}

/// Books, reschedules and cancels one booking for `person`; returns the three calendar mails
/// in SEQUENCE order (they are sent concurrently, so they may arrive in any order).
async fn run_lifecycle(fixture: &Fixture, person: &participant::Model) -> Vec<ReceivedMail> {
    let Fixture {
        app, slots, link, ..
    } = fixture;
    let (first, second) = (&slots[0], &slots[5]);
    let now = now_ms();
    let booking = bookings::book(
        &app.db,
        &app.config,
        ParticipantId(person.id),
        SlotId(first.id),
        link,
        now - 2_000,
    )
    .await
    .unwrap();
    assert_eq!(booked(app, first.id).await, 1);
    bookings::reschedule(
        &app.db,
        &app.config,
        BookingId(booking.id),
        SlotId(second.id),
        link,
        now - 1_000,
    )
    .await
    .unwrap();
    assert_eq!(
        (booked(app, first.id).await, booked(app, second.id).await),
        (0, 1)
    );
    bookings::cancel(
        &app.db,
        &app.config,
        booking.id,
        CancelledBy::Participant,
        link,
        now,
    )
    .await
    .unwrap();
    assert_eq!(booked(app, second.id).await, 0);

    // Three to the participant, four to the volunteers (slot booked; on the move, the old slot
    // freed and the new one booked; slot freed).
    assert_eq!(app.drain_outbox().await, 7);
    let mut mails: Vec<ReceivedMail> = app
        .smtp
        .received()
        .into_iter()
        .filter(|m| m.to == [person.mail_address().to_owned()] && m.part("text/calendar").is_some())
        .collect();
    assert_eq!(mails.len(), 3);
    mails.sort_by_key(sequence_of);
    mails
}

#[tokio::test]
async fn book_reschedule_cancel_sends_request_request_cancel_with_one_uid() {
    let fixture = fixture().await;
    let mails = run_lifecycle(&fixture, &fixture.amira).await;
    let Fixture { slots, link, .. } = &fixture;
    let (first, second) = (&slots[0], &slots[5]);

    let mut uids = Vec::new();
    let expected = [
        ("REQUEST", 0, "CONFIRMED", first),
        ("REQUEST", 1, "CONFIRMED", second),
        ("CANCEL", 2, "CANCELLED", second),
    ];
    for (mail, (method, sequence, status, slot)) in mails.iter().zip(expected) {
        let (mime_method, calendar) = calendar_of(mail);
        assert_eq!(
            mime_method, method,
            "the MIME part's method= equals the METHOD inside"
        );
        assert_eq!(calendar.property_value("METHOD"), Some(method));
        let event = calendar
            .components
            .iter()
            .find_map(|c| c.as_event())
            .unwrap();
        assert_eq!(event.get_sequence(), Some(sequence));
        assert_eq!(event.property_value("STATUS"), Some(status));
        let start = jiff::Timestamp::from_millisecond(slot.starts_at)
            .unwrap()
            .strftime("%Y%m%dT%H%M%SZ")
            .to_string();
        assert_eq!(event.property_value("DTSTART"), Some(start.as_str()));
        let attendees = mail
            .part("text/calendar")
            .unwrap()
            .matches("ATTENDEE")
            .count();
        assert_eq!(attendees, 1, "only the recipient");
        uids.push(event.get_uid().unwrap().to_owned());
        let text = mail.part("text/plain").unwrap();
        assert!(text.contains("(Europe/Berlin)"), "{text}");
        assert!(
            text.contains(link.as_str()),
            "the mail carries the personal link"
        );
    }
    assert!(
        uids.iter().all(|uid| *uid == uids[0]),
        "one UID for the booking's life: {uids:?}"
    );
    let subjects: Vec<String> = mails.iter().map(|m| m.header("Subject").unwrap()).collect();
    assert!(
        subjects[0].starts_with("Booked: Mock interviews, "),
        "{subjects:?}"
    );
    assert!(
        subjects[1].starts_with("Changed: Mock interviews, now "),
        "{subjects:?}"
    );
    assert!(
        subjects[2].starts_with("Cancelled: Mock interviews, "),
        "{subjects:?}"
    );
}

/// A hostile but real-world name: Arabic, Latin, quotes, a comma, a semicolon and an emoji; too
/// long for one encoded-word in the `To:` header.
const TRICKY_NAME: &str = "أميرة \"Amira\" حداد الأحمد, Dr.; 🌱";

#[tokio::test]
async fn unicode_names_and_separators_survive_into_every_calendar_part() {
    let fixture = fixture().await;
    let mut renamed = fixture.yusuf.clone().into_active_model();
    renamed.name = Set(TRICKY_NAME.to_owned());
    let person = renamed.update(&fixture.app.db).await.unwrap();
    let mails = run_lifecycle(&fixture, &person).await;

    for (n, mail) in mails.iter().enumerate() {
        let (method, calendar) = calendar_of(mail);
        let event = calendar
            .components
            .iter()
            .find_map(|c| c.as_event())
            .unwrap();
        assert_eq!(
            event.get_location(),
            Some("Seminar rooms 1-3, Stadtbibliothek, Saal 2, Breite Straße 30, 10178 Berlin")
        );
        let ics = mail.part("text/calendar").unwrap();
        assert!(
            icalendar::parser::unfold(&ics).contains("CN=\"أميرة ^'Amira^' حداد الأحمد, Dr.; 🌱\""),
            "{ics}"
        );
        assert!(mail.part("text/plain").unwrap().contains(TRICKY_NAME));
        assert_to_header_holds_whole_words(mail, TRICKY_NAME);

        // For CI: the same mails, checked again by Python's icalendar and by ical.js.
        let sequence = event.get_sequence().unwrap();
        crate::support::corpus::keep(&format!("lifecycle-{n}-{method}-seq{sequence}"), mail);
    }
}

/// The `To:` header's encoded-words, decoded one by one, give `name`, and each but the last ends
/// with a space: no word is cut (a reader that keeps the space between encoded-words would
/// show a cut word broken in two).
fn assert_to_header_holds_whole_words(mail: &ReceivedMail, name: &str) {
    use base64::Engine;
    let start = mail.raw.find("\r\nTo: ").expect("a To header") + "\r\nTo: ".len();
    let mut value = String::new();
    for (n, line) in mail.raw[start..].split("\r\n").enumerate() {
        if n > 0 && !line.starts_with(' ') {
            break;
        }
        value.push_str(line);
        value.push(' ');
    }
    let pieces: Vec<String> = value
        .split_whitespace()
        .filter_map(|word| word.strip_prefix("=?utf-8?b?")?.strip_suffix("?="))
        .map(|b64| {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(b64)
                .unwrap();
            String::from_utf8(bytes).unwrap()
        })
        .collect();
    assert_eq!(pieces.concat(), name, "{value}");
    for piece in &pieces[..pieces.len() - 1] {
        assert!(
            piece.ends_with(' '),
            "{piece:?} is cut inside a word: {value}"
        );
    }
}

#[tokio::test]
async fn a_full_slot_and_a_second_booking_in_the_same_session_are_refused_and_nothing_changes() {
    let Fixture {
        app,
        amira,
        yusuf,
        slots,
        link,
        ..
    } = fixture().await;
    let now = now_ms();
    bookings::book(
        &app.db,
        &app.config,
        ParticipantId(amira.id),
        SlotId(slots[0].id),
        &link,
        now,
    )
    .await
    .unwrap();

    let full = bookings::book(
        &app.db,
        &app.config,
        ParticipantId(yusuf.id),
        SlotId(slots[0].id),
        &link,
        now,
    )
    .await;
    assert!(
        matches!(full, Err(ServiceError::Refused("refuse-full"))),
        "{full:?}"
    );

    let second = bookings::book(
        &app.db,
        &app.config,
        ParticipantId(amira.id),
        SlotId(slots[1].id),
        &link,
        now,
    )
    .await;
    assert!(
        matches!(second, Err(ServiceError::Refused("refuse-already-booked"))),
        "{second:?}"
    );
    assert_eq!(
        booked(&app, slots[1].id).await,
        0,
        "the place taken before the refusal was rolled back"
    );
    assert_eq!(
        app.drain_outbox().await,
        2,
        "only the successful booking sent mail (participant and volunteer)"
    );
}
