//! Speed-networking wishes: a seated participant ticks the employers they want to meet on
//! their page, can change that until the session starts, and the rounds plan seats them there
//! first; people without a seat and foreign tables are refused with a clear message.

use crate::rotation::{networking_with, plan, seating};
use crate::support::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::entities::{
    event, networking_round, networking_table, networking_wish, participant, session,
};
use fairplan::services::access_links;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

/// The personal page path of `person`.
async fn link_of(app: &TestApp, person: &participant::Model) -> String {
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let url = access_links::participant_link(&app.db, &app.config, person.id, &event, now_ms())
        .await
        .unwrap();
    format!("/p/{}", url.rsplit('/').next().unwrap())
}

/// Ticks `tables` on `person`'s page for `session_id`.
async fn wish(
    app: &mut TestApp,
    link: &str,
    session_id: Uuid,
    tables: &[String],
) -> crate::support::TestResponse {
    let csrf = hidden_field(&app.get(link).await.body, "csrf").unwrap();
    let mut fields = vec![("csrf", csrf.as_str())];
    fields.extend(tables.iter().map(|t| ("table", t.as_str())));
    app.post_form(&format!("{link}/sessions/{session_id}/wishes"), &fields)
        .await
}

async fn wishes_of(app: &TestApp, person: Uuid) -> Vec<Uuid> {
    networking_wish::Entity::find()
        .filter(networking_wish::Column::ParticipantId.eq(person))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|w| w.table_id)
        .collect()
}

#[tokio::test]
async fn seated_people_choose_whom_to_meet_and_the_plan_seats_them_there() {
    let mut app = TestApp::spawn().await;
    let setup = networking_with(&mut app, 12).await;
    let session = setup.session.id;
    // Two rounds at three tables of four: 24 seat-rounds for 12 people, so everyone meets two
    // of the three employers and the wishes decide which.
    for round in networking_round::Entity::find()
        .filter(networking_round::Column::Number.gt(2))
        .all(&app.db)
        .await
        .unwrap()
    {
        networking_round::Entity::delete_by_id(round.id)
            .exec(&app.db)
            .await
            .unwrap();
    }
    let tables = networking_table::Entity::find()
        .order_by_asc(networking_table::Column::Label)
        .all(&app.db)
        .await
        .unwrap();
    let wanted = tables[0].id.to_string();

    let first = &setup.seated[0];
    let link = link_of(&app, first).await;
    let page = app.get(&link).await;
    assert!(
        page.body.contains("Whom would you most like to meet?"),
        "{}",
        page.body
    );
    assert!(page.body.contains(&format!("id=\"wish-{wanted}\"")));
    assert!(
        page.body
            .contains(&format!("<label for=\"wish-{wanted}\">"))
    );

    // A table of another session (or no table at all) is refused and nothing changes.
    let foreign = wish(&mut app, &link, session, &[Uuid::new_v4().to_string()]).await;
    assert_eq!(foreign.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        foreign.body.contains("not part of this session"),
        "{}",
        foreign.body
    );
    assert!(wishes_of(&app, first.id).await.is_empty());

    // Ticked twice (a double submit) is stored once; the page shows it ticked.
    let saved = wish(&mut app, &link, session, &[wanted.clone(), wanted.clone()]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(wishes_of(&app, first.id).await, vec![tables[0].id]);
    let page = app.get(&format!("{link}?notice=wished")).await;
    assert!(page.body.contains("Your wishes are saved"));
    assert!(
        page.body
            .contains(&format!("name=\"table\" value=\"{wanted}\" checked"))
    );
    // Saving with nothing ticked clears them.
    wish(&mut app, &link, session, &[]).await;
    assert!(wishes_of(&app, first.id).await.is_empty());

    // Eight people ask for the first table, which has exactly eight seat-rounds.
    let wishers = &setup.seated[..8];
    for person in wishers {
        let link = link_of(&app, person).await;
        let saved = wish(&mut app, &link, session, std::slice::from_ref(&wanted)).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    }
    let planned = plan(&mut app, &setup, &[("seed", "4"), ("from_round", "1")]).await;
    assert_eq!(planned.status, StatusCode::SEE_OTHER, "{}", planned.body);
    let rows = seating(&app).await;
    assert_eq!(rows.len(), 24, "every seat-round is filled");
    for person in wishers {
        assert!(
            rows.iter()
                .any(|(_, table, p)| *p == person.id && *table == tables[0].id),
            "{} meets the employer they asked for",
            person.name
        );
    }
    let shown = app
        .get(&format!("/coordinator/sessions/{session}/rotation"))
        .await;
    assert!(
        shown.body.contains("8 of the 8 meetings people asked for"),
        "{}",
        shown.body
    );
}

#[tokio::test]
async fn only_seated_people_before_the_start_may_wish() {
    let mut app = TestApp::spawn().await;
    let setup = networking_with(&mut app, 1).await;
    let table = networking_table::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let unseated = participant::Entity::find()
        .filter(participant::Column::Id.ne(setup.seated[0].id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let link = link_of(&app, &unseated).await;
    let page = app.get(&link).await;
    assert!(
        page.body
            .contains("Book a place in this session first; then you can choose whom to meet."),
        "{}",
        page.body
    );
    let refused = wish(
        &mut app,
        &link,
        setup.session.id,
        std::slice::from_ref(&table),
    )
    .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains("Book a place in this session first"));
    assert!(wishes_of(&app, unseated.id).await.is_empty());

    // Once the session has started, the seated person sees why and cannot change them.
    let mut started: session::ActiveModel = setup.session.clone().into();
    started.starts_at = Set(now_ms() - 60_000);
    started.update(&app.db).await.unwrap();
    let link = link_of(&app, &setup.seated[0]).await;
    let page = app.get(&link).await;
    assert!(
        page.body.contains("This session has started"),
        "{}",
        page.body
    );
    let late = wish(&mut app, &link, setup.session.id, &[table]).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(wishes_of(&app, setup.seated[0].id).await.is_empty());
}
