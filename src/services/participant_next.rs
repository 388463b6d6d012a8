//! What a participant must do next, said at the top of their page before anything else: take a
//! place held for them, rank the times of a session whose ranking is open, else their next
//! appointment, else choose a time. A pure reading of the page's content.

use crate::services::participant_page::{ParticipantHome, ParticipantSession};

/// One thing to do (or to know), with the section of the page where it is done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStep {
    /// The text saying it (`next-offer`, `next-rank`, `next-appointment`, `next-choose`,
    /// `next-nothing`).
    pub text_id: &'static str,
    /// The session it is about (empty for `next-nothing`).
    pub session: String,
    /// The offer's deadline, or the appointment's time.
    pub detail: String,
    /// Where on the page: `#session-…` or `#schedule-heading`.
    pub anchor: String,
}

impl NextStep {
    /// Nothing to do for now.
    fn nothing() -> Self {
        Self {
            text_id: "next-nothing",
            session: String::new(),
            detail: String::new(),
            anchor: String::new(),
        }
    }
}

fn step(text_id: &'static str, session: &ParticipantSession, detail: &str) -> NextStep {
    NextStep {
        text_id,
        session: session.title.clone(),
        detail: detail.to_owned(),
        anchor: format!("#session-{}", session.id),
    }
}

/// The person's next steps, most urgent first.
pub fn next_steps(home: &ParticipantHome) -> Vec<NextStep> {
    let mut steps: Vec<NextStep> = Vec::new();
    if home.event_cancelled {
        // Nothing is left to do at a cancelled event; the page says so at its top.
        return vec![NextStep::nothing()];
    }
    for session in &home.sessions {
        if let Some((_, deadline)) = session.waiting.as_ref().and_then(|w| w.offer.as_ref()) {
            steps.push(step("next-offer", session, deadline));
        }
    }
    for session in &home.sessions {
        let open_ranking = session
            .ranking
            .as_ref()
            .is_some_and(|r| r.closed.is_none() && !r.options.is_empty() && r.saved == 0);
        if open_ranking {
            steps.push(step("next-rank", session, ""));
        }
    }
    if let Some(first) = home.schedule.first() {
        steps.push(NextStep {
            text_id: "next-appointment",
            session: first.session_title.clone(),
            detail: first.when.clone(),
            anchor: "#schedule-heading".to_owned(),
        });
    }
    if steps.is_empty() {
        steps.extend(
            home.sessions
                .iter()
                .filter(|s| {
                    s.my_booking.is_none()
                        && s.waiting.is_none()
                        && s.ranking.is_none()
                        && s.closed_reason.is_none()
                        && !s.options.is_empty()
                })
                .map(|s| step("next-choose", s, "")),
        );
    }
    if steps.is_empty() {
        steps.push(NextStep::nothing());
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::participant_page::{OptionLine, RankingView, ScheduleEntry, WaitLine};
    use uuid::Uuid;

    fn session(title: &str) -> ParticipantSession {
        ParticipantSession {
            id: Uuid::now_v7(),
            title: title.to_owned(),
            format: "mock_interview".to_owned(),
            when: String::new(),
            options: vec![OptionLine {
                slot_id: Uuid::now_v7(),
                when: "17:30–18:00".to_owned(),
                with: String::new(),
                free: 1,
                note: None,
            }],
            my_booking: None,
            my_booking_can_change: true,
            closed_reason: None,
            waiting: None,
            can_wait: false,
            ranking: None,
            wishes: None,
        }
    }

    fn home(sessions: Vec<ParticipantSession>, schedule: Vec<ScheduleEntry>) -> ParticipantHome {
        ParticipantHome {
            link_path: "/p/x".to_owned(),
            name: "Amira".to_owned(),
            locale: crate::domain::locale::Locale::default(),
            event_title: "Career evening".to_owned(),
            description: String::new(),
            when: String::new(),
            place: String::new(),
            schedule,
            sessions,
            feedback: Vec::new(),
            event_cancelled: false,
            check_in_code: None,
        }
    }

    fn booked(title: &str) -> ScheduleEntry {
        ScheduleEntry {
            booking_id: Uuid::now_v7(),
            session_id: Uuid::now_v7(),
            session_title: title.to_owned(),
            when: "Tue 3 March 2026, 17:30–18:00".to_owned(),
            with: String::new(),
            place: String::new(),
            video_link: None,
            bring: String::new(),
            contact_and_instructions: Default::default(),
            can_change: true,
            arrived: false,
        }
    }

    fn ids(steps: &[NextStep]) -> Vec<(&str, &str)> {
        steps
            .iter()
            .map(|s| (s.text_id, s.session.as_str()))
            .collect()
    }

    #[test]
    fn with_nothing_booked_the_person_is_asked_to_choose_a_time() {
        let steps = next_steps(&home(vec![session("Mock interviews")], vec![]));
        assert_eq!(ids(&steps), vec![("next-choose", "Mock interviews")]);
        assert!(steps[0].anchor.starts_with("#session-"));
    }

    #[test]
    fn a_held_place_and_an_open_ranking_come_before_the_next_appointment() {
        let mut offered = session("Speed networking");
        offered.waiting = Some(WaitLine {
            booking_id: Uuid::now_v7(),
            position: 0,
            offer: Some(("19:45".to_owned(), "Mon 18:00".to_owned())),
        });
        let mut ranked = session("Taster day");
        ranked.ranking = Some(RankingView {
            closed: None,
            options: Vec::new(),
            needed: 1,
            max: 1,
            errors: Vec::new(),
            saved: 0,
            no_place: None,
        });
        let steps = next_steps(&home(
            vec![offered, ranked, session("Mock interviews")],
            vec![booked("Mock interviews")],
        ));
        assert_eq!(
            ids(&steps),
            vec![
                ("next-offer", "Speed networking"),
                ("next-appointment", "Mock interviews")
            ],
            "a ranking with no options to rank asks nothing"
        );
        assert_eq!(steps[0].detail, "Mon 18:00");
        assert_eq!(steps[1].anchor, "#schedule-heading");
    }

    #[test]
    fn with_nothing_left_to_do_the_page_says_so() {
        let mut closed = session("Mock interviews");
        closed.closed_reason = Some("session-closed");
        let steps = next_steps(&home(vec![closed], vec![]));
        assert_eq!(ids(&steps), vec![("next-nothing", "")]);
    }
}
