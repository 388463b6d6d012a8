//! How well an interview slot suits a participant: whether they and the interviewer share the
//! interview language at the level the session asks for, and an occupation field. Slots that
//! fit are shown first; a session that requires the occupation to match does not offer the
//! others at all.

use super::cefr::CefrLevel;

/// A person's languages and fields, as stored (language codes lower case, fields as typed).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    /// Languages with levels.
    pub languages: Vec<(String, CefrLevel)>,
    /// Occupation fields.
    pub fields: Vec<String>,
}

/// What a session asks of an interview.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InterviewRules {
    /// The language the interview is held in (`None`: any language both speak).
    pub language: Option<String>,
    /// The least level both need in it (`None`: any).
    pub min_level: Option<CefrLevel>,
    /// Whether the participant's and interviewer's occupation fields must share one.
    pub require_occupation: bool,
}

/// How a slot suits a participant, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    /// Shared language at the level, and a shared occupation field.
    Good,
    /// The language works, the occupation field does not match.
    OtherField,
    /// The occupation field matches but they share no language, in a session that names none
    /// (so they agree on one; no rule closes the slot).
    SameFieldNoLanguage,
    /// They share no language at the needed level.
    NoLanguage,
}

impl Fit {
    /// The text id of a short reason shown beside a slot that does not fit well.
    pub fn note(self) -> Option<&'static str> {
        match self {
            Self::Good => None,
            Self::OtherField => Some("fit-other-field"),
            Self::SameFieldNoLanguage | Self::NoLanguage => Some("fit-no-language"),
        }
    }
}

fn level_in(profile: &Profile, language: &str) -> Option<CefrLevel> {
    profile
        .languages
        .iter()
        .filter(|(code, _)| code.eq_ignore_ascii_case(language))
        .map(|(_, level)| *level)
        .max()
}

fn speaks(level: Option<CefrLevel>, min_level: Option<CefrLevel>) -> bool {
    match (level, min_level) {
        (Some(level), Some(min)) => level >= min,
        (Some(_), None) => true,
        (None, _) => false,
    }
}

/// How the interviewer's slot suits the participant under the session's rules.
pub fn fit(participant: &Profile, interviewer: &Profile, rules: &InterviewRules) -> Fit {
    let language_ok = match &rules.language {
        Some(language) => {
            speaks(level_in(participant, language), rules.min_level)
                && speaks(level_in(interviewer, language), rules.min_level)
        }
        None => participant.languages.iter().any(|(code, _)| {
            speaks(level_in(participant, code), rules.min_level)
                && speaks(level_in(interviewer, code), rules.min_level)
        }),
    };
    let field_ok = participant.fields.iter().any(|mine| {
        interviewer
            .fields
            .iter()
            .any(|theirs| theirs.trim().eq_ignore_ascii_case(mine.trim()))
    });
    match (language_ok, field_ok) {
        (true, true) => Fit::Good,
        (true, false) => Fit::OtherField,
        // Without a session language, sharing one is not a rule: the occupation rule must not
        // turn into a language rule nobody set.
        (false, true) if rules.language.is_none() => Fit::SameFieldNoLanguage,
        (false, _) => Fit::NoLanguage,
    }
}

/// Whether a slot of this fit may be booked: a session that requires the occupation to match
/// offers only good fits; the interview language at its level is always required when the
/// session names one.
pub fn bookable(fit: Fit, rules: &InterviewRules) -> bool {
    match fit {
        Fit::Good => true,
        Fit::OtherField => !rules.require_occupation,
        Fit::SameFieldNoLanguage => rules.language.is_none(),
        Fit::NoLanguage => rules.language.is_none() && !rules.require_occupation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn person(languages: &[(&str, CefrLevel)], fields: &[&str]) -> Profile {
        Profile {
            languages: languages
                .iter()
                .map(|(c, l)| ((*c).to_owned(), *l))
                .collect(),
            fields: fields.iter().map(|f| (*f).to_owned()).collect(),
        }
    }

    fn german_b1(require_occupation: bool) -> InterviewRules {
        InterviewRules {
            language: Some("de".to_owned()),
            min_level: Some(CefrLevel::B1),
            require_occupation,
        }
    }

    #[test]
    fn language_at_level_and_field_make_a_good_fit() {
        use CefrLevel::*;
        let amira = person(&[("ar", C2), ("de", B1)], &["Nursing"]);
        let dana = person(&[("de", C2), ("en", C1)], &["nursing", "care"]);
        let sam = person(&[("de", C2)], &["banking"]);
        let rules = german_b1(false);
        assert_eq!(fit(&amira, &dana, &rules), Fit::Good);
        assert_eq!(fit(&amira, &sam, &rules), Fit::OtherField);
        let beginner = person(&[("de", A2)], &["nursing"]);
        assert_eq!(fit(&beginner, &dana, &rules), Fit::NoLanguage);
        assert!(bookable(Fit::OtherField, &rules));
        assert!(!bookable(Fit::OtherField, &german_b1(true)));
        assert!(!bookable(Fit::NoLanguage, &rules));
    }

    #[test]
    fn without_a_named_language_any_shared_one_counts() {
        use CefrLevel::*;
        let rules = InterviewRules::default();
        let olena = person(&[("uk", C2), ("en", B2)], &["engineering"]);
        let kim = person(&[("en", C2)], &["engineering"]);
        let li = person(&[("zh", C2)], &["engineering"]);
        assert_eq!(fit(&olena, &kim, &rules), Fit::Good);
        assert_eq!(fit(&olena, &li, &rules), Fit::SameFieldNoLanguage);
        assert!(
            bookable(Fit::SameFieldNoLanguage, &rules),
            "nothing required, so still offered"
        );
        let same_field = InterviewRules {
            require_occupation: true,
            ..InterviewRules::default()
        };
        assert!(
            bookable(fit(&olena, &li, &same_field), &same_field),
            "the occupation rule asks for the field, not for a language"
        );
        let other = person(&[("zh", C2)], &["banking"]);
        assert!(!bookable(fit(&olena, &other, &same_field), &same_field));
    }

    fn level() -> impl Strategy<Value = CefrLevel> {
        prop::sample::select(CefrLevel::ALL.to_vec())
    }

    proptest! {
        /// Raising anyone's level never makes a slot fit worse.
        #[test]
        fn a_higher_level_never_fits_worse(p in level(), v in level(), min in level(), up in level()) {
            let rules = InterviewRules {
                language: Some("de".to_owned()),
                min_level: Some(min),
                require_occupation: false,
            };
            let interviewer = person(&[("de", v)], &["care"]);
            let before = fit(&person(&[("de", p)], &["care"]), &interviewer, &rules);
            let after = fit(&person(&[("de", p.max(up))], &["care"]), &interviewer, &rules);
            prop_assert!(after <= before);
        }

        /// A good fit is always bookable, whatever the rules.
        #[test]
        fn a_good_fit_is_always_bookable(require in any::<bool>(), named in any::<bool>()) {
            let rules = InterviewRules {
                language: named.then(|| "de".to_owned()),
                min_level: None,
                require_occupation: require,
            };
            prop_assert!(bookable(Fit::Good, &rules));
        }
    }
}
