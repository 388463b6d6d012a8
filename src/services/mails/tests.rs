//! Every message in text and HTML, as snapshots (inputs are fixed, so nothing needs redacting),
//! plus the properties every mail must have.

use super::*;

fn details() -> BookingDetails {
    BookingDetails {
        locale: Locale::negotiate("en"),
        programme: "Career Bridge".to_owned(),
        name: "Oleksandr Shevchenko".to_owned(),
        event_title: "Career Evening".to_owned(),
        session_title: "Mock interviews".to_owned(),
        with: "Havel Health Kliniken, Physician".to_owned(),
        when: "Tue 3 March 2026, 18:30–19:00 (Europe/Berlin)".to_owned(),
        own_time: Some("Tue 3 March 2026, 19:30–20:00 (Europe/Kyiv)".to_owned()),
        place: "https://video.example.org/room/42".to_owned(),
        manage_link: "https://events.example.org/p/TOKEN".to_owned(),
    }
}

fn all_messages() -> Vec<(&'static str, RenderedMail)> {
    vec![
        (
            "participant_invitation",
            ParticipantInvitationEmail {
                locale: Locale::negotiate("uk"),
                programme: "Career Bridge".to_owned(),
                name: "Oleksandr Shevchenko".to_owned(),
                event_title: "Career Evening".to_owned(),
                when: "Tue 3 March 2026, 17:00–21:00 (Europe/Berlin)".to_owned(),
                place: "Stadtbibliothek, Breite Straße 30, 10178 Berlin".to_owned(),
                link: "https://events.example.org/p/TOKEN".to_owned(),
            }
            .render()
            .unwrap(),
        ),
        (
            "employer_invitation",
            EmployerInvitationEmail {
                locale: Locale::negotiate("de"),
                programme: "Career Bridge".to_owned(),
                name: "Dr. Miriam Roth".to_owned(),
                employer: "Havel Health Kliniken".to_owned(),
                event_title: "Career Evening".to_owned(),
                when: "Tue 3 March 2026, 17:00–21:00 (Europe/Berlin)".to_owned(),
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
            BookingChangedEmail(details()).render().unwrap(),
        ),
        (
            "booking_cancelled",
            BookingCancelledEmail(details()).render().unwrap(),
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
        assert!(
            mail.text.contains("https://events.example.org/"),
            "{name}: the text part has the link"
        );
        assert!(
            !mail.text.contains('<'),
            "{name}: the text part has no markup"
        );
        assert!(
            mail.html.contains(r#"<html lang="en" dir="ltr">"#),
            "{name}: lang and dir"
        );
    }
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
