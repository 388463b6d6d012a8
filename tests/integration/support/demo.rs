//! The demo event, seeded, with a coordinator signed in.

use super::TestApp;
use fairplan::clock::now_ms;
use fairplan::entities::session;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// Seeds the demo event, signs a coordinator in and returns their form token with the demo's
/// session of `format`.
pub async fn demo_session(app: &mut TestApp, format: &str) -> (String, session::Model) {
    fairplan::services::demo::seed(&app.db, &app.config, now_ms())
        .await
        .unwrap();
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
