//! Occupation fields come from one shared list (the ISCO-08 groups, named in every language
//! Fairplan speaks): forms offer it as checkboxes, files take a code or a name in any language,
//! and values typed before the list existed match the field they name ("Pflege" and "nursing"
//! are both health professionals) or stay as typed.

use crate::interview_fit::{amira_on_published_event, set_rules};
use crate::support::team::{add_volunteer, event_with_two_employers, form_token};
use crate::support::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::entities::{event, participant, participant_occupation, volunteer_expertise};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

async fn expertise_of(app: &TestApp, volunteer_id: Uuid) -> Vec<String> {
    volunteer_expertise::Entity::find()
        .filter(volunteer_expertise::Column::VolunteerId.eq(volunteer_id))
        .order_by_asc(volunteer_expertise::Column::OccupationField)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.occupation_field)
        .collect()
}

/// Replaces a volunteer's fields with text as an older version stored it.
async fn store_as_typed_before(app: &TestApp, volunteer_id: Uuid, values: &[&str]) {
    volunteer_expertise::Entity::delete_many()
        .filter(volunteer_expertise::Column::VolunteerId.eq(volunteer_id))
        .exec(&app.db)
        .await
        .unwrap();
    for value in values {
        volunteer_expertise::ActiveModel {
            volunteer_id: Set(volunteer_id),
            occupation_field: Set((*value).to_owned()),
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
}

#[tokio::test]
async fn a_field_typed_in_german_before_the_list_matches_the_same_field_chosen_from_it() {
    let mut app = TestApp::spawn().await;
    let (csrf, acme, borealis) = event_with_two_employers(&mut app).await;
    let dana = add_volunteer(
        &mut app,
        &acme,
        "Dana Roth",
        "dana@acme.example",
        "18:30-19:00",
    )
    .await;
    assert_eq!(
        expertise_of(&app, dana).await,
        ["22", "53"],
        "nursing; care, as codes"
    );
    store_as_typed_before(&app, dana, &["Pflege", "basket weaving"]).await;

    // Checkboxes send one value each; both are kept.
    let token = form_token(&mut app, &borealis).await;
    let form = app.get(&format!("{borealis}/volunteers/new")).await;
    assert!(
        form.body
            .contains(r#"<input type="checkbox" id="expertise-25" name="expertise" value="25">"#)
    );
    assert!(
        form.body
            .contains("Information and communications technology professionals")
    );
    let sam = |expertise: &[&'static str]| {
        let mut fields = vec![
            ("csrf", token.as_str()),
            ("name", "Sam Lee"),
            ("email", "sam@borealis.example"),
            ("language", "en"),
            ("languages", "de C2; en C1"),
            ("availability", "17:30-18:00"),
        ];
        fields.extend(expertise.iter().map(|value| ("expertise", *value)));
        fields
    };
    let saved = app
        .post_form(&format!("{borealis}/volunteers"), &sam(&["25", "72"]))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    // A value off the list is refused, named, with the form kept.
    let page = app
        .post_form(&format!("{borealis}/volunteers"), &sam(&["astrology"]))
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.body
            .contains("“astrology” is not on the list of occupation fields"),
        "{}",
        page.body
    );

    set_rules(&mut app, &csrf, true).await;
    let link = amira_on_published_event(&mut app, &csrf, "22").await;
    let page = app.get(&link).await;
    assert!(
        page.body.contains("18:30–19:00"),
        "Dana's \"Pflege\" is Amira's field: her slot is offered where the field must match"
    );
    assert!(
        !page.body.contains("17:30–18:00"),
        "Sam's fields are others"
    );

    // The employer reads the fields by name; text off the list stays as typed, and saving the
    // form unchanged keeps it.
    let home = app.get(&acme).await;
    assert!(
        home.body.contains("Health professionals; basket weaving"),
        "{}",
        home.body
    );
    let edit = app.get(&format!("{acme}/volunteers/{dana}/edit")).await;
    assert!(
        edit.body
            .contains(r#"id="expertise-22" name="expertise" value="22" checked"#)
    );
    assert!(edit.body.contains(r#"value="basket weaving" checked"#));
    assert!(
        edit.body
            .contains("(entered before the list of fields; untick to remove it)")
    );
    let token = hidden_field(&edit.body, "csrf").unwrap();
    let resaved = app
        .post_form(
            &format!("{acme}/volunteers/{dana}"),
            &[
                ("csrf", &token),
                ("name", "Dana Roth"),
                ("email", "dana@acme.example"),
                ("job_title", "Recruiter"),
                ("language", "en"),
                ("languages", "en C2; ar B2"),
                ("expertise", "22"),
                ("expertise", "basket weaving"),
                ("availability", "18:30-19:00"),
            ],
        )
        .await;
    assert_eq!(resaved.status, StatusCode::SEE_OTHER, "{}", resaved.body);
    assert_eq!(expertise_of(&app, dana).await, ["22", "basket weaving"]);
}

#[tokio::test]
async fn a_file_gives_fields_by_code_or_by_name_in_any_language_and_is_told_of_others() {
    let mut app = TestApp::spawn().await;
    let (csrf, _, _) = event_with_two_employers(&mut app).await;
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let url = format!("/coordinator/events/{}/participants/import", event.id);
    let page = app
        .get(&format!("/coordinator/events/{}/participants", event.id))
        .await;
    assert!(page.body.contains("Occupation fields and their codes"));
    assert!(
        page.body.contains(
            "<td>25</td><td>Information and communications technology professionals</td>"
        )
    );

    let file = "name,email,occupations,languages\n\
                Amira Haddad,amira@example.org,Pflege; 25,ar C2\n\
                Olena Kovalenko,olena@example.org,Akademische und verwandte Gesundheitsberufe,uk C2\n\
                Farzana Ahmadi,farzana@example.org,متخصصان آموزش,fa C2\n\
                Li Wei,li@example.org,astrology,zh C2\n";
    let refused = app
        .post_multipart(&url, &[("csrf", &csrf)], ("file", file.as_bytes()))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("“astrology” is not on the list of occupation fields")
    );
    assert!(
        participant::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .is_none()
    );

    let file = file.replace("astrology", "ISCO 21");
    let imported = app
        .post_multipart(&url, &[("csrf", &csrf)], ("file", file.as_bytes()))
        .await;
    assert_eq!(imported.status, StatusCode::SEE_OTHER, "{}", imported.body);
    let mut stored: Vec<(String, String)> = Vec::new();
    for person in participant::Entity::find().all(&app.db).await.unwrap() {
        for row in participant_occupation::Entity::find()
            .filter(participant_occupation::Column::ParticipantId.eq(person.id))
            .all(&app.db)
            .await
            .unwrap()
        {
            stored.push((person.name.clone(), row.occupation_field));
        }
    }
    stored.sort();
    let expected = [
        ("Amira Haddad", "22"),
        ("Amira Haddad", "25"),
        ("Farzana Ahmadi", "23"),
        ("Li Wei", "21"),
        ("Olena Kovalenko", "22"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(n, f)| ((*n).to_owned(), (*f).to_owned()))
        .collect();
    assert_eq!(stored, expected);
}
