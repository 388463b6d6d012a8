//! Every message in text and HTML, as snapshots (inputs are fixed, so nothing needs redacting),
//! plus the properties every mail must have.

use super::*;
use crate::domain::locale::PARTICIPANT_LANGUAGES;

/// A mail head for a programme working in English.
fn head(recipient_language: &str) -> MailHead {
    MailHead {
        languages: MailLanguages::new(recipient_language, "en"),
        programme: "Career Bridge".to_owned(),
    }
}

/// Tuesday 3 March 2026, 18:30 in Berlin.
const EVENING: i64 = 1_772_559_000_000;
const MINUTE: i64 = 60_000;

/// From `from` to `to` minutes after [`EVENING`], in `zone`.
fn between(from: i64, to: i64, zone: &str) -> When {
    When::range(EVENING + from * MINUTE, EVENING + to * MINUTE, zone).unwrap()
}

/// The whole evening, 17:00-21:00 in Berlin.
fn the_evening() -> When {
    between(-90, 150, "Europe/Berlin")
}

fn details() -> BookingDetails {
    details_in(head("en"))
}

fn details_in(head: MailHead) -> BookingDetails {
    BookingDetails {
        head,
        name: "Oleksandr Shevchenko".to_owned(),
        event_title: "Career Evening".to_owned(),
        session_title: "Mock interviews".to_owned(),
        with: "Havel Health Kliniken, Physician".to_owned(),
        when: between(0, 30, "Europe/Berlin"),
        own_time: Some(between(0, 30, "Europe/Kyiv")),
        place: "https://video.example.org/room/42".to_owned(),
        bring: "Your CV, printed twice".to_owned(),
        contact: String::new(),
        instructions: String::new(),
        manage_link: "https://events.example.org/p/TOKEN".to_owned(),
        notice: Notice::NONE,
    }
}

/// What a coordinator's change of time and room says, with their note.
fn organisers_notice() -> Notice {
    Notice {
        changes: vec![
            Changed::Time {
                was: between(0, 30, "Europe/Berlin"),
                now: between(60, 90, "Europe/Berlin"),
            },
            Changed::Place {
                was: "Room 1, Stadtbibliothek".to_owned(),
                now: "Room 4, Stadtbibliothek".to_owned(),
            },
        ],
        note: "The lift is out of order.\nPlease use the stairs by the café.".to_owned(),
    }
}

fn all_messages() -> Vec<(&'static str, RenderedMail)> {
    vec![
        (
            "participant_invitation",
            ParticipantInvitationEmail {
                head: head("uk"),
                name: "Oleksandr Shevchenko".to_owned(),
                event_title: "Career Evening".to_owned(),
                when: the_evening(),
                place: "Stadtbibliothek, Breite Straße 30, 10178 Berlin".to_owned(),
                link: "https://events.example.org/p/TOKEN".to_owned(),
            }
            .render()
            .unwrap(),
        ),
        (
            "employer_invitation",
            EmployerInvitationEmail {
                head: head("de"),
                name: "Dr. Miriam Roth".to_owned(),
                employer: "Havel Health Kliniken".to_owned(),
                event_title: "Career Evening".to_owned(),
                when: the_evening(),
                link: "https://events.example.org/e/TOKEN".to_owned(),
            }
            .render()
            .unwrap(),
        ),
        (
            "booking_confirmed",
            BookingConfirmedEmail(details()).render().unwrap(),
        ),
        (
            "booking_changed",
            BookingChangedEmail(details(), MovedBy::Participant)
                .render()
                .unwrap(),
        ),
        (
            "booking_changed_by_organisers_arabic",
            BookingChangedEmail(
                BookingDetails {
                    notice: organisers_notice(),
                    ..details_in(MailHead {
                        languages: MailLanguages::among("ar", "en", PARTICIPANT_LANGUAGES),
                        programme: "Career Bridge".to_owned(),
                    })
                },
                MovedBy::Organisers,
            )
            .render()
            .unwrap(),
        ),
        (
            "booking_cancelled",
            BookingCancelledEmail(details(), CancelledBy::Participant)
                .render()
                .unwrap(),
        ),
        (
            "volunteer_slot",
            VolunteerSlotEmail {
                head: head("de"),
                name: "Olena Kovalenko".to_owned(),
                session_title: "Mock interviews".to_owned(),
                event_title: "Career Evening".to_owned(),
                when: between(0, 30, "Europe/Berlin"),
                place: "Stadtbibliothek, Breite Straße 30, 10178 Berlin".to_owned(),
                booked_by: vec![
                    "Oleksandr Shevchenko (engineering; de A2, en B2, uk C2)".to_owned(),
                ],
                news: SlotNews::Updated,
                notice: Notice::NONE,
            }
            .render()
            .unwrap(),
        ),
        (
            "volunteer_slot_changed",
            VolunteerSlotEmail {
                head: head("en"),
                name: "Olena Kovalenko".to_owned(),
                session_title: "Mock interviews".to_owned(),
                event_title: "Career Evening".to_owned(),
                when: between(60, 90, "Europe/Berlin"),
                place: "Room 4, Stadtbibliothek".to_owned(),
                booked_by: Vec::new(),
                news: SlotNews::Changed,
                notice: organisers_notice(),
            }
            .render()
            .unwrap(),
        ),
        ("reminder", ReminderEmail(details()).render().unwrap()),
        (
            "booking_confirmed_arabic",
            BookingConfirmedEmail(details_in(MailHead {
                languages: MailLanguages::among("ar", "en", PARTICIPANT_LANGUAGES),
                programme: "Career Bridge".to_owned(),
            }))
            .render()
            .unwrap(),
        ),
        (
            "new_link",
            NewLinkEmail {
                head: head("de"),
                name: "Mariam Yousef".to_owned(),
                event_title: "Career Evening".to_owned(),
                when: the_evening(),
                link: "https://events.example.org/p/TOKEN".to_owned(),
            }
            .render()
            .unwrap(),
        ),
        (
            "waitlist_offer",
            WaitlistOfferEmail {
                details: details(),
                deadline: When::instant(EVENING - 21 * 60 * MINUTE - 30 * MINUTE, "Europe/Berlin")
                    .unwrap(),
            }
            .render()
            .unwrap(),
        ),
        (
            "waitlist_joined",
            WaitlistNoticeEmail {
                head: head("de"),
                name: "Mariam Yousef".to_owned(),
                session_title: "CV workshop".to_owned(),
                event_title: "Career Evening".to_owned(),
                link: "https://events.example.org/p/TOKEN".to_owned(),
                news: WaitlistNews::Joined,
                reason: String::new(),
            }
            .render()
            .unwrap(),
        ),
        (
            "waitlist_expired",
            WaitlistNoticeEmail {
                head: head("en"),
                name: "Mariam Yousef".to_owned(),
                session_title: "CV workshop".to_owned(),
                event_title: "Career Evening".to_owned(),
                link: "https://events.example.org/p/TOKEN".to_owned(),
                news: WaitlistNews::OfferExpired,
                reason: String::new(),
            }
            .render()
            .unwrap(),
        ),
        (
            "delivery_failed",
            DeliveryFailedEmail {
                head: head("de"),
                name: "Lead Coordinator".to_owned(),
                failed_to: "amira@example.org".to_owned(),
                failed_subject: "Book your place: Career Evening".to_owned(),
                error: "permanent error (554): 5.7.1 Relaying refused".to_owned(),
                dashboard_link: "https://events.example.org/coordinator".to_owned(),
            }
            .render()
            .unwrap(),
        ),
        (
            "password_reset",
            PasswordResetEmail {
                head: head("en"),
                name: "Cora Coordinator".to_owned(),
                link: "https://events.example.org/coordinator/password-reset/TOKEN".to_owned(),
            }
            .render()
            .unwrap(),
        ),
        (
            "volunteer_schedule",
            VolunteerScheduleEmail {
                head: head("en"),
                name: "Olena Kovalenko".to_owned(),
                event_title: "Career Evening".to_owned(),
                when: the_evening(),
                place: "Stadtbibliothek, Breite Straße 30, 10178 Berlin".to_owned(),
                slots: vec![
                    ScheduleLine {
                        when: When::clock(
                            EVENING - 60 * MINUTE,
                            EVENING - 30 * MINUTE,
                            "Europe/Berlin",
                        )
                        .unwrap(),
                        session_title: "Mock interviews".to_owned(),
                        room: "Seminar room 2".to_owned(),
                        booked_by: vec!["Amira Haddad".to_owned()],
                    },
                    ScheduleLine {
                        when: When::clock(
                            EVENING - 20 * MINUTE,
                            EVENING + 10 * MINUTE,
                            "Europe/Berlin",
                        )
                        .unwrap(),
                        session_title: "Mock interviews".to_owned(),
                        room: "Seminar room 2".to_owned(),
                        booked_by: Vec::new(),
                    },
                ],
                link: "https://events.example.org/v/TOKEN".to_owned(),
                reminder: false,
            }
            .render()
            .unwrap(),
        ),
        (
            "volunteer_reminder",
            VolunteerScheduleEmail {
                head: head("de"),
                name: "Olena Kovalenko".to_owned(),
                event_title: "Career Evening".to_owned(),
                when: the_evening(),
                place: "Stadtbibliothek, Breite Straße 30, 10178 Berlin".to_owned(),
                slots: vec![ScheduleLine {
                    when: When::clock(
                        EVENING - 60 * MINUTE,
                        EVENING - 30 * MINUTE,
                        "Europe/Berlin",
                    )
                    .unwrap(),
                    session_title: "Mock interviews".to_owned(),
                    room: String::new(),
                    booked_by: vec!["Amira Haddad".to_owned(), "Ben Okafor".to_owned()],
                }],
                link: "https://events.example.org/v/TOKEN".to_owned(),
                reminder: true,
            }
            .render()
            .unwrap(),
        ),
    ]
}

#[test]
fn every_message_matches_its_snapshot() {
    for (name, mail) in all_messages() {
        insta::assert_snapshot!(
            format!("{name}_text"),
            format!("Subject: {}\n\n{}", mail.subject, mail.text)
        );
        insta::assert_snapshot!(format!("{name}_html"), mail.html);
    }
}

#[test]
fn every_message_reads_on_its_own_and_declares_its_language() {
    for (name, mail) in all_messages() {
        assert!(
            !mail.subject.is_empty() && !mail.subject.contains('\n'),
            "{name}: one-line subject"
        );
        // Volunteers' mails carry no personal link yet (their pages come with issue 4).
        if !name.starts_with("volunteer_") {
            assert!(
                mail.text.contains("https://events.example.org/"),
                "{name}: the text part has the link"
            );
        }
        assert!(
            !mail.text.contains('<'),
            "{name}: the text part has no markup"
        );
        assert!(
            mail.html.contains(r#"<html lang=""#),
            "{name}: lang on the document"
        );
        assert!(
            mail.html.contains(r#"<div lang="en" dir="ltr">"#),
            "{name}: every block declares its language"
        );
    }
}

#[test]
fn a_cancellation_says_who_cancelled() {
    let by = |who| BookingCancelledEmail(details(), who).render().unwrap().text;
    assert!(by(CancelledBy::Participant).contains("this booking is cancelled."));
    assert!(by(CancelledBy::Coordinator).contains("the organisers had to cancel this booking."));
    assert!(by(CancelledBy::EventCancelled).contains("the event has been cancelled"));
    assert!(by(CancelledBy::VolunteerUnavailable).contains("on the waiting list"));
    let moved = BookingChangedEmail(details(), MovedBy::VolunteerUnavailable)
        .render()
        .unwrap()
        .text;
    assert!(moved.contains("can no longer come at that time"));
}

#[test]
fn names_and_links_are_escaped_in_html() {
    let mut hostile = details();
    hostile.name = "<script>alert(1)</script>".to_owned();
    let mail = BookingConfirmedEmail(hostile).render().unwrap();
    assert!(!mail.html.contains("<script>"));
    assert!(
        mail.text.contains("<script>"),
        "plain text is shown as written"
    );
}

#[test]
fn a_german_reader_gets_german_first_then_the_programmes_english() {
    let mut german = details();
    german.head = head("de");
    let mail = BookingConfirmedEmail(german).render().unwrap();
    assert_eq!(
        mail.subject,
        "Gebucht: Mock interviews, Di., 3. März 2026, 18:30–19:00 (Europe/Berlin) / Booked: Mock interviews, Tue 3 March 2026, 18:30–19:00 (Europe/Berlin)",
        "each block writes the date in its own language"
    );
    let (first, second) = (
        mail.text.find("Hallo Oleksandr").unwrap(),
        mail.text.find("Hello Oleksandr").unwrap(),
    );
    assert!(first < second, "the recipient's language comes first");
    assert!(mail.html.starts_with("<!doctype html>\n<html lang=\"de\""));
    assert!(
        mail.html.contains(r#"<div lang="de" dir="ltr">"#)
            && mail.html.contains(r#"<div lang="en" dir="ltr">"#)
    );
}

#[test]
fn a_reader_of_the_programmes_language_gets_one_block() {
    let mail = BookingConfirmedEmail(details()).render().unwrap();
    assert!(!mail.text.contains("Hallo"));
    assert_eq!(mail.html.matches("<div lang=").count(), 1);
}

#[test]
fn a_language_without_mail_texts_falls_back_to_the_programmes() {
    assert_eq!(
        MailLanguages::new("ar", "de"),
        MailLanguages::new("en", "de")
    );
    assert_eq!(MailLanguages::new("ar", "en").blocks().len(), 1);
}
