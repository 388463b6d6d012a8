//! A report as one CSV file: a line for the totals, one per employer, one per volunteer, one
//! per kind of outcome and the survey's counts (their count in the `bookings` column).

use super::Report;
use super::figures::hours_text;
use crate::domain::csv_export::CsvSheet;
use crate::services::error::ServiceError;

const COLUMNS: &[&str] = &[
    "line",
    "name",
    "employer",
    "bookings",
    "arrived",
    "no_shows",
    "volunteers",
    "slots",
    "volunteer_minutes",
    "volunteer_hours",
    "events",
];

/// The report's CSV file.
pub fn report_csv(report: &Report) -> Result<String, ServiceError> {
    let f = &report.figures;
    let mut sheet = CsvSheet::new(COLUMNS)?;
    let total_minutes: i64 = f.volunteers.iter().map(|v| v.minutes).sum();
    let slots: usize = f.volunteers.iter().map(|v| v.slots).sum();
    sheet.row([
        "total",
        report.scope.as_str(),
        "",
        &f.attendance.booked.to_string(),
        &f.attendance.arrived.to_string(),
        &f.attendance.no_show.to_string(),
        &f.volunteers.len().to_string(),
        &slots.to_string(),
        &total_minutes.to_string(),
        &hours_text(total_minutes),
        &f.events.to_string(),
    ])?;
    for e in &f.employers {
        sheet.row([
            "employer",
            e.name.as_str(),
            e.name.as_str(),
            &e.bookings.to_string(),
            &e.arrived.to_string(),
            "",
            &e.volunteers.to_string(),
            "",
            &e.volunteer_minutes.to_string(),
            &hours_text(e.volunteer_minutes),
            "",
        ])?;
    }
    for v in &f.volunteers {
        sheet.row([
            "volunteer",
            v.name.as_str(),
            v.employer.as_str(),
            &v.people.to_string(),
            "",
            "",
            "",
            &v.slots.to_string(),
            &v.minutes.to_string(),
            &hours_text(v.minutes),
            &v.events.join("; "),
        ])?;
    }
    for (kind, count) in &report.outcomes {
        // A file for other programs and funders' spreadsheets: the English name, as before.
        let label = kind.label();
        let count = count.to_string();
        sheet.row(["outcome", label, "", &count, "", "", "", "", "", "", ""])?;
    }
    let survey = &report.survey;
    for (label, count) in [
        ("survey answers", survey.answers),
        ("very useful", survey.very),
        ("somewhat useful", survey.somewhat),
        ("not useful", survey.not),
    ] {
        let count = count.to_string();
        sheet.row(["survey", label, "", &count, "", "", "", "", "", "", ""])?;
    }
    Ok(sheet.finish()?)
}
