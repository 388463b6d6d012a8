//! Participants' pages checked by axe-core (from npm) in headless Chromium against WCAG 2.2 A and
//! AA: the booking page before and after booking, in English and in Arabic (right to left), a
//! ranking form sent with problems, the cancel and erase confirmations, the calendar address,
//! the new-link form with its error, and an error page. Any violation fails the test.
//!
//! It runs when Chromium and `FAIRPLAN_AXE_JS` (the path of `axe.min.js`) are there, and must run
//! when `FAIRPLAN_TEST_BROWSER=1` (CI installs both).

use crate::browser::{click, demo_over_http, start_browser, wait_for_element, wait_for_url};
use fantoccini::{Client, Locator};
use serde::Deserialize;

/// What axe found on one page.
#[derive(Deserialize)]
struct AxeReport {
    /// `rule: help at selector, ...` per violated rule.
    violations: Vec<String>,
    /// How many rules passed (shows that axe really looked at the page).
    passes: usize,
}

/// The axe-core script, or `None` when it is not installed and not required.
pub(crate) fn axe_script() -> Option<String> {
    let required = std::env::var("FAIRPLAN_TEST_BROWSER").is_ok_and(|v| v == "1");
    match std::env::var("FAIRPLAN_AXE_JS") {
        Ok(path) => Some(std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))),
        Err(_) => {
            assert!(
                !required,
                "FAIRPLAN_TEST_BROWSER=1 but FAIRPLAN_AXE_JS is not set"
            );
            eprintln!("accessibility test not run: set FAIRPLAN_AXE_JS to axe.min.js");
            None
        }
    }
}

/// Runs axe on the current page and fails with every violation found.
pub(crate) async fn assert_accessible(client: &Client, axe: &str, what: &str) {
    client.execute(axe, vec![]).await.unwrap();
    let report = client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
              .then(r => done({
                violations: r.violations.map(v => v.id + ': ' + v.help + ' at '
                  + v.nodes.map(n => n.target.join(' ')).join(', ')),
                passes: r.passes.length }))
              .catch(e => done({ violations: ['axe failed: ' + e], passes: 0 }));"#,
            vec![],
        )
        .await
        .unwrap();
    let report: AxeReport = serde_json::from_value(report).unwrap();
    assert!(
        report.violations.is_empty(),
        "{what}: {:#?}",
        report.violations
    );
    assert!(
        report.passes >= 5,
        "{what}: axe checked only {} rules",
        report.passes
    );
}

#[tokio::test]
async fn participant_pages_pass_axe_in_english_and_arabic() {
    let Some(axe) = axe_script() else {
        return;
    };
    let Some(mut browser) = start_browser().await else {
        return;
    };
    let (_app, base, link) = demo_over_http().await;
    let client = browser.client.take().unwrap();
    let page = format!("{base}{link}");

    client.goto(&page).await.unwrap();
    assert_accessible(&client, &axe, "booking page").await;
    click(&client, "details.options summary").await;
    assert_accessible(&client, &axe, "booking page with its times shown").await;
    click(&client, "button.book").await;
    wait_for_url(&client, "notice=booked").await;
    assert_accessible(&client, &axe, "booking page after booking").await;

    // Someone with a booking is asked the follow-up survey; sent empty, it names its problems.
    client.goto(&format!("{page}/survey")).await.unwrap();
    assert_accessible(&client, &axe, "survey").await;
    click(&client, "form[action$='/survey'] button[type=submit]").await;
    wait_for_element(&client, "p.error").await;
    assert_accessible(&client, &axe, "survey with problems").await;
    client.goto(&page).await.unwrap();

    // A ranking sent with too few choices comes back with its problems.
    if let Ok(summary) = client
        .find(Locator::Css(
            "details:has(form[action$='/preferences']) > summary",
        ))
        .await
    {
        summary.click().await.unwrap();
    }
    if let Ok(select) = client
        .find(Locator::Css("form[action$='/preferences'] select"))
        .await
    {
        select.select_by_value("1").await.unwrap();
        click(&client, "form[action$='/preferences'] button[type=submit]").await;
        wait_for_element(&client, "p.error").await;
        assert_accessible(&client, &axe, "ranking with problems").await;
    }

    click(&client, "a[href$='/cancel']").await;
    wait_for_url(&client, "/cancel").await;
    assert_accessible(&client, &axe, "cancel confirmation").await;

    // The switcher, without JavaScript's help: choose Arabic and send the form.
    client.goto(&page).await.unwrap();
    client
        .find(Locator::Id("language-choice"))
        .await
        .unwrap()
        .select_by_value("ar")
        .await
        .unwrap();
    click(&client, "form.language button[type=submit]").await;
    wait_for_url(&client, "notice=language").await;
    let html = client.find(Locator::Css("html")).await.unwrap();
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    assert_accessible(&client, &axe, "booking page in Arabic").await;

    click(&client, "form[action$='/calendar-feed'] button").await;
    wait_for_url(&client, "/calendar-feed").await;
    assert_accessible(&client, &axe, "calendar address in Arabic").await;

    client.goto(&format!("{page}/erase")).await.unwrap();
    assert_accessible(&client, &axe, "erase confirmation in Arabic").await;

    client.goto(&format!("{base}/p/new-link")).await.unwrap();
    assert_accessible(&client, &axe, "new link form").await;
    client
        .find(Locator::Id("email"))
        .await
        .unwrap()
        .send_keys("not an address")
        .await
        .unwrap();
    click(&client, "form.stack button[type=submit]").await;
    wait_for_element(&client, "#email-error").await;
    assert_accessible(&client, &axe, "new link form with its error").await;

    client
        .goto(&format!("{base}/p/no-such-link"))
        .await
        .unwrap();
    assert_accessible(&client, &axe, "error page").await;
    client.close().await.unwrap();
}
