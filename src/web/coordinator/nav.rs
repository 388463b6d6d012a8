//! The coordinator's header and an event's tab bar, on every signed-in coordinator page.
//!
//! [`super::signed_in::require_coordinator`] runs each signed-in request inside [`scope`], with
//! who is signed in, the page's address and (for an event's or a session's pages) the event.
//! [`crate::web::layout::Layout`] reads it through [`current`], so no coordinator page can be
//! built without the header, and no handler has to remember it.

use crate::domain::locale::{Locale, native_name};
use crate::i18n::{self, MAIL_LANGUAGES};
use std::future::Future;
use uuid::Uuid;

tokio::task_local! {
    static CHROME: Chrome;
}

/// What the header of a signed-in coordinator's page is drawn from.
#[derive(Clone, Debug)]
pub struct Chrome {
    /// The coordinator's name, beside "sign out".
    pub name: String,
    /// The session's anti-forgery token, for the language and sign-out forms.
    pub csrf: String,
    /// The page's path and query, where the language form comes back to.
    pub path: String,
    /// Whether the page was asked for with GET (a form's answer cannot be asked for again).
    pub is_get: bool,
    /// The event whose pages these are, if any.
    pub event: Option<EventRef>,
}

/// The event a page belongs to, as its tab bar names it.
#[derive(Clone, Debug)]
pub struct EventRef {
    /// Its id.
    pub id: Uuid,
    /// Its title.
    pub title: String,
}

/// Runs `work` (the rest of a signed-in request) with `chrome` as its header.
pub async fn scope<F: Future>(chrome: Chrome, work: F) -> F::Output {
    CHROME.scope(chrome, work).await
}

/// One link of the header or the tab bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NavLink {
    /// Where it leads.
    pub href: String,
    /// Its text, in the page's language.
    pub label: String,
    /// `aria-current`: `page` when the page shown is this one, `true` when it belongs to it
    /// (a person's page under the participants tab), none otherwise.
    pub current: Option<&'static str>,
}

/// The header of a coordinator's page, and the event's tabs when the page belongs to one.
#[derive(Clone, Debug)]
pub struct NavBar {
    /// Dashboard, events, reports, audit log, API tokens, webhooks.
    pub links: Vec<NavLink>,
    /// The event's tabs (empty outside an event).
    pub tabs: Vec<NavLink>,
    /// The event's title above its tabs (empty outside an event).
    pub event_title: String,
    /// Who is signed in.
    pub name: String,
    /// Anti-forgery token for the two forms.
    pub csrf: String,
    /// Where the language form comes back to.
    pub back: String,
    /// (code, name in itself, chosen now) per language of the coordinator's pages.
    pub languages: Vec<(&'static str, &'static str, bool)>,
}

/// The header for the request being answered, in `locale`; `None` outside a signed-in
/// coordinator's request.
pub fn current(locale: &Locale) -> Option<NavBar> {
    CHROME.try_with(|chrome| bar(chrome, locale)).ok()
}

/// The header drawn from `chrome`.
pub fn bar(chrome: &Chrome, locale: &Locale) -> NavBar {
    let path = chrome.path.split('?').next().unwrap_or_default();
    let section = section_of(path);
    let link = |href: &str, id: &str, here: bool| NavLink {
        href: href.to_owned(),
        label: i18n::text(locale, id, &[]),
        current: match (here, href == path) {
            (true, true) => Some("page"),
            (true, false) => Some("true"),
            (false, _) => None,
        },
    };
    let links = vec![
        link(
            "/coordinator",
            "coord-nav-dashboard",
            section == Section::Dashboard,
        ),
        link(
            "/coordinator/events",
            "coord-nav-events",
            section == Section::Events,
        ),
        link(
            "/coordinator/reports",
            "coord-nav-reports",
            section == Section::Reports,
        ),
        link(
            "/coordinator/audit",
            "coord-nav-audit",
            section == Section::Audit,
        ),
        link(
            "/coordinator/api-tokens",
            "coord-nav-api-tokens",
            section == Section::ApiTokens,
        ),
        link(
            "/coordinator/webhooks",
            "coord-nav-webhooks",
            section == Section::Webhooks,
        ),
    ];
    let here = tab_of(path);
    let tabs: Vec<NavLink> = match &chrome.event {
        Some(event) => Tab::ALL
            .iter()
            .map(|tab| link(&tab.href(event.id), tab.label_id(), Some(*tab) == here))
            .collect(),
        None => Vec::new(),
    };
    // A form's answer cannot be asked for again: the language form then leads to its tab.
    let back = if chrome.is_get {
        chrome.path.clone()
    } else {
        tabs.iter()
            .find(|tab| tab.current.is_some())
            .map_or_else(|| "/coordinator".to_owned(), |tab| tab.href.clone())
    };
    NavBar {
        links,
        tabs,
        event_title: chrome
            .event
            .as_ref()
            .map(|event| event.title.clone())
            .unwrap_or_default(),
        name: chrome.name.clone(),
        csrf: chrome.csrf.clone(),
        back,
        languages: MAIL_LANGUAGES
            .iter()
            .map(|code| (*code, native_name(code), *code == locale.lang()))
            .collect(),
    }
}

/// The part of the workspace a path is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    Dashboard,
    Events,
    Reports,
    Audit,
    ApiTokens,
    Webhooks,
    Other,
}

fn section_of(path: &str) -> Section {
    let rest = path.strip_prefix("/coordinator").unwrap_or(path);
    let first = rest.trim_start_matches('/').split('/').next().unwrap_or("");
    match first {
        "" => Section::Dashboard,
        "events" | "sessions" => Section::Events,
        "reports" | "reports.csv" | "volunteers" => Section::Reports,
        "audit" => Section::Audit,
        "api-tokens" => Section::ApiTokens,
        "webhooks" => Section::Webhooks,
        _ => Section::Other,
    }
}

/// One tab of an event's pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    /// The event itself: its facts, status and sessions at a glance.
    Overview,
    /// Its sessions: add, change, copy.
    Sessions,
    /// Its participants.
    Participants,
    /// Its public page: who may sign up, and the sign-ups waiting for an answer.
    SignUp,
    /// Its employers and their volunteers.
    Employers,
    /// The day itself: arrivals, walk-ins, stand-by.
    CheckIn,
    /// Allocation runs and rotation plans of its sessions.
    Planning,
    /// Volunteers' written feedback.
    Feedback,
    /// What came of it (offers, hires).
    Outcomes,
    /// Its report.
    Report,
}

impl Tab {
    /// Every tab, in the bar's order.
    pub const ALL: [Tab; 10] = [
        Tab::Overview,
        Tab::Sessions,
        Tab::Participants,
        Tab::SignUp,
        Tab::Employers,
        Tab::CheckIn,
        Tab::Planning,
        Tab::Feedback,
        Tab::Outcomes,
        Tab::Report,
    ];

    fn href(self, event: Uuid) -> String {
        let page = match self {
            Tab::Overview => "",
            Tab::Sessions => "/sessions",
            Tab::Participants => "/participants",
            Tab::SignUp => "/sign-up",
            Tab::Employers => "/employers",
            Tab::CheckIn => "/check-in",
            Tab::Planning => "/planning",
            Tab::Feedback => "/feedback",
            Tab::Outcomes => "/outcomes",
            Tab::Report => "/report",
        };
        format!("/coordinator/events/{event}{page}")
    }

    fn label_id(self) -> &'static str {
        match self {
            Tab::Overview => "coord-tab-overview",
            Tab::Sessions => "coord-tab-sessions",
            Tab::Participants => "coord-tab-participants",
            Tab::SignUp => "coord-tab-sign-up",
            Tab::Employers => "coord-tab-employers",
            Tab::CheckIn => "coord-tab-check-in",
            Tab::Planning => "coord-tab-planning",
            Tab::Feedback => "coord-tab-feedback",
            Tab::Outcomes => "coord-tab-outcomes",
            Tab::Report => "coord-tab-report",
        }
    }
}

/// The tab a path of an event's or a session's pages belongs to.
fn tab_of(path: &str) -> Option<Tab> {
    let mut parts = path.trim_start_matches('/').split('/').skip(1);
    let kind = parts.next()?;
    let _id = parts.next()?;
    let page = parts.next().unwrap_or("");
    match (kind, page) {
        ("events", "" | "edit" | "status" | "copy") => Some(Tab::Overview),
        ("events", "sessions" | "texts") | ("sessions", "" | "edit" | "placements" | "copy") => {
            Some(Tab::Sessions)
        }
        (
            "events",
            "participants" | "participants.csv" | "invitations" | "sensitive-facts.csv" | "message",
        ) => Some(Tab::Participants),
        ("events", "sign-up" | "sign-ups") => Some(Tab::SignUp),
        ("events", "employers") => Some(Tab::Employers),
        ("events", "check-in" | "walk-ins" | "standby" | "interviewer-absent" | "run-sheet") => {
            Some(Tab::CheckIn)
        }
        ("events", "planning") | ("sessions", "allocation" | "rotation") => Some(Tab::Planning),
        ("events", "feedback") => Some(Tab::Feedback),
        ("events", "outcomes") => Some(Tab::Outcomes),
        ("events", "report" | "report.csv") => Some(Tab::Report),
        _ => None,
    }
}

/// The event a path names directly (`/coordinator/events/{id}/…`), and the session it names
/// (`/coordinator/sessions/{id}/…`), whose event the caller looks up.
pub fn event_or_session_of(path: &str) -> (Option<Uuid>, Option<Uuid>) {
    let mut parts = path.trim_start_matches('/').split('/');
    if parts.next() != Some("coordinator") {
        return (None, None);
    }
    let kind = parts.next();
    let id = parts.next().and_then(|id| Uuid::parse_str(id).ok());
    match kind {
        Some("events") => (id, None),
        Some("sessions") => (None, id),
        _ => (None, None),
    }
}

#[cfg(test)]
#[path = "nav_tests.rs"]
mod tests;
