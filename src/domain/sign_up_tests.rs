use super::*;
use crate::domain::sign_up_question::QuestionKind;

const LANGUAGES: &[&str] = &["en", "de", "ar"];

fn form() -> ParticipantForm {
    ParticipantForm {
        name: "Amina Haddad".to_owned(),
        email: "Amina@Example.org".to_owned(),
        language: "ar".to_owned(),
        occupations: vec!["25".to_owned()],
        languages: vec![
            ("ar".to_owned(), "C2".to_owned()),
            ("de".to_owned(), "b1".to_owned()),
            (String::new(), "A1".to_owned()),
        ],
        needs: "An interpreter for Arabic".to_owned(),
        keep: true,
        ..ParticipantForm::default()
    }
}

fn licence() -> Question {
    Question {
        id: Uuid::from_u128(7),
        kind: QuestionKind::YesNo,
        label: "Driving licence?".to_owned(),
        choices: Vec::new(),
        required: true,
    }
}

fn fields(problems: &[FieldError]) -> Vec<&str> {
    problems.iter().map(|p| p.field.as_str()).collect()
}

#[test]
fn a_complete_sign_up_becomes_a_person_with_languages_and_answers() {
    let mut typed = form();
    typed.answers.insert(licence().field(), "yes".to_owned());
    let checked = typed.check(LANGUAGES, false, &[licence()]).expect("valid");
    assert_eq!(
        checked.row.email.expect("address").as_str(),
        "amina@example.org"
    );
    assert_eq!(checked.row.locale.as_deref(), Some("ar"));
    assert_eq!(checked.row.languages.len(), 2);
    assert_eq!(checked.row.occupations, ["25"]);
    assert!(checked.keep);
    assert_eq!(checked.answers, [(Uuid::from_u128(7), "yes".to_owned())]);
}

#[test]
fn a_required_question_left_unanswered_is_named_by_its_field() {
    let problems = form()
        .check(LANGUAGES, false, &[licence()])
        .expect_err("refused");
    assert_eq!(fields(&problems), [licence().field().as_str()]);
}

#[test]
fn a_phone_number_stands_in_for_the_address_only_when_allowed() {
    let mut typed = form();
    typed.email = String::new();
    typed.phone = "+49 170 1234567".to_owned();
    let problems = typed
        .check(LANGUAGES, false, &[])
        .expect_err("address needed");
    assert_eq!(fields(&problems), ["email"]);
    let checked = typed.check(LANGUAGES, true, &[]).expect("phone allowed");
    assert!(checked.row.email.is_none());
    assert!(checked.row.phone.is_some());
}

#[test]
fn an_unknown_language_a_bad_level_and_hostile_text_are_refused() {
    let mut typed = form();
    typed.language = "xx".to_owned();
    typed.languages = vec![("de".to_owned(), "fluent".to_owned())];
    typed.name = "Amina\r\nBcc: x@example.org".to_owned();
    typed.needs = "x".repeat(1_000_000);
    let problems = typed.check(LANGUAGES, false, &[]).expect_err("refused");
    let named = fields(&problems);
    for field in ["language", "languages", "name", "needs"] {
        assert!(named.contains(&field), "{field} in {named:?}");
    }
}

#[test]
fn languages_come_from_the_list_and_at_most_three_rows() {
    let mut typed = form();
    typed.languages = vec![("en C1; fr".to_owned(), "B1".to_owned())];
    let problems = typed.check(LANGUAGES, false, &[]).expect_err("smuggled");
    assert_eq!(fields(&problems), ["languages"]);
    typed.languages = vec![("de".to_owned(), "B1".to_owned()); LANGUAGE_ROWS + 1];
    assert!(typed.check(LANGUAGES, false, &[]).is_err());
    typed.languages = vec![("ar".to_owned(), String::new())];
    let problems = typed.check(LANGUAGES, false, &[]).expect_err("no level");
    assert_eq!(fields(&problems), ["languages"]);
}

#[test]
fn what_is_kept_is_only_what_was_checked() {
    let mut typed = form();
    typed.phone = "+49 170 1234567".to_owned();
    typed
        .answers
        .insert("q-not-a-question".to_owned(), "x".repeat(10_000));
    typed.answers.insert(licence().field(), "yes".to_owned());
    let kept = typed
        .check(LANGUAGES, false, &[licence()])
        .expect("valid")
        .kept;
    assert!(
        kept.phone.is_empty(),
        "no phone where the event allows none"
    );
    assert_eq!(kept.answers.len(), 1);
    assert_eq!(kept.email, "amina@example.org");
    assert_eq!(
        kept.languages,
        [
            ("ar".to_owned(), "C2".to_owned()),
            ("de".to_owned(), "B1".to_owned())
        ]
    );
}

#[test]
fn an_employer_needs_an_organisation_a_contact_and_an_offer() {
    let typed = EmployerForm {
        organisation: "Nordlicht Logistik".to_owned(),
        contact_name: "Jonas Berg".to_owned(),
        contact_email: "jonas@nordlicht.example".to_owned(),
        contact_language: "de".to_owned(),
        offer: "Two interviewers and a table".to_owned(),
    };
    let (draft, offer) = typed.check(LANGUAGES).expect("valid");
    assert_eq!(draft.name, "Nordlicht Logistik");
    assert_eq!(offer, "Two interviewers and a table");
    let problems = EmployerForm::default().check(LANGUAGES).expect_err("empty");
    assert_eq!(
        fields(&problems),
        [
            "organisation",
            "contact_name",
            "contact_email",
            "contact_language",
            "offer"
        ]
    );
}
