//! The organisers' own texts in several languages: an event's title and description, a
//! session's title and what to bring, a placement's description. Each is written first in the
//! programme's language (kept in the owner's own column); a translation may be added per
//! language, and a reader sees their language's text, else the programme's.

use crate::domain::text::TextRule;
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// Which of an event's texts a translation is of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextField {
    /// The event's title.
    EventTitle,
    /// The event's description.
    EventDescription,
    /// A session's title.
    SessionTitle,
    /// What to bring to a session.
    WhatToBring,
    /// A taster placement's description.
    PlacementDescription,
    /// One of the event's own sign-up questions.
    QuestionLabel,
}

impl TextField {
    /// Every field, in the order a form shows them.
    pub const ALL: [TextField; 6] = [
        TextField::EventTitle,
        TextField::EventDescription,
        TextField::SessionTitle,
        TextField::WhatToBring,
        TextField::PlacementDescription,
        TextField::QuestionLabel,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            TextField::EventTitle => "event_title",
            TextField::EventDescription => "event_description",
            TextField::SessionTitle => "session_title",
            TextField::WhatToBring => "what_to_bring",
            TextField::PlacementDescription => "placement_description",
            TextField::QuestionLabel => "question_label",
        }
    }

    /// The field stored as `name`, if any.
    pub fn parse(name: &str) -> Option<TextField> {
        TextField::ALL.into_iter().find(|f| f.as_str() == name)
    }

    /// What a translation accepts: what the text in the programme's language accepts, except
    /// that it may stay empty (then the programme's text is shown).
    pub fn rule(self) -> TextRule {
        match self {
            TextField::EventTitle | TextField::SessionTitle | TextField::QuestionLabel => {
                TextRule::optional_line(200)
            }
            TextField::EventDescription => TextRule::lines(5000),
            TextField::WhatToBring => TextRule::lines(500),
            TextField::PlacementDescription => TextRule::lines(300),
        }
    }

    /// Whether the field is written on one line (an input) or several (a text area).
    pub fn is_one_line(self) -> bool {
        !self.rule().multi_line
    }
}

/// One text in the programme's language with its translations: what a mail carries, so each of
/// its language blocks can show its own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalText {
    base: String,
    others: BTreeMap<String, String>,
}

impl LocalText {
    /// A text with no translation.
    pub fn plain(base: impl Into<String>) -> Self {
        Self {
            base: base.into(),
            others: BTreeMap::new(),
        }
    }

    /// The text for a reader of `language`: its translation, else the programme's text.
    pub fn in_language(&self, language: &str) -> &str {
        self.others
            .get(language)
            .filter(|t| !t.is_empty())
            .unwrap_or(&self.base)
    }

    /// The text in the programme's language.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The text made into another in every language alike (a placement's description joined
    /// with its employer's name).
    pub fn map(&self, make: impl Fn(&str) -> String) -> Self {
        Self {
            base: make(&self.base),
            others: self
                .others
                .iter()
                .filter(|(_, text)| !text.is_empty())
                .map(|(language, text)| (language.clone(), make(text)))
                .collect(),
        }
    }
}

impl From<String> for LocalText {
    fn from(base: String) -> Self {
        Self::plain(base)
    }
}

/// Every translation of one event's texts, by owner (the event, a session or a placement's
/// slot) and field.
#[derive(Clone, Debug, Default)]
pub struct Translations(HashMap<(Uuid, TextField), BTreeMap<String, String>>);

impl Translations {
    /// From stored rows: owner, field, language and text.
    pub fn from_rows(rows: impl IntoIterator<Item = (Uuid, TextField, String, String)>) -> Self {
        let mut map: HashMap<(Uuid, TextField), BTreeMap<String, String>> = HashMap::new();
        for (owner, field, language, body) in rows {
            map.entry((owner, field))
                .or_default()
                .insert(language, body);
        }
        Self(map)
    }

    /// `base` (the owner's text in the programme's language) with its translations.
    pub fn text(&self, owner: Uuid, field: TextField, base: &str) -> LocalText {
        LocalText {
            base: base.to_owned(),
            others: self.0.get(&(owner, field)).cloned().unwrap_or_default(),
        }
    }

    /// What a reader of `language` sees for `base`: its translation, else `base`.
    pub fn read<'a>(
        &'a self,
        (owner, field): (Uuid, TextField),
        base: &'a str,
        language: &str,
    ) -> &'a str {
        self.0
            .get(&(owner, field))
            .and_then(|by_language| by_language.get(language))
            .filter(|t| !t.is_empty())
            .map_or(base, String::as_str)
    }

    /// The translation into `language` only (empty when there is none), for the form.
    pub fn only(&self, owner: Uuid, field: TextField, language: &str) -> &str {
        self.0
            .get(&(owner, field))
            .and_then(|by_language| by_language.get(language))
            .map_or("", String::as_str)
    }

    /// Every translation as rows, for a copy: owner, field, language and text.
    pub fn rows(&self) -> impl Iterator<Item = (Uuid, TextField, &str, &str)> {
        self.0.iter().flat_map(|((owner, field), by_language)| {
            by_language
                .iter()
                .map(move |(language, body)| (*owner, *field, language.as_str(), body.as_str()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn owner() -> Uuid {
        Uuid::from_u128(7)
    }

    #[test]
    fn a_reader_sees_their_language_else_the_programme_s() {
        let texts = Translations::from_rows([
            (
                owner(),
                TextField::SessionTitle,
                "ar".to_owned(),
                "مقابلات تجريبية".to_owned(),
            ),
            (
                owner(),
                TextField::SessionTitle,
                "uk".to_owned(),
                String::new(),
            ),
        ]);
        let key = (owner(), TextField::SessionTitle);
        assert_eq!(texts.read(key, "Mock interviews", "ar"), "مقابلات تجريبية");
        assert_eq!(texts.read(key, "Mock interviews", "de"), "Mock interviews");
        // An empty translation is no translation.
        assert_eq!(texts.read(key, "Mock interviews", "uk"), "Mock interviews");
        // Another field of the same owner has none.
        assert_eq!(
            texts.read((owner(), TextField::WhatToBring), "CV", "ar"),
            "CV"
        );
        let local = texts.text(owner(), TextField::SessionTitle, "Mock interviews");
        assert_eq!(local.in_language("ar"), "مقابلات تجريبية");
        assert_eq!(local.in_language("fa"), "Mock interviews");
        assert_eq!(local.base(), "Mock interviews");
    }

    #[test]
    fn stored_names_read_back_and_rules_match_the_originals() {
        for field in TextField::ALL {
            assert_eq!(TextField::parse(field.as_str()), Some(field));
            assert!(!field.rule().required, "a translation may stay empty");
        }
        assert_eq!(TextField::parse("title"), None);
        assert!(TextField::EventTitle.is_one_line());
        assert!(!TextField::WhatToBring.is_one_line());
    }

    proptest! {
        /// Whatever is stored, a reader gets either their language's text or the base, never
        /// another language's.
        #[test]
        fn a_reader_never_sees_another_language(
            rows in proptest::collection::vec(
                (0u128..3, 0usize..5, prop::sample::select(vec!["ar", "de", "fa", "uk"]), ".{0,8}"),
                0..20,
            ),
            language in prop::sample::select(vec!["ar", "de", "fa", "uk", "en"]),
        ) {
            let rows: Vec<_> = rows
                .into_iter()
                .map(|(o, f, l, b)| (Uuid::from_u128(o), TextField::ALL[f], l.to_owned(), b))
                .collect();
            let texts = Translations::from_rows(rows.clone());
            for owner in 0..3u128 {
                for field in TextField::ALL {
                    let seen = texts.read((Uuid::from_u128(owner), field), "BASE", language);
                    let own = rows
                        .iter()
                        .rev()
                        .find(|(o, f, l, _)| *o == Uuid::from_u128(owner) && *f == field && l == language)
                        .map(|(_, _, _, b)| b.as_str())
                        .filter(|b| !b.is_empty());
                    prop_assert_eq!(seen, own.unwrap_or("BASE"));
                }
            }
        }
    }
}
