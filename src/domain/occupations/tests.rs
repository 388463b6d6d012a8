use super::*;
use std::collections::HashMap;

#[test]
fn the_list_holds_every_isco_major_and_sub_major_group_named_in_every_language() {
    let groups: Vec<&Group> = GROUPS.iter().collect();
    assert_eq!(groups.iter().filter(|g| g.is_major()).count(), 10);
    assert_eq!(groups.iter().filter(|g| !g.is_major()).count(), 43);
    for group in &groups {
        assert_eq!(
            group.names.len(),
            PARTICIPANT_LANGUAGES.len(),
            "{}",
            group.code
        );
        for name in &group.names {
            assert!(!name.trim().is_empty(), "{} has an empty name", group.code);
            assert!(
                !name.chars().any(char::is_control),
                "{}: {name:?}",
                group.code
            );
        }
    }
    let headings = headings();
    assert_eq!(headings.len(), 10);
    assert_eq!(
        headings.iter().map(|h| h.fields.len()).sum::<usize>(),
        43,
        "every sub-major group sits under its major group"
    );
}

#[test]
fn no_name_or_word_means_two_groups() {
    let mut meaning: HashMap<String, &str> = HashMap::new();
    for group in GROUPS.iter().filter(|g| !g.is_major()) {
        for word in group
            .names
            .iter()
            .map(|n| n.to_lowercase())
            .chain(group.also.iter().map(|w| (*w).to_owned()))
        {
            assert_eq!(
                word,
                normalised(&word),
                "{word:?} is not written as compared"
            );
            if let Some(other) = meaning.insert(word.clone(), group.code) {
                assert_eq!(
                    other, group.code,
                    "{word:?} means {other} and {}",
                    group.code
                );
            }
        }
    }
}

#[test]
fn a_field_is_found_by_code_by_name_in_any_language_or_by_a_common_word() {
    let health = field("22").expect("22 is listed");
    assert_eq!(lookup("22"), Some(health));
    assert_eq!(lookup(" ISCO 22 "), Some(health));
    assert_eq!(lookup("isco-08: 22"), Some(health));
    assert_eq!(lookup("Health professionals"), Some(health));
    assert_eq!(lookup("22 Health professionals"), Some(health));
    assert_eq!(
        lookup("akademische und verwandte gesundheitsberufe"),
        Some(health)
    );
    assert_eq!(lookup("اختصاصيو الصحة"), Some(health));
    assert_eq!(
        lookup("Професіонали в галузі охорони здоров'я"),
        Some(health)
    );
    assert_eq!(lookup("Pflege"), Some(health));
    assert_eq!(lookup("nursing"), Some(health));
    assert_eq!(
        lookup("22 Teaching professionals"),
        None,
        "a code with another's name"
    );
    assert_eq!(lookup("2"), None, "a major group is a heading");
    assert_eq!(lookup("basket weaving"), None);
}

#[test]
fn older_free_text_is_read_as_the_field_it_names_and_shown_as_typed_otherwise() {
    assert_eq!(
        key("Pflege"),
        key("nursing"),
        "the two words of the issue now match"
    );
    assert_eq!(key("Pflege"), "22");
    assert_eq!(
        Occupation::read("nursing").shown("de"),
        "Akademische und verwandte Gesundheitsberufe"
    );
    assert_eq!(
        Occupation::read("25").shown("fa"),
        "متخصصان فناوری اطلاعات و ارتباطات"
    );
    assert_eq!(
        Occupation::read("25").shown("xx"),
        "Information and communications technology professionals"
    );
    let own = Occupation::read("Basket  Weaving");
    assert_eq!(own, Occupation::Own("basket weaving".to_owned()));
    assert_eq!(own.shown("ar"), "basket weaving");
    assert_eq!(
        shown(&["software".to_owned(), "basket weaving".to_owned()], "en"),
        "Information and communications technology professionals; basket weaving"
    );
}
