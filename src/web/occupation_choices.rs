//! The occupation fields of a form as checkboxes: the shared list's major groups as folded
//! sections of their sub-major groups, named in the page's language, with what the person has
//! ticked; values off the list (typed before it existed) follow, ticked, so they stay unless
//! unticked.

use crate::domain::occupations::{self, Occupation};

/// One field to tick.
pub struct Choice {
    /// The value sent: the code, or the text off the list.
    pub value: String,
    /// What the reader sees.
    pub name: String,
    /// Whether it is ticked.
    pub checked: bool,
}

/// A major group and its fields.
pub struct ChoiceGroup {
    /// The group's name.
    pub name: String,
    /// Its fields.
    pub fields: Vec<Choice>,
    /// How many of them are ticked (the section opens when any is).
    pub ticked: usize,
}

/// The whole list for one form field.
pub struct OccupationChoices {
    /// The list's groups.
    pub groups: Vec<ChoiceGroup>,
    /// Values off the list, ticked.
    pub own: Vec<Choice>,
}

impl OccupationChoices {
    /// The list in `lang`, ticked where `value` (codes or names separated by `;`) names a field.
    pub fn new(value: &str, lang: &str) -> Self {
        let mut chosen: Vec<String> = Vec::new();
        let mut own = Vec::new();
        for item in value.split(';').filter(|item| !item.trim().is_empty()) {
            match Occupation::read(item) {
                Occupation::Listed(group) => chosen.push(group.code.to_owned()),
                Occupation::Own(text) if !own.iter().any(|c: &Choice| c.value == text) => {
                    own.push(Choice {
                        name: text.clone(),
                        value: text,
                        checked: true,
                    });
                }
                Occupation::Own(_) => {}
            }
        }
        let groups = occupations::headings()
            .iter()
            .map(|heading| {
                let fields: Vec<Choice> = heading
                    .fields
                    .iter()
                    .map(|field| Choice {
                        value: field.code.to_owned(),
                        name: field.name(lang).to_owned(),
                        checked: chosen.iter().any(|code| code == field.code),
                    })
                    .collect();
                ChoiceGroup {
                    name: heading.group.name(lang).to_owned(),
                    ticked: fields.iter().filter(|f| f.checked).count(),
                    fields,
                }
            })
            .collect();
        Self { groups, own }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_value_ticks_its_field_and_text_off_the_list_follows_ticked() {
        let choices = OccupationChoices::new("22; Pflege; basket weaving", "de");
        assert_eq!(choices.groups.len(), 10);
        let professionals = &choices.groups[1];
        assert_eq!(professionals.name, "Akademische Berufe");
        assert_eq!(professionals.ticked, 1, "22 and Pflege are one field");
        let health = professionals
            .fields
            .iter()
            .find(|c| c.value == "22")
            .unwrap();
        assert!(health.checked);
        assert_eq!(health.name, "Akademische und verwandte Gesundheitsberufe");
        assert_eq!(choices.own.len(), 1);
        assert_eq!(choices.own[0].value, "basket weaving");
        assert_eq!(choices.groups[0].ticked, 0);
    }
}
