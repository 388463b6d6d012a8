use super::*;

fn chrome(path: &str, event: Option<Uuid>) -> Chrome {
    Chrome {
        name: "Ada".into(),
        csrf: "t".into(),
        path: path.into(),
        is_get: true,
        event: event.map(|id| EventRef {
            id,
            title: "Fair".into(),
        }),
    }
}

fn marked(links: &[NavLink]) -> Vec<&str> {
    links
        .iter()
        .filter(|l| l.current.is_some())
        .map(|l| l.href.as_str())
        .collect()
}

#[test]
fn the_page_shown_is_marked_in_the_header_and_the_tabs() {
    let event = Uuid::nil();
    let base = format!("/coordinator/events/{event}");
    let en = Locale::parse("en");
    let cases = [
        (base.clone(), base.clone()),
        (format!("{base}/edit"), base.clone()),
        (
            format!("{base}/participants/{event}"),
            format!("{base}/participants"),
        ),
        (format!("{base}/walk-ins"), format!("{base}/check-in")),
        (
            format!("/coordinator/sessions/{event}/allocation"),
            format!("{base}/planning"),
        ),
        (
            format!("/coordinator/sessions/{event}/edit"),
            format!("{base}/sessions"),
        ),
    ];
    for (path, tab) in cases {
        let bar = bar(&chrome(&path, Some(event)), &en);
        assert_eq!(marked(&bar.links), ["/coordinator/events"], "{path}");
        assert_eq!(marked(&bar.tabs), [tab.as_str()], "{path}");
    }
    let home = bar(&chrome("/coordinator", None), &en);
    assert_eq!(marked(&home.links), ["/coordinator"]);
    assert!(home.tabs.is_empty());
    let audit = bar(&chrome("/coordinator/audit?page=2", None), &en);
    assert_eq!(marked(&audit.links), ["/coordinator/audit"]);
    assert_eq!(audit.back, "/coordinator/audit?page=2");
    assert_eq!(audit.links[3].current, Some("page"));
}

#[test]
fn a_page_under_a_tab_is_marked_as_belonging_to_it_not_as_it() {
    let event = Uuid::nil();
    let person = format!("/coordinator/events/{event}/participants/{event}");
    let bar = bar(&chrome(&person, Some(event)), &Locale::parse("en"));
    let tab = bar
        .tabs
        .iter()
        .find(|t| t.href.ends_with("/participants"))
        .unwrap();
    assert_eq!(tab.current, Some("true"));
    let events = bar
        .links
        .iter()
        .find(|l| l.href == "/coordinator/events")
        .unwrap();
    assert_eq!(events.current, Some("true"));
}

#[test]
fn after_a_form_the_language_form_leads_back_to_the_tab_not_to_the_form_s_address() {
    let event = Uuid::nil();
    let mut posted = chrome(&format!("/coordinator/events/{event}/message"), Some(event));
    posted.is_get = false;
    let bar = bar(&posted, &Locale::parse("en"));
    assert_eq!(
        bar.back,
        format!("/coordinator/events/{event}/participants")
    );
    let mut outside = chrome("/coordinator/api-tokens", None);
    outside.is_get = false;
    assert_eq!(
        super::bar(&outside, &Locale::parse("en")).back,
        "/coordinator"
    );
}

#[test]
fn every_label_is_written_in_every_language_of_the_pages() {
    for code in MAIL_LANGUAGES {
        let locale = Locale::parse(code);
        let bar = bar(&chrome("/coordinator", Some(Uuid::nil())), &locale);
        for link in bar.links.iter().chain(&bar.tabs) {
            assert!(!link.label.starts_with("coord-"), "{code}: {}", link.label);
        }
    }
}

#[test]
fn an_event_or_a_session_is_read_from_the_path() {
    let id = Uuid::from_u128(7);
    assert_eq!(
        event_or_session_of(&format!("/coordinator/events/{id}/report")),
        (Some(id), None)
    );
    assert_eq!(
        event_or_session_of(&format!("/coordinator/sessions/{id}/rotation")),
        (None, Some(id))
    );
    assert_eq!(event_or_session_of("/coordinator/events/new"), (None, None));
    assert_eq!(event_or_session_of("/coordinator/audit"), (None, None));
}
