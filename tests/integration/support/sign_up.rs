//! Signing up on an event's public page as a person would: read the form, send it, open the
//! confirmation link from the mail, press the button.

use super::{TestApp, TestResponse, hidden_field};
use fairplan::entities::{event, sign_up_question};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// The demo event's public page.
pub async fn demo_page(app: &TestApp) -> String {
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    format!("/events/{}", event.slug)
}

/// The form field of the event's question that reads `label`.
pub async fn question_field(app: &TestApp, label: &str) -> String {
    let question = sign_up_question::Entity::find()
        .filter(sign_up_question::Column::Label.eq(label))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the question");
    format!("q-{}", question.id)
}

/// A job seeker's form, filled in as Amina would, with `changes` on top.
pub fn amina<'a>(email: &'a str, changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("name", "Amina Haddad"),
        ("email", email),
        ("language", "ar"),
        ("occupations", "25"),
        ("spoken_1", "ar"),
        ("level_1", "C2"),
        ("spoken_2", "de"),
        ("level_2", "B1"),
        ("spoken_3", ""),
        ("level_3", "A1"),
        ("needs", "An interpreter for Arabic"),
        ("keep", "yes"),
        ("website", ""),
    ];
    for (name, value) in changes {
        fields.retain(|(n, _)| n != name);
        fields.push((name, value));
    }
    fields
}

impl TestApp {
    /// Sends `fields` to the form at `page` + `form` (`/sign-up` or `/employers`) with the
    /// page's anti-forgery token.
    pub async fn sign_up(
        &mut self,
        (page, form): (&str, &str),
        fields: &[(&str, &str)],
    ) -> TestResponse {
        let shown = self.get(page).await;
        let csrf = hidden_field(&shown.body, "csrf").expect("the page has a form");
        let mut fields = fields.to_vec();
        fields.push(("csrf", &csrf));
        self.post_form(&format!("{page}{form}"), &fields).await
    }

    /// Delivers the mails, opens the confirmation link in the last mail to `address` and
    /// presses the button; answers the button's response.
    pub async fn confirm_sign_up(&mut self, address: &str) -> TestResponse {
        self.drain_outbox().await;
        let link = self
            .link_from_last_mail(address)
            .expect("a confirmation link");
        assert!(link.starts_with("/sign-up/"), "{link}");
        let page = self.get(&link).await;
        let csrf = hidden_field(&page.body, "csrf").expect("the confirm button");
        self.post_form(&link, &[("csrf", &csrf)]).await
    }
}
