//! Signing up in a real browser (headless Chromium at 360 px, no JavaScript of ours): a job
//! seeker fills in the event's public page in Arabic, right to left, without sideways
//! scrolling, confirms by the link in the mail and lands on their own page; the coordinator's
//! Sign-up tab is reached from the event's tabs. Every page passes axe when axe is installed.

use crate::accessibility::{assert_accessible, axe_script};
use crate::browser::{
    click, demo_over_http, sign_in, start_browser, wait_for_element, wait_for_url,
};
use fantoccini::{Client, Locator};

async fn check(client: &Client, axe: Option<&str>, what: &str) {
    if let Some(axe) = axe {
        assert_accessible(client, axe, what).await;
    }
}

async fn type_into(client: &Client, id: &str, text: &str) {
    client
        .find(Locator::Id(id))
        .await
        .unwrap()
        .send_keys(text)
        .await
        .unwrap();
}

async fn choose(client: &Client, id: &str, value: &str) {
    client
        .find(Locator::Id(id))
        .await
        .unwrap()
        .select_by_value(value)
        .await
        .unwrap();
}

async fn fits_the_screen(client: &Client) -> bool {
    client
        .execute(
            "return document.documentElement.scrollWidth <= window.innerWidth;",
            vec![],
        )
        .await
        .unwrap()
        == serde_json::Value::Bool(true)
}

#[tokio::test]
async fn a_job_seeker_signs_up_in_arabic_on_a_phone_and_a_coordinator_sees_the_sign_up_tab() {
    let Some(mut browser) = start_browser().await else {
        return;
    };
    let axe = axe_script();
    let axe = axe.as_deref();
    let (app, base, _) = demo_over_http().await;
    let page = crate::support::sign_up::demo_page(&app).await;
    let client = browser.client.take().unwrap();

    client.goto(&format!("{base}{page}?lang=ar")).await.unwrap();
    let html = client.find(Locator::Css("html")).await.unwrap();
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    assert!(
        fits_the_screen(&client).await,
        "no sideways scrolling at 360 px"
    );
    let trap = client.find(Locator::Id("website-person")).await.unwrap();
    assert!(
        !trap.is_displayed().await.unwrap_or(false) || {
            let rect = trap.rectangle().await.unwrap();
            rect.0 + rect.2 < 0.0 || rect.0 > 10_000.0
        },
        "the robots' field is out of sight"
    );
    check(&client, axe, "the public page in Arabic").await;

    type_into(&client, "name", "أمينة حداد").await;
    type_into(&client, "email", "amina@example.org").await;
    choose(&client, "spoken_1", "ar").await;
    choose(&client, "level_1", "C2").await;
    click(&client, "form[action*='/sign-up'] button[type=submit]").await;
    wait_for_url(&client, "/thanks").await;
    check(&client, axe, "the thank-you page").await;

    app.drain_outbox().await;
    let link = app.link_from_last_mail("amina@example.org").unwrap();
    client.goto(&format!("{base}{link}")).await.unwrap();
    wait_for_element(&client, "form[action^='/sign-up/'] button").await;
    check(&client, axe, "the confirmation page").await;
    click(&client, "form[action^='/sign-up/'] button").await;
    wait_for_url(&client, "/p/").await;
    let own = client.source().await.unwrap();
    assert!(own.contains("أمينة حداد"), "her own page greets her");

    sign_in(&client, &base).await;
    client
        .goto(&format!("{base}/coordinator/events"))
        .await
        .unwrap();
    click(&client, "table a[href^='/coordinator/events/']").await;
    wait_for_element(&client, "nav.tabs").await;
    click(&client, "nav.tabs a[href$='/sign-up']").await;
    wait_for_url(&client, "/sign-up").await;
    check(&client, axe, "the coordinator's sign-up tab").await;
}
