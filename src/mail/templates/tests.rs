//! Every message in text and HTML, as snapshots (inputs are fixed, so nothing needs redacting),
//! plus the properties every mail must have.

use super::examples::*;
use super::*;

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
        // A volunteer's slot news and an event's cancellation for volunteers and employer
        // contacts need no personal link: there is nothing left for them to do there.
        let linkless = [
            "volunteer_slot",
            "event_cancelled_volunteer",
            "event_cancelled_employer",
            "sign_up_declined",
        ];
        if !linkless.iter().any(|prefix| name.starts_with(prefix)) {
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
