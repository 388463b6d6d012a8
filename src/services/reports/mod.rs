//! Reports for funders and partner employers, per event and per period: attendance and the
//! no-show rate, bookings per employer, feedback received, volunteer hours per employer and per
//! volunteer (for their CSR reporting), with a server-drawn chart, a CSV file, a printable page
//! and a printable certificate of hours per volunteer.

pub mod chart;
mod csv;
pub mod figures;
#[cfg(test)]
mod figures_tests;
mod period;

pub use csv::report_csv;
pub use period::{Period, PeriodError};

use crate::db::{event_report, feedback, outcomes, surveys};
use crate::domain::event_status::EventStatus;
use crate::domain::locale::Locale;
use crate::domain::outcome::OutcomeKind;
use crate::domain::survey::Usefulness;
use crate::entities::event;
use crate::i18n::{dates, text};
use crate::services::error::ServiceError;
use chart::{Bar, bar_chart};
use figures::{
    ReportFigures, SurveyFigures, VolunteerFigures, figures, outcome_counts, survey_counts,
};
use sea_orm::ConnectionTrait;
use std::collections::HashSet;
use uuid::Uuid;

/// A report, ready to show.
pub struct Report {
    /// What it covers: an event's title and time, or a period.
    pub scope: String,
    /// The events it covers, by title and time.
    pub events: Vec<String>,
    /// The figures.
    pub figures: ReportFigures,
    /// Bookings and arrivals per employer, as inline SVG.
    pub chart: String,
    /// Outcomes credited to the events, by kind: (code, how many).
    pub outcomes: Vec<(OutcomeKind, usize)>,
    /// What the follow-up surveys said.
    pub survey: SurveyFigures,
}

impl Report {
    /// The line of one volunteer, for their certificate.
    pub fn volunteer(&self, id: Uuid) -> Option<&VolunteerFigures> {
        self.figures.volunteers.iter().find(|v| v.id == id)
    }
}

/// An event's title and time, in `locale`'s words.
fn event_line(event: &event::Model, locale: &Locale) -> Result<String, ServiceError> {
    let when = dates::range(locale, event.starts_at, event.ends_at, &event.time_zone)?;
    Ok(format!("{}, {when}", event.title))
}

/// Builds a report over `events` (already chosen), titled `scope`, in `locale`'s words.
async fn report_of(
    conn: &impl ConnectionTrait,
    events: &[event::Model],
    scope: String,
    locale: &Locale,
) -> Result<Report, ServiceError> {
    let mut loaded = Vec::with_capacity(events.len());
    let mut titles = Vec::with_capacity(events.len());
    for event in events {
        loaded.push((
            event.title.clone(),
            event_report::load(conn, event.id).await?,
        ));
        titles.push(event_line(event, locale)?);
    }
    let booking_ids: Vec<Uuid> = loaded
        .iter()
        .flat_map(|(_, records)| records.bookings.iter().map(|b| b.id))
        .collect();
    let with_feedback: HashSet<Uuid> = feedback::of_bookings(conn, booking_ids)
        .await?
        .into_iter()
        .map(|f| f.booking_id)
        .collect();
    let figures = figures(&loaded, &with_feedback);
    let event_ids: Vec<Uuid> = events.iter().map(|e| e.id).collect();
    let outcome_rows = outcomes::of_events(conn, event_ids.clone()).await?;
    let kinds: Vec<OutcomeKind> = outcome_rows.iter().map(|o| o.kind).collect();
    let answers = surveys::answers(conn, event_ids).await?;
    let useful: Vec<Usefulness> = answers.iter().map(|a| a.useful).collect();
    let bars: Vec<Bar> = figures
        .employers
        .iter()
        .map(|e| Bar {
            label: e.name.clone(),
            total: e.bookings,
            part: e.arrived,
        })
        .collect();
    Ok(Report {
        scope,
        events: titles,
        chart: bar_chart(
            &text(locale, "coord-report-per-employer", &[]),
            &bars,
            (
                &text(locale, "coord-report-chart-booked", &[]),
                &text(locale, "coord-report-chart-arrived", &[]),
            ),
        ),
        figures,
        outcomes: outcome_counts(&kinds),
        survey: survey_counts(&useful),
    })
}

/// The report of one event, in `locale`'s words.
pub async fn for_event(
    conn: &impl ConnectionTrait,
    event: &event::Model,
    locale: &Locale,
) -> Result<Report, ServiceError> {
    let scope = event_line(event, locale)?;
    report_of(conn, std::slice::from_ref(event), scope, locale).await
}

/// The report of every published or closed event starting in `period`, in `locale`'s words.
pub async fn for_period(
    conn: &impl ConnectionTrait,
    period: &Period,
    locale: &Locale,
) -> Result<Report, ServiceError> {
    let events: Vec<event::Model> = crate::db::events::all(conn)
        .await?
        .into_iter()
        .filter(|e| period.holds(e.starts_at))
        .filter(|e| matches!(e.status, EventStatus::Published | EventStatus::Closed))
        .collect();
    report_of(conn, &events, period.label(locale), locale).await
}
