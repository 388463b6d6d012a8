//! Reports: per event and per period, as a printable page with a chart, as CSV, and a
//! certificate of hours per volunteer.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::Path;
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::outcome::OutcomeKind;
use crate::domain::time::{format_date, local_date};
use crate::i18n::request::page_locale;
use crate::i18n::{Message, count_text, count_text_with, dates, text};
use crate::services::events;
use crate::services::reports::figures::{VolunteerFigures, hours_text};
use crate::services::reports::{self, Period, PeriodError, Report, report_csv};
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/report.html")]
struct ReportPage {
    meta: Layout,
    report: Report,
    /// `/coordinator/events/{id}` for an event's report, empty for a period's.
    event_path: String,
    /// The CSV download of this report.
    csv_path: String,
    /// How a certificate link asks for the same scope (`event=...` or `from=...&to=...`).
    scope_query: String,
    /// The period form's values (period reports only).
    from: String,
    to: String,
    error: Option<String>,
}

impl ReportPage {
    fn hours(&self, minutes: &i64) -> String {
        hours_text(*minutes)
    }

    fn outcome_id(&self, kind: &OutcomeKind) -> &'static str {
        kind.text_id()
    }

    /// "Follow-up survey: 3 answers: 2 very useful, 1 somewhat useful, 0 not useful."
    fn survey_line(&self) -> String {
        let survey = &self.report.survey;
        let (very, somewhat, not) = (
            survey.very.to_string(),
            survey.somewhat.to_string(),
            survey.not.to_string(),
        );
        count_text_with(
            self.meta.locale(),
            "coord-report-survey",
            survey.answers as i64,
            &[("very", &very), ("somewhat", &somewhat), ("not", &not)],
        )
    }
}

#[derive(Template)]
#[template(path = "coordinator/certificate.html")]
struct CertificatePage {
    meta: Layout,
    programme: String,
    volunteer: VolunteerFigures,
    hours: String,
    scope: String,
    issued: String,
}

impl CertificatePage {
    /// "for giving 3 h of their time in 2 sessions with 4 job seekers, ...".
    fn given(&self) -> String {
        let locale = self.meta.locale();
        let sessions = count_text(
            locale,
            "coord-certificate-sessions",
            self.volunteer.slots as i64,
        );
        let seekers = count_text(
            locale,
            "coord-certificate-seekers",
            self.volunteer.people as i64,
        );
        text(
            locale,
            "coord-certificate-given",
            &[
                ("hours", &self.hours),
                ("sessions", &sessions),
                ("seekers", &seekers),
            ],
        )
    }
}

/// `?from=2026-01-01&to=2026-03-31`, or `?event=` for a certificate.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ScopeQuery {
    from: String,
    to: String,
    event: String,
}

fn csv_download(name: &str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"fairplan-report-{name}.csv\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

/// The period asked for, or this calendar year so far; else what is wrong with it.
fn period_of(state: &AppState, query: &ScopeQuery) -> Result<Period, Message> {
    let zone_name = &state.config.time_zone;
    let refused = |e: PeriodError| Message::new(e.text_id());
    if query.from.is_empty() && query.to.is_empty() {
        let today = local_date(now_ms(), zone_name).map_err(|_| refused(PeriodError::Zone))?;
        let first = jiff::civil::date(today.year(), 1, 1);
        return Period::parse(&first.to_string(), &today.to_string(), zone_name).map_err(refused);
    }
    Period::parse(&query.from, &query.to, zone_name).map_err(refused)
}

/// `GET /coordinator/events/{id}/report`.
pub async fn show_event_report(
    State(state): State<AppState>,
    _signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
) -> Result<Html<String>, AppError> {
    let event = events::find(&state.db, event_id).await?;
    let locale = page_locale();
    let report = reports::for_event(&state.db, &event, &locale).await?;
    let page = ReportPage {
        meta: Layout::titled_with(
            "coord-report-title-of",
            &[("event", &event.title)],
            &state.config.programme_name,
            &locale,
        ),
        report,
        event_path: format!("/coordinator/events/{event_id}"),
        csv_path: format!("/coordinator/events/{event_id}/report.csv"),
        scope_query: format!("event={event_id}"),
        from: String::new(),
        to: String::new(),
        error: None,
    };
    Ok(Html(page.render()?))
}

/// `GET /coordinator/events/{id}/report.csv`.
pub async fn export_event_report(
    State(state): State<AppState>,
    _signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
) -> Result<Response, AppError> {
    let event = events::find(&state.db, event_id).await?;
    let report = reports::for_event(&state.db, &event, &page_locale()).await?;
    let date = format_date(event.starts_at, &event.time_zone)?.replace(' ', "-");
    Ok(csv_download(&date, report_csv(&report)?))
}

/// `GET /coordinator/reports?from=&to=`: every event starting in the period.
pub async fn show_period_report(
    State(state): State<AppState>,
    _signed_in: SignedIn,
    Query(query): Query<ScopeQuery>,
) -> Result<Response, AppError> {
    let locale = page_locale();
    let (period, error) = match period_of(&state, &query) {
        Ok(period) => (period, None),
        Err(message) => (
            period_of(&state, &ScopeQuery::default())
                .map_err(|e| AppError::Internal(e.to_string()))?,
            Some(message.in_locale(&locale)),
        ),
    };
    let report = reports::for_period(&state.db, &period, &locale).await?;
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = ReportPage {
        meta: Layout::titled("coord-report-title", &state.config.programme_name, &locale),
        report,
        event_path: String::new(),
        csv_path: format!("/coordinator/reports.csv?{}", period.query()),
        scope_query: period.query(),
        from: if error.is_some() {
            query.from
        } else {
            period.from.to_string()
        },
        to: if error.is_some() {
            query.to
        } else {
            period.to.to_string()
        },
        error,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /coordinator/reports.csv?from=&to=`.
pub async fn export_period_report(
    State(state): State<AppState>,
    _signed_in: SignedIn,
    Query(query): Query<ScopeQuery>,
) -> Result<Response, AppError> {
    let period = period_of(&state, &query).map_err(AppError::Conflict)?;
    let report = reports::for_period(&state.db, &period, &page_locale()).await?;
    Ok(csv_download(
        &format!("{}-{}", period.from, period.to),
        report_csv(&report)?,
    ))
}

/// `GET /coordinator/volunteers/{id}/certificate?event=` (or `?from=&to=`): the volunteer's
/// hours in that scope, as a page to print and sign.
pub async fn show_certificate(
    State(state): State<AppState>,
    _signed_in: SignedIn,
    Path(volunteer_id): Path<Uuid>,
    Query(query): Query<ScopeQuery>,
) -> Result<Html<String>, AppError> {
    let locale = page_locale();
    let report = match query.event.parse::<Uuid>() {
        Ok(event_id) => {
            let event = events::find(&state.db, event_id).await?;
            reports::for_event(&state.db, &event, &locale).await?
        }
        Err(_) => {
            let period = period_of(&state, &query).map_err(AppError::Conflict)?;
            reports::for_period(&state.db, &period, &locale).await?
        }
    };
    let volunteer = report
        .volunteer(volunteer_id)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let issued = dates::date(&locale, now_ms(), &state.config.time_zone)?;
    let page = CertificatePage {
        meta: Layout::titled_with(
            "coord-certificate-title-of",
            &[("name", &volunteer.name)],
            &state.config.programme_name,
            &locale,
        ),
        programme: state.config.programme_name.clone(),
        hours: hours_text(volunteer.minutes),
        volunteer,
        scope: report.scope,
        issued,
    };
    Ok(Html(page.render()?))
}
