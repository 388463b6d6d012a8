//! The shared list of occupation fields: the ISCO-08 major groups (headings) and sub-major
//! groups (what people choose), named in every language Fairplan speaks (`isco08.tsv`).
//!
//! A field is stored as its code (`22`). Values typed as free text before the list existed stay
//! in the database as they were: [`Occupation::read`] maps those that match a name or a common
//! word of a group (`Pflege`, `nursing`) to that group, so matching and display treat them as
//! the group, and shows the others as typed.

mod input;
#[cfg(test)]
mod tests;

pub use input::parse_occupations;

use super::locale::PARTICIPANT_LANGUAGES;
use std::sync::LazyLock;

/// One group of the list: a major group (one digit) or a sub-major group (two digits).
#[derive(Debug, PartialEq, Eq)]
pub struct Group {
    /// The ISCO-08 code, like `22`.
    pub code: &'static str,
    /// Names in the order of [`PARTICIPANT_LANGUAGES`].
    names: Vec<&'static str>,
    /// Other words (lower case) that mean this group, for text typed before the list existed.
    also: Vec<&'static str>,
    /// `names` as they are compared (see [`normalised`]), made once when the list is read
    /// rather than at every lookup of a stored value.
    compared_names: Vec<String>,
}

impl Group {
    /// The group's name in `lang`, or in English when the list has none in it.
    pub fn name(&self, lang: &str) -> &'static str {
        PARTICIPANT_LANGUAGES
            .iter()
            .position(|code| *code == lang)
            .and_then(|index| self.names.get(index))
            .or_else(|| self.names.first())
            .copied()
            .unwrap_or(self.code)
    }

    /// Whether this is a major group (a heading, not chosen by itself).
    pub fn is_major(&self) -> bool {
        self.code.len() == 1
    }

    fn is_called(&self, text: &str) -> bool {
        self.compared_names.iter().any(|name| name == text) || self.also.contains(&text)
    }
}

/// A major group with the sub-major groups under it, in the list's order.
#[derive(Debug)]
pub struct Heading {
    /// The major group.
    pub group: &'static Group,
    /// Its sub-major groups.
    pub fields: Vec<&'static Group>,
}

static GROUPS: LazyLock<Vec<Group>> = LazyLock::new(|| read_table(include_str!("isco08.tsv")));

static HEADINGS: LazyLock<Vec<Heading>> = LazyLock::new(|| {
    let mut headings: Vec<Heading> = Vec::new();
    for group in GROUPS.iter() {
        if group.is_major() {
            headings.push(Heading {
                group,
                fields: Vec::new(),
            });
        } else if let Some(heading) = headings
            .iter_mut()
            .find(|heading| group.code.starts_with(heading.group.code))
        {
            heading.fields.push(group);
        }
    }
    headings
});

/// Reads the table: tab-separated code, one name per language, other words; `#` starts a note.
fn read_table(table: &'static str) -> Vec<Group> {
    table
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let cells: Vec<&'static str> = line.split('\t').collect();
            let languages = PARTICIPANT_LANGUAGES.len();
            let (code, rest) = cells.split_first()?;
            let names = rest.get(..languages)?.to_vec();
            let also = rest
                .get(languages)
                .map(|words| words.split(';').filter(|w| !w.is_empty()).collect())
                .unwrap_or_default();
            let compared_names = names.iter().map(|name| normalised(name)).collect();
            Some(Group {
                code,
                names,
                also,
                compared_names,
            })
        })
        .collect()
}

/// The list: major groups in order, each with its sub-major groups.
pub fn headings() -> &'static [Heading] {
    &HEADINGS
}

/// The sub-major group with this code.
pub fn field(code: &str) -> Option<&'static Group> {
    GROUPS
        .iter()
        .find(|group| !group.is_major() && group.code == code)
}

/// Lower case with single spaces, as names are compared.
fn normalised(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The sub-major group `text` names: its code (`22`, `ISCO 22`), its name in any language, its
/// code followed by its name (`22 Health professionals`), or one of its other words.
pub fn lookup(text: &str) -> Option<&'static Group> {
    let text = normalised(text);
    let text = text
        .strip_prefix("isco-08")
        .or_else(|| text.strip_prefix("isco"))
        .unwrap_or(&text)
        .trim_start_matches([' ', ':', '-']);
    if let Some(group) = field(text) {
        return Some(group);
    }
    if let Some((code, name)) = text.split_once(' ')
        && let Some(group) = field(code)
    {
        return group.is_called(name.trim()).then_some(group);
    }
    GROUPS
        .iter()
        .find(|group| !group.is_major() && group.is_called(text))
}

/// A stored occupation value: a field of the list, or free text typed before the list existed
/// that matches none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Occupation {
    /// A field of the list.
    Listed(&'static Group),
    /// Text as it was typed.
    Own(String),
}

impl Occupation {
    /// Reads a stored value (a code, or older free text).
    pub fn read(stored: &str) -> Self {
        lookup(stored).map_or_else(|| Self::Own(normalised(stored)), Self::Listed)
    }

    /// What two people's values are compared by: the code, or the text in lower case.
    pub fn key(&self) -> String {
        match self {
            Self::Listed(group) => group.code.to_owned(),
            Self::Own(text) => text.clone(),
        }
    }

    /// The value as a reader of `lang` sees it.
    pub fn shown(&self, lang: &str) -> String {
        match self {
            Self::Listed(group) => group.name(lang).to_owned(),
            Self::Own(text) => text.clone(),
        }
    }
}

/// The comparison key of a stored value (see [`Occupation::key`]).
pub fn key(stored: &str) -> String {
    Occupation::read(stored).key()
}

/// Stored values as a reader of `lang` sees them, joined by `; `.
pub fn shown(stored: &[String], lang: &str) -> String {
    stored
        .iter()
        .map(|value| Occupation::read(value).shown(lang))
        .collect::<Vec<_>>()
        .join("; ")
}
