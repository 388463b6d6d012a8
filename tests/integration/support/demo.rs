//! The demo event, seeded, with a coordinator signed in.

use super::TestApp;
use fairplan::clock::now_ms;
use fairplan::domain::ids::{ParticipantId, SlotId};
use fairplan::entities::session;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// Seeds the demo event, signs a coordinator in and returns their form token with the demo's
/// session of `format`.
pub async fn demo_session(app: &mut TestApp, format: &str) -> (String, session::Model) {
    fairplan::services::demo::seed(&app.db, &app.config, now_ms())
        .await
        .unwrap();
    none_chose_a_language(app).await;
    let csrf = app.sign_in_as_coordinator().await;
    (csrf, session_of_format(app, format).await)
}

/// The (first) session of `format` in the database.
pub async fn session_of_format(app: &TestApp, format: &str) -> session::Model {
    session::Entity::find()
        .filter(session::Column::Format.eq(format))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// Demo participant `n` (from 1), by their demo address.
pub async fn demo_person(app: &TestApp, n: usize) -> fairplan::entities::participant::Model {
    use fairplan::entities::participant;
    participant::Entity::find()
        .filter(participant::Column::Email.eq(format!("participant{n:02}@demo.fairplan.test")))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// The first slot of a session, by start time.
pub async fn first_slot(app: &TestApp, session_id: uuid::Uuid) -> fairplan::entities::slot::Model {
    use fairplan::entities::slot;
    use sea_orm::QueryOrder;
    slot::Entity::find()
        .filter(slot::Column::SessionId.eq(session_id))
        .order_by_asc(slot::Column::StartsAt)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// Books `slot_id` for `participant_id` directly (no page), with a placeholder personal link.
pub async fn book(
    app: &TestApp,
    participant_id: uuid::Uuid,
    slot_id: uuid::Uuid,
) -> fairplan::entities::booking::Model {
    fairplan::services::bookings::book(
        &app.db,
        &app.config,
        ParticipantId(participant_id),
        SlotId(slot_id),
        "http://x/p/t",
        now_ms(),
    )
    .await
    .unwrap()
}

/// Takes back the demo participants' choice of language, so their pages follow the browser
/// (English in the tests) and their mails the programme's: for tests that read the words of
/// pages and mails, not their languages (the demo's own languages: `demo_truth`).
pub async fn none_chose_a_language(app: &TestApp) {
    use fairplan::entities::participant;
    use sea_orm::sea_query::Expr;
    participant::Entity::update_many()
        .col_expr(participant::Column::LanguageChosen, Expr::value(false))
        .exec(&app.db)
        .await
        .unwrap();
}

/// The slots of a session, by start time.
pub async fn slots_of_session(
    app: &TestApp,
    session_id: uuid::Uuid,
) -> Vec<fairplan::entities::slot::Model> {
    use fairplan::entities::slot;
    use sea_orm::QueryOrder;
    slot::Entity::find()
        .filter(slot::Column::SessionId.eq(session_id))
        .order_by_asc(slot::Column::StartsAt)
        .order_by_asc(slot::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

/// Moves units to have begun five minutes ago and last half an hour: for what may only happen
/// on the day (checking in by code), since the demo event is two weeks ahead. (Begun, so that
/// near midnight the start is not tomorrow.)
pub async fn happening_today(app: &TestApp, slot_ids: &[uuid::Uuid]) {
    use fairplan::entities::slot;
    use sea_orm::sea_query::Expr;
    let starts = now_ms() - 5 * 60_000;
    slot::Entity::update_many()
        .col_expr(slot::Column::StartsAt, Expr::value(starts))
        .col_expr(slot::Column::EndsAt, Expr::value(starts + 30 * 60_000))
        .filter(slot::Column::Id.is_in(slot_ids.to_vec()))
        .exec(&app.db)
        .await
        .unwrap();
}
