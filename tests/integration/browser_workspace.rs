//! The coordinator's workspace in a real browser (Chromium, no JavaScript of ours): the header
//! and the event's tabs lead everywhere, the participant list is searched and filtered, and
//! every page met on the way passes axe (WCAG 2.2 AA) when axe is installed.

use crate::accessibility::{assert_accessible, axe_script};
use crate::browser::{
    click, demo_over_http, sign_in, start_browser, wait_for_element, wait_for_url,
};
use fantoccini::{Client, Locator};

/// Runs axe on the page shown, when axe is there.
async fn check(client: &Client, axe: Option<&str>, what: &str) {
    if let Some(axe) = axe {
        assert_accessible(client, axe, what).await;
    }
}

/// How many rows the participant list shows.
async fn list_rows(client: &Client) -> usize {
    client
        .find_all(Locator::Css("#list tbody tr td a"))
        .await
        .unwrap()
        .len()
}

#[tokio::test]
async fn a_coordinator_finds_their_way_through_header_and_tabs_and_searches_the_list() {
    let Some(mut browser) = start_browser().await else {
        return;
    };
    let axe = axe_script();
    let axe = axe.as_deref();
    let (app, base, _) = demo_over_http().await;
    let client = browser.client.take().unwrap();
    sign_in(&client, &base).await;
    check(&client, axe, "dashboard").await;

    click(&client, "nav.workspace a[href='/coordinator/events']").await;
    wait_for_url(&client, "/coordinator/events").await;
    check(&client, axe, "events").await;
    click(&client, "table a[href^='/coordinator/events/']").await;
    wait_for_element(&client, "nav.tabs").await;
    check(&client, axe, "event overview with its tabs").await;

    for (tab, what) in [
        ("/sessions", "sessions tab"),
        ("/planning", "allocation and rounds tab"),
        ("/employers", "employers tab"),
        ("/participants", "participants tab"),
    ] {
        click(&client, &format!("nav.tabs a[href$='{tab}']")).await;
        wait_for_url(&client, tab).await;
        let current = client
            .find(Locator::Css("nav.tabs a[aria-current]"))
            .await
            .unwrap();
        assert!(
            current.attr("href").await.unwrap().unwrap().ends_with(tab),
            "{what}"
        );
        check(&client, axe, what).await;
    }
    let everyone = list_rows(&client).await;
    assert!(everyone > 1);

    client
        .find(Locator::Id("find"))
        .await
        .unwrap()
        .send_keys("Hamid")
        .await
        .unwrap();
    click(&client, "form.filters button[type=submit]").await;
    wait_for_url(&client, "find=Hamid").await;
    assert_eq!(list_rows(&client).await, 1);
    let row = client.find(Locator::Css("#list tbody tr")).await.unwrap();
    assert!(row.text().await.unwrap().contains("Hamid Rahimi"));
    check(&client, axe, "participant list, searched").await;

    client
        .find(Locator::Id("find"))
        .await
        .unwrap()
        .clear()
        .await
        .unwrap();
    client
        .find(Locator::Css("#show option[value='not-booked']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    click(&client, "form.filters button[type=submit]").await;
    wait_for_url(&client, "show=not-booked").await;
    assert!(list_rows(&client).await <= everyone);

    click(&client, "#list tbody tr td a").await;
    wait_for_element(&client, "#link-heading").await;
    check(&client, axe, "a person's page").await;

    // Back to the events through the header, then the copy form and the privacy notice.
    click(&client, "nav.tabs a[href$='/participants']").await;
    wait_for_url(&client, "/participants").await;
    let copy = client.current_url().await.unwrap();
    let event_path = copy.path().trim_end_matches("/participants").to_owned();
    client
        .goto(&format!("{base}{event_path}/copy"))
        .await
        .unwrap();
    wait_for_element(&client, "#first_day").await;
    check(&client, axe, "copy form").await;
    client
        .goto(&format!("{base}{event_path}/message"))
        .await
        .unwrap();
    wait_for_element(&client, "#audience").await;
    client
        .find(Locator::Id("subject"))
        .await
        .unwrap()
        .send_keys("Room change")
        .await
        .unwrap();
    client
        .find(Locator::Id("text"))
        .await
        .unwrap()
        .send_keys("We meet in room 2.14.")
        .await
        .unwrap();
    click(&client, "form.stack button[type=submit]").await;
    wait_for_element(&client, "#preview-heading").await;
    check(&client, axe, "message with its preview").await;
    client
        .goto(&format!("{base}{event_path}/sessions"))
        .await
        .unwrap();
    click(&client, "a[href$='/placements']").await;
    wait_for_url(&client, "/placements").await;
    check(&client, axe, "placements").await;
    click(&client, "a[href$='/edit']").await;
    wait_for_element(&client, "#capacity").await;
    check(&client, axe, "a placement's edit page").await;
    // The texts in another language, from the sessions tab: written in Arabic and saved.
    client
        .goto(&format!("{base}{event_path}/sessions"))
        .await
        .unwrap();
    click(&client, "a[href$='/texts']").await;
    click(&client, "a[href$='?language=ar']").await;
    wait_for_url(&client, "language=ar").await;
    client
        .find(Locator::Css("input[id^='event_title-']"))
        .await
        .unwrap()
        .send_keys("أمسية المهن")
        .await
        .unwrap();
    click(&client, "form.stack button[type=submit]").await;
    wait_for_url(&client, "saved=1").await;
    check(&client, axe, "texts in another language").await;
    // Webhooks, from the header: an address added, and its page with the secret and the log.
    click(&client, "nav.workspace a[href='/coordinator/webhooks']").await;
    wait_for_element(&client, "#url").await;
    check(&client, axe, "webhooks").await;
    client
        .find(Locator::Id("url"))
        .await
        .unwrap()
        .send_keys("https://crm.example.org/hooks/fairplan")
        .await
        .unwrap();
    click(&client, "input[id='event-check_in']").await;
    click(&client, "form.stack button[type=submit]").await;
    wait_for_element(&client, "#secret").await;
    check(&client, axe, "a webhook address with its log").await;
    click(&client, "footer a[href='/privacy']").await;
    wait_for_url(&client, "/privacy").await;
    check(&client, axe, "privacy notice").await;

    // An employer's page, with all its duties.
    let employer = app
        .link_from_last_mail("katrin.vogel@nordlicht.example")
        .unwrap();
    client.goto(&format!("{base}{employer}")).await.unwrap();
    wait_for_element(&client, "#duties-heading").await;
    check(&client, axe, "employer page with its duties").await;
    client.close().await.unwrap();
}

#[tokio::test]
async fn at_the_door_a_photo_of_the_qr_code_checks_the_person_in() {
    use crate::support::demo::{book, demo_person};
    use fairplan::entities::event_participant;
    use sea_orm::EntityTrait;
    let Some(mut browser) = start_browser().await else {
        return;
    };
    let axe = axe_script();
    let (app, base, _) = demo_over_http().await;
    let client = browser.client.take().unwrap();
    let mock = crate::support::demo::session_of_format(&app, "mock_interview").await;
    let first = crate::support::demo::first_slot(&app, mock.id).await;
    let amira = demo_person(&app, 1).await;
    book(&app, amira.id, first.id).await;
    crate::support::demo::happening_today(&app, &[first.id]).await;
    let code = event_participant::Entity::find_by_id((mock.event_id, amira.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .check_in_code
        .unwrap();
    let photo = std::env::temp_dir().join(format!("fairplan-qr-{code}.png"));
    std::fs::write(&photo, crate::check_in_codes::photo_of(&code)).unwrap();

    sign_in(&client, &base).await;
    client
        .goto(&format!(
            "{base}/coordinator/events/{}/check-in",
            mock.event_id
        ))
        .await
        .unwrap();
    wait_for_element(&client, "#check-in-photo").await;
    check(&client, axe.as_deref(), "check-in page with the code form").await;
    client
        .find(Locator::Id("check-in-photo"))
        .await
        .unwrap()
        .send_keys(photo.to_str().unwrap())
        .await
        .unwrap();
    click(
        &client,
        "form[action$='/check-in/code'] button[type=submit]",
    )
    .await;
    wait_for_element(&client, "p.note[role=status]").await;
    let said = client
        .find(Locator::Css("p.note[role=status]"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(said.contains("is checked in for Mock interviews"), "{said}");
    assert!(said.contains(&amira.name), "{said}");
    let _ = std::fs::remove_file(&photo);
    client.close().await.unwrap();
}
