//! The forms of server-rendered pages as a browser would send them, found by following links
//! from a start page: what the hostile-input test posts into, with no list to keep up to date.

use super::TestApp;
use axum::body::Body;
use axum::http::{Request, header};
use scraper::{ElementRef, Html, Selector};
use std::collections::{BTreeSet, VecDeque};

/// One `method="post"` form: where it goes and the values a browser would send untouched.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PostForm {
    /// The form's action (a path).
    pub action: String,
    /// `multipart/form-data` (a file upload).
    pub multipart: bool,
    /// The name of its file field, if it has one.
    pub file_field: Option<String>,
    /// Name and value of each field, in page order (a button's too, when it has a name).
    pub fields: Vec<(String, String)>,
}

impl PostForm {
    /// The names a person types into or chooses: every field but the anti-forgery token.
    pub fn typed_fields(&self) -> BTreeSet<String> {
        self.fields
            .iter()
            .map(|(name, _)| name.clone())
            .filter(|name| name != "csrf")
            .collect()
    }

    /// The fields with `field` set to `value` (added when the form has no such field).
    pub fn with(&self, field: &str, value: &str) -> Vec<(String, String)> {
        let mut fields = self.fields.clone();
        match fields.iter_mut().find(|(name, _)| name == field) {
            Some(found) => found.1 = value.to_owned(),
            None => fields.push((field.to_owned(), value.to_owned())),
        }
        fields
    }
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

fn attr(element: &ElementRef, name: &str) -> String {
    element.value().attr(name).unwrap_or_default().to_owned()
}

/// The POST forms of `html`, served at `page`.
pub fn post_forms(html: &str, page: &str) -> Vec<PostForm> {
    let document = Html::parse_document(html);
    let mut found = Vec::new();
    for form in document.select(&selector("form")) {
        if !attr(&form, "method").eq_ignore_ascii_case("post") {
            continue;
        }
        let action = match attr(&form, "action") {
            action if action.is_empty() => page.to_owned(),
            action => action,
        };
        let multipart = attr(&form, "enctype").starts_with("multipart/");
        let mut fields: Vec<(String, String)> = Vec::new();
        let mut radios_seen = BTreeSet::new();
        let mut file_field = None;
        for field in form.select(&selector(
            "input[name], textarea[name], select[name], button[name]",
        )) {
            let name = attr(&field, "name");
            let value = match field.value().name() {
                "textarea" => field.text().collect(),
                "select" => {
                    let options: Vec<ElementRef> = field.select(&selector("option")).collect();
                    options
                        .iter()
                        .find(|o| o.value().attr("selected").is_some())
                        .or(options.first())
                        .map(|o| attr(o, "value"))
                        .unwrap_or_default()
                }
                "button" => {
                    // Only the first named button of a form is "pressed".
                    if fields.iter().any(|(n, _)| *n == name) {
                        continue;
                    }
                    attr(&field, "value")
                }
                _ => match attr(&field, "type").as_str() {
                    "file" => {
                        file_field = Some(name);
                        continue;
                    }
                    "submit" => continue,
                    "checkbox" if field.value().attr("checked").is_none() => continue,
                    "radio" => {
                        if !radios_seen.insert(name.clone()) {
                            continue;
                        }
                        attr(&field, "value")
                    }
                    _ => attr(&field, "value"),
                },
            };
            fields.push((name, value));
        }
        found.push(PostForm {
            action,
            multipart,
            file_field,
            fields,
        });
    }
    found
}

/// The POST forms on every page reachable from `start` by links that begin with `within`
/// (at most `max_pages` pages; downloads and sign-out are not followed).
pub async fn forms_reachable(
    app: &mut TestApp,
    start: &str,
    within: &str,
    max_pages: usize,
) -> BTreeSet<PostForm> {
    let links = selector("a[href]");
    let mut queue = VecDeque::from([start.to_owned()]);
    let mut seen = BTreeSet::from([start.to_owned()]);
    let mut forms = BTreeSet::new();
    while let Some(page) = queue.pop_front() {
        let answer = app.get(&page).await;
        assert!(
            answer.status.as_u16() < 500,
            "GET {page}: {}",
            answer.status
        );
        forms.extend(post_forms(&answer.body, &page));
        let document = Html::parse_document(&answer.body);
        for link in document.select(&links) {
            let href = attr(&link, "href");
            let href = href.split('#').next().unwrap_or_default().to_owned();
            let followed = href.starts_with(within)
                && ![".csv", ".ics", "logout", "download"]
                    .iter()
                    .any(|skip| href.contains(skip));
            if followed && seen.len() < max_pages && seen.insert(href.clone()) {
                queue.push_back(href);
            }
        }
    }
    forms
}

impl TestApp {
    /// `POST path` with `body` as it is, under `content_type`: for bodies no browser would send.
    pub async fn post_raw(
        &mut self,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> super::TestResponse {
        let request = Request::post(path)
            .header(header::CONTENT_TYPE, content_type)
            .header(header::COOKIE, self.cookie_header())
            .body(Body::from(body))
            .expect("request");
        self.request(request).await
    }
}
