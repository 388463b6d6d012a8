//! Who may take which option: the session's language rule at its level, the occupation rule,
//! and times already taken. Also says why not, for the explanations.

use super::model::{Language, OptionSpec, ParticipantSpec, SessionRules};
use crate::domain::cefr::CefrLevel;
use crate::domain::option_fit::{Fit, InterviewRules, Profile, bookable, fit};

/// Why an option is closed to a participant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Barrier {
    /// Their own level in the session's language is too low (or not given).
    Language,
    /// The interviewer does not share the needed language at the level.
    InterviewerLanguage,
    /// Their occupation field does not match, and the session requires it.
    Occupation,
    /// It clashes with another booking of theirs.
    Clash,
}

fn profile(languages: &[Language], fields: &[String]) -> Profile {
    Profile {
        languages: languages
            .iter()
            .map(|l| (l.code.to_ascii_lowercase(), l.level))
            .collect(),
        fields: fields.to_vec(),
    }
}

fn level_in(languages: &[Language], code: &str) -> Option<CefrLevel> {
    languages
        .iter()
        .filter(|l| l.code.eq_ignore_ascii_case(code))
        .map(|l| l.level)
        .max()
}

fn shares_field(participant: &ParticipantSpec, option: &OptionSpec) -> bool {
    option.fields.is_empty()
        || participant.fields.iter().any(|mine| {
            option
                .fields
                .iter()
                .any(|theirs| theirs.trim().eq_ignore_ascii_case(mine.trim()))
        })
}

/// Whether `participant` may take `option`, and if so whether it fits their occupation field.
pub fn check(
    participant: &ParticipantSpec,
    option: &OptionSpec,
    rules: &SessionRules,
) -> Result<bool, Barrier> {
    let field_fit = !option.fields.is_empty() && shares_field(participant, option);
    if let Some(code) = &rules.language {
        let enough = match (level_in(&participant.languages, code), rules.min_level) {
            (Some(level), Some(min)) => level >= min,
            (Some(_), None) => true,
            (None, _) => false,
        };
        if !enough {
            return Err(Barrier::Language);
        }
    }
    if option.languages.is_empty() {
        // A placement or group: only the participant's own level counts (checked above).
        if rules.require_occupation_match && !shares_field(participant, option) {
            return Err(Barrier::Occupation);
        }
    } else {
        let interview = InterviewRules {
            language: rules.language.clone(),
            min_level: rules.min_level,
            require_occupation: rules.require_occupation_match,
        };
        let how = match fit(
            &profile(&participant.languages, &participant.fields),
            &profile(&option.languages, &option.fields),
            &interview,
        ) {
            // An interviewer who named no field is open to every field (the format's rule),
            // so the occupation requirement cannot bar anyone from them; it is still no "fit".
            Fit::OtherField if option.fields.is_empty() => Fit::Good,
            // Likewise without a session language, where sharing one is no rule at all.
            Fit::NoLanguage if option.fields.is_empty() && rules.language.is_none() => {
                Fit::SameFieldNoLanguage
            }
            how => how,
        };
        if !bookable(how, &interview) {
            // Without a session language, only the occupation rule can close an interview.
            return Err(if how == Fit::NoLanguage && rules.language.is_some() {
                Barrier::InterviewerLanguage
            } else {
                Barrier::Occupation
            });
        }
    }
    if participant.busy.iter().any(|b| b.overlaps(&option.time)) {
        return Err(Barrier::Clash);
    }
    Ok(field_fit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::allocation::model::Span;

    fn english(level: CefrLevel) -> Language {
        Language {
            code: "en".to_owned(),
            level,
        }
    }

    fn interview(fields: &[&str]) -> OptionSpec {
        OptionSpec {
            id: "v1-s1".to_owned(),
            label: "Volunteer 1 at 18:00".to_owned(),
            time: Span {
                starts: 0,
                ends: 30,
            },
            capacity: 1,
            volunteer: Some("v1".to_owned()),
            languages: vec![english(CefrLevel::C2)],
            fields: fields.iter().map(|f| (*f).to_owned()).collect(),
        }
    }

    #[test]
    fn without_a_session_language_the_occupation_rule_asks_for_no_shared_language() {
        let seeker = ParticipantSpec {
            id: "seeker".to_owned(),
            languages: vec![Language {
                code: "ar".to_owned(),
                level: CefrLevel::C2,
            }],
            fields: vec!["nursing".to_owned()],
            ..ParticipantSpec::default()
        };
        let rules = SessionRules {
            language: None,
            min_level: None,
            require_occupation_match: true,
            max_per_participant: 1,
        };
        assert_eq!(check(&seeker, &interview(&["nursing"]), &rules), Ok(true));
        assert_eq!(
            check(&seeker, &interview(&["software"]), &rules),
            Err(Barrier::Occupation),
            "the field still decides"
        );
        assert_eq!(
            check(&seeker, &interview(&[]), &rules),
            Ok(false),
            "an interviewer of every field, no shared language, no session language: open"
        );
        let open = SessionRules {
            require_occupation_match: false,
            ..rules
        };
        assert_eq!(check(&seeker, &interview(&["software"]), &open), Ok(false));
    }

    #[test]
    fn an_interviewer_without_fields_is_open_to_every_field_even_when_fields_must_match() {
        let seeker = ParticipantSpec {
            id: "seeker".to_owned(),
            languages: vec![english(CefrLevel::B2)],
            fields: vec!["nursing".to_owned()],
            ..ParticipantSpec::default()
        };
        let rules = SessionRules {
            language: Some("en".to_owned()),
            min_level: Some(CefrLevel::B1),
            require_occupation_match: true,
            max_per_participant: 1,
        };
        assert_eq!(
            check(&seeker, &interview(&[]), &rules),
            Ok(false),
            "open, not a fit"
        );
        assert_eq!(check(&seeker, &interview(&["Nursing"]), &rules), Ok(true));
        assert_eq!(
            check(&seeker, &interview(&["software"]), &rules),
            Err(Barrier::Occupation)
        );
    }
}
