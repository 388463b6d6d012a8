//! Signing in as a coordinator, as a person would: through the sign-in form.

use super::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::services::auth;

/// The test coordinator's address.
pub const EMAIL: &str = "cora@programme.example";
/// The test coordinator's password.
pub const PASSWORD: &str = "correct horse battery staple";

impl TestApp {
    /// Creates the test coordinator (or resets their password) and signs in through the form;
    /// returns the session's CSRF token for the forms that follow.
    pub async fn sign_in_as_coordinator(&mut self) -> String {
        auth::create_or_update_coordinator(&self.db, EMAIL, "Cora Coordinator", PASSWORD, now_ms())
            .await
            .unwrap();
        let form = self.get("/coordinator/login").await;
        let csrf = hidden_field(&form.body, "csrf").unwrap();
        let signed_in = self
            .post_form(
                "/coordinator/login",
                &[("email", EMAIL), ("password", PASSWORD), ("csrf", &csrf)],
            )
            .await;
        assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
        let dashboard = self.get("/coordinator").await;
        assert_eq!(dashboard.status, StatusCode::OK);
        hidden_field(&dashboard.body, "csrf").unwrap()
    }
}
