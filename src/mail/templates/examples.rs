//! The example of every message that the template tests render: fixed inputs (names, times,
//! links) in several languages, so snapshots need no redacting.

use super::*;
use crate::domain::locale::PARTICIPANT_LANGUAGES;

/// A mail head for a programme working in English.
pub(super) fn head(recipient_language: &str) -> MailHead {
    MailHead {
        languages: MailLanguages::new(recipient_language, "en"),
        programme: "Career Bridge".to_owned(),
    }
}

/// Tuesday 3 March 2026, 18:30 in Berlin.
pub(super) const EVENING: i64 = 1_772_559_000_000;
pub(super) const MINUTE: i64 = 60_000;

/// From `from` to `to` minutes after [`EVENING`], in `zone`.
pub(super) fn between(from: i64, to: i64, zone: &str) -> When {
    When::range(EVENING + from * MINUTE, EVENING + to * MINUTE, zone).unwrap()
}

/// The whole evening, 17:00-21:00 in Berlin.
pub(super) fn the_evening() -> When {
    between(-90, 150, "Europe/Berlin")
}

pub(super) fn details() -> BookingDetails {
    details_in(head("en"))
}

pub(super) fn details_in(head: MailHead) -> BookingDetails {
    BookingDetails {
        head,
        name: "Oleksandr Shevchenko".to_owned(),
        event_title: "Career Evening".to_owned().into(),
        session_title: "Mock interviews".to_owned().into(),
        with: "Havel Health Kliniken, Physician".to_owned().into(),
        when: between(0, 30, "Europe/Berlin"),
        own_time: Some(between(0, 30, "Europe/Kyiv")),
        place: "https://video.example.org/room/42".to_owned(),
        bring: "Your CV, printed twice".to_owned().into(),
        contact: String::new(),
        instructions: String::new(),
        manage_link: "https://events.example.org/p/TOKEN".to_owned(),
        notice: Notice::NONE,
        check_in_code: "3F9A2-C07B1".to_owned(),
    }
}

/// What a coordinator's change of time and room says, with their note.
pub(super) fn organisers_notice() -> Notice {
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

pub(super) fn all_messages() -> Vec<(&'static str, RenderedMail)> {
    vec![
        (
            "participant_invitation",
            ParticipantInvitationEmail {
                head: head("uk"),
                name: "Oleksandr Shevchenko".to_owned(),
                event_title: "Career Evening".to_owned().into(),
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
        (
            "event_cancelled_volunteer",
            EventCancelledEmail {
                head: head("de"),
                name: "Olena Kovalenko".to_owned(),
                event_title: "Career Evening".to_owned().into(),
                when: the_evening(),
                reader: CancelledEventReader::Volunteer,
                slots: vec![ScheduleLine {
                    when: When::clock(EVENING, EVENING + 30 * MINUTE, "Europe/Berlin").unwrap(),
                    session_title: "Mock interviews".to_owned(),
                    room: "Room 4".to_owned(),
                    booked_by: Vec::new(),
                }],
                volunteers: Vec::new(),
                notice: Notice::note("The hall is flooded; we will write with a new date."),
                link: String::new(),
            }
            .render()
            .unwrap(),
        ),
        (
            "event_cancelled_participant_arabic",
            EventCancelledEmail {
                head: MailHead {
                    languages: MailLanguages::among("ar", "en", PARTICIPANT_LANGUAGES),
                    programme: "Career Bridge".to_owned(),
                },
                name: "Layla Hassan".to_owned(),
                event_title: "Career Evening".to_owned().into(),
                when: the_evening(),
                reader: CancelledEventReader::Participant,
                slots: Vec::new(),
                volunteers: Vec::new(),
                notice: Notice::NONE,
                link: "https://events.example.org/p/TOKEN".to_owned(),
            }
            .render()
            .unwrap(),
        ),
        (
            "event_cancelled_employer",
            EventCancelledEmail {
                head: head("en"),
                name: "Petra Neumann".to_owned(),
                event_title: "Career Evening".to_owned().into(),
                when: the_evening(),
                reader: CancelledEventReader::EmployerContact,
                slots: Vec::new(),
                volunteers: vec!["Olena Kovalenko".to_owned(), "Jonas Weber".to_owned()],
                notice: Notice::NONE,
                link: String::new(),
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
                event_title: "Career Evening".to_owned().into(),
                when: the_evening(),
                link: "https://events.example.org/p/TOKEN".to_owned(),
            }
            .render()
            .unwrap(),
        ),
        (
            "coordinator_message",
            CoordinatorMessageEmail {
                head: MailHead {
                    languages: MailLanguages::among("uk", "en", PARTICIPANT_LANGUAGES),
                    programme: "Career Bridge".to_owned(),
                },
                name: "Olena Kovalenko".to_owned(),
                event_title: "Career Evening".to_owned().into(),
                subject: "Room change & what to bring".to_owned(),
                text: "We meet in room 2.14 (upstairs) & not 1.02.\nBring your CV twice."
                    .to_owned(),
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
                session_title: "CV workshop".to_owned().into(),
                event_title: "Career Evening".to_owned().into(),
                link: "https://events.example.org/p/TOKEN".to_owned(),
                news: WaitlistNews::Joined,
                reason: String::new(),
                notice: Notice::NONE,
            }
            .render()
            .unwrap(),
        ),
        (
            "waitlist_expired",
            WaitlistNoticeEmail {
                head: head("en"),
                name: "Mariam Yousef".to_owned(),
                session_title: "CV workshop".to_owned().into(),
                event_title: "Career Evening".to_owned().into(),
                link: "https://events.example.org/p/TOKEN".to_owned(),
                news: WaitlistNews::OfferExpired,
                reason: String::new(),
                notice: Notice::NONE,
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
    .into_iter()
    .chain(super::examples_sign_up::messages())
    .collect()
}
