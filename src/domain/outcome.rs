//! What came of the programme for a participant, as a coordinator records it: the kind, when,
//! with which employer, and a note. Checked here; stored by `services::outcomes`.

use super::text_enum::text_enum;
use crate::domain::fields::FormErrors;
use crate::domain::text::TextRule;
use jiff::civil::Date;
use uuid::Uuid;

text_enum! {
    /// The kinds of outcome, in the order the form offers them (stored as text; the database's
    /// CHECK lists the same).
    pub enum OutcomeKind, refused as UnknownOutcomeKind ("a kind of outcome") {
        /// Invited to a job interview.
        InterviewInvitation = "interview_invitation",
        /// A job offer.
        JobOffer = "job_offer",
        /// Started work.
        Placement = "placement",
        /// An internship or taster placement.
        Internship = "internship",
        /// Training or further education.
        Training = "training",
    }
}

impl OutcomeKind {
    /// The English name (for files other programs read).
    pub fn label(self) -> &'static str {
        match self {
            OutcomeKind::InterviewInvitation => "Invited to a job interview",
            OutcomeKind::JobOffer => "Job offer",
            OutcomeKind::Placement => "Started work",
            OutcomeKind::Internship => "Internship or taster placement",
            OutcomeKind::Training => "Training or further education",
        }
    }

    /// The id of the kind's name in the coordinators' texts (`coordinator.ftl`).
    pub fn text_id(self) -> &'static str {
        match self {
            OutcomeKind::InterviewInvitation => "coord-outcome-interview_invitation",
            OutcomeKind::JobOffer => "coord-outcome-job_offer",
            OutcomeKind::Placement => "coord-outcome-placement",
            OutcomeKind::Internship => "coord-outcome-internship",
            OutcomeKind::Training => "coord-outcome-training",
        }
    }
}

/// With whom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WithEmployer {
    /// A partner employer of the event.
    Partner(Uuid),
    /// Another employer, by name.
    Named(String),
    /// Not said (training, for instance).
    Unsaid,
}

/// A checked outcome, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutcomeDraft {
    /// Whose.
    pub participant_id: Uuid,
    /// What it was.
    pub kind: OutcomeKind,
    /// With whom.
    pub employer: WithEmployer,
    /// When it happened.
    pub happened_on: Date,
    /// Anything worth keeping (no sensitive facts).
    pub note: String,
}

/// Checks the coordinator's form: `participant`, `kind`, `employer` (a partner's id, `other`
/// or empty), `employer_name` (for `other`), `happened_on` (`YYYY-MM-DD`, not after `today`),
/// `note`.
pub fn check(value_of: impl Fn(&str) -> String, today: Date) -> Result<OutcomeDraft, FormErrors> {
    let mut errors = FormErrors::none();
    let participant_id = value_of("participant").trim().parse::<Uuid>().ok();
    if participant_id.is_none() {
        errors.push("participant", "problem-outcome-person");
    }
    let kind = value_of("kind").trim().parse::<OutcomeKind>().ok();
    if kind.is_none() {
        errors.push("kind", "problem-outcome-kind");
    }
    let employer = match value_of("employer").trim() {
        "" => WithEmployer::Unsaid,
        "other" => {
            let name = errors.text(
                "employer_name",
                &value_of("employer_name"),
                TextRule::line(200),
                "problem-outcome-employer-name",
            );
            WithEmployer::Named(name)
        }
        id => match id.parse::<Uuid>() {
            Ok(id) => WithEmployer::Partner(id),
            Err(_) => {
                errors.push("employer", "problem-outcome-employer");
                WithEmployer::Unsaid
            }
        },
    };
    let happened_on = match value_of("happened_on").trim().parse::<Date>() {
        Ok(date) if date <= today => Some(date),
        Ok(_) => {
            errors.push("happened_on", "problem-outcome-future");
            None
        }
        Err(_) => {
            errors.push("happened_on", "problem-outcome-date");
            None
        }
    };
    let note = errors.text(
        "note",
        &value_of("note"),
        TextRule::optional_line(1000),
        "problem-outcome-note",
    );
    match (participant_id, kind, happened_on) {
        (Some(participant_id), Some(kind), Some(happened_on)) if !errors.any() => {
            Ok(OutcomeDraft {
                participant_id,
                kind,
                employer,
                happened_on,
                note,
            })
        }
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fields::TypedForm;

    fn form(pairs: &[(&str, &str)]) -> impl Fn(&str) -> String {
        let typed = TypedForm::from_pairs(pairs.iter().copied());
        move |field| typed.owned(field)
    }

    fn today() -> Date {
        jiff::civil::date(2026, 11, 24)
    }

    #[test]
    fn a_partner_offer_is_taken() {
        let person = Uuid::now_v7();
        let partner = Uuid::now_v7();
        let draft = check(
            form(&[
                ("participant", &person.to_string()),
                ("kind", "job_offer"),
                ("employer", &partner.to_string()),
                ("happened_on", "2026-11-20"),
                ("note", " Nurse, full time "),
            ]),
            today(),
        )
        .unwrap();
        assert_eq!(draft.participant_id, person);
        assert_eq!(draft.kind, OutcomeKind::JobOffer);
        assert_eq!(draft.employer, WithEmployer::Partner(partner));
        assert_eq!(draft.happened_on, jiff::civil::date(2026, 11, 20));
        assert_eq!(draft.note, "Nurse, full time");
        assert_eq!(draft.kind.text_id(), "coord-outcome-job_offer");
    }

    #[test]
    fn another_employer_needs_a_name_and_dates_are_checked() {
        let errors = check(
            form(&[
                ("participant", "not-an-id"),
                ("kind", "lottery_win"),
                ("employer", "other"),
                ("happened_on", "2026-11-25"),
            ]),
            today(),
        )
        .unwrap_err();
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            vec!["participant", "kind", "employer_name", "happened_on"]
        );
        assert!(errors.get("happened_on").unwrap().contains("future"));
        let named = check(
            form(&[
                ("participant", &Uuid::now_v7().to_string()),
                ("kind", "training"),
                ("employer", "other"),
                ("employer_name", "Volkshochschule"),
                ("happened_on", "2026-11-24"),
            ]),
            today(),
        )
        .unwrap();
        assert_eq!(
            named.employer,
            WithEmployer::Named("Volkshochschule".to_owned())
        );
    }

    #[test]
    fn every_kind_has_a_name_for_coordinators_in_english_and_german() {
        for kind in OutcomeKind::ALL {
            for language in ["en", "de"] {
                let locale = crate::domain::locale::Locale::parse(language);
                assert!(
                    crate::i18n::has_text(&locale, kind.text_id()),
                    "{language}: {kind}"
                );
            }
        }
    }
}
