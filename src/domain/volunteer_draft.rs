//! [`VolunteerDraft`]: a volunteer as their employer's contact registers them for one event, from
//! the form or from a row of a volunteer file.

use super::availability::{EventHours, parse_windows};
use super::cefr::CefrLevel;
use super::csv_table::{ImportProblem, TableSpec, read_rows};
use super::email::EmailAddress;
use super::fields::{FieldError, FormErrors};
use super::occupations::parse_occupations;
use super::participant_import::parse_languages;
use crate::domain::text::TextRule;
use serde::Deserialize;
use std::collections::HashMap;

/// The volunteer form as typed (also the columns of a volunteer file).
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct VolunteerInput {
    /// Full name.
    pub name: String,
    /// Address for their schedule and calendar invitations.
    pub email: String,
    /// Job title, shown to the participants they meet.
    pub job_title: String,
    /// The language they read mails in.
    pub language: String,
    /// Languages with CEFR levels: `en C2; ar B2`.
    pub languages: String,
    /// Occupation fields they can speak to, from the shared list (ISCO-08 sub-major groups) by
    /// code or by name in any language Fairplan speaks, separated by `;`: `22; 53`.
    pub expertise: String,
    /// When they can give interviews: `09:00-12:00; 13:00-15:00`.
    pub availability: String,
    /// Occupation values the volunteer already has that are not on the shared list (typed
    /// before it existed): sent back unchanged they stay. Set by the server, never read from
    /// a form or body.
    #[serde(skip)]
    pub kept_expertise: Vec<String>,
}

/// A valid volunteer for one event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VolunteerDraft {
    /// Name, 1-200 characters.
    pub name: String,
    /// Normalised address.
    pub email: EmailAddress,
    /// Job title (may be empty).
    pub job_title: String,
    /// Mail language code.
    pub locale: String,
    /// At least one language with its level.
    pub languages: Vec<(String, CefrLevel)>,
    /// Occupation fields: codes of the shared list (or values kept from before it).
    pub expertise: Vec<String>,
    /// Availability windows inside the event's hours, sorted and disjoint.
    pub availability: Vec<(i64, i64)>,
}

impl VolunteerDraft {
    /// Checks every field. `mail_languages` are the languages mails can be written in; an empty
    /// mail language means English.
    pub fn parse(
        input: &VolunteerInput,
        hours: &EventHours,
        mail_languages: &[&str],
    ) -> Result<Self, Vec<FieldError>> {
        let mut errors = FormErrors::none();
        let name = errors.text(
            "name",
            &input.name,
            TextRule::line(200),
            "problem-volunteer-name",
        );
        let email = EmailAddress::parse(&input.email)
            .map_err(|e| errors.push_error(e.problem("email")))
            .ok();
        let job_title = errors.text(
            "job_title",
            &input.job_title,
            TextRule::optional_line(200),
            "problem-volunteer-job-title",
        );
        let locale = match input.language.trim() {
            "" => "en".to_owned(),
            code => code.to_ascii_lowercase(),
        };
        if !mail_languages.contains(&locale.as_str()) {
            errors.push_with(
                "language",
                "problem-choose-language",
                vec![("options", mail_languages.join(", "))],
            );
        }
        let languages = match parse_languages(&input.languages) {
            Ok(list) if list.is_empty() => {
                errors.push("languages", "problem-volunteer-languages");
                list
            }
            Ok(list) => list,
            Err(problem) => {
                errors.push_error(problem);
                Vec::new()
            }
        };
        let availability = parse_windows(&input.availability, hours)
            .map_err(|problem| errors.push_error(problem))
            .unwrap_or_default();
        let expertise = parse_occupations(&input.expertise, "expertise", &input.kept_expertise)
            .map_err(|problem| errors.push_error(problem))
            .unwrap_or_default();
        match email {
            Some(email) if !errors.any() => Ok(Self {
                name,
                email,
                job_title,
                locale,
                languages,
                expertise,
                availability,
            }),
            _ => Err(errors.0),
        }
    }
}

/// The columns of a volunteer file; `name`, `email` and `languages` are required.
pub const COLUMNS: &[&str] = &[
    "name",
    "email",
    "job_title",
    "language",
    "languages",
    "expertise",
    "availability",
];

/// The shape of a volunteer file.
pub const TABLE: TableSpec = TableSpec {
    columns: COLUMNS,
    required: &["name", "email", "languages"],
    max_bytes: 1024 * 1024,
    max_rows: 500,
    too_many: "import-too-many-volunteers",
};

fn input_of(cells: &HashMap<&str, &str>) -> VolunteerInput {
    let cell = |name: &str| cells.get(name).copied().unwrap_or_default().to_owned();
    VolunteerInput {
        name: cell("name"),
        email: cell("email"),
        job_title: cell("job_title"),
        language: cell("language"),
        languages: cell("languages"),
        expertise: cell("expertise"),
        availability: cell("availability"),
        kept_expertise: Vec::new(),
    }
}

/// Reads a volunteer file: the valid volunteers, or every problem by line and column. An address
/// given twice is a problem (two people cannot share a calendar).
pub fn parse_file(
    bytes: &[u8],
    hours: &EventHours,
    mail_languages: &[&str],
) -> Result<Vec<VolunteerDraft>, Vec<ImportProblem>> {
    let mut drafts: Vec<(usize, VolunteerDraft)> = Vec::new();
    let mut row_problems = Vec::new();
    let mut problems = read_rows(bytes, &TABLE, |line, cells| {
        match VolunteerDraft::parse(&input_of(cells), hours, mail_languages) {
            Ok(draft) => {
                if let Some((first, _)) = drafts.iter().find(|(_, d)| d.email == draft.email) {
                    row_problems.push(ImportProblem::with(
                        line,
                        "email",
                        "import-email-twice",
                        vec![
                            ("email", draft.email.to_string()),
                            ("line", first.to_string()),
                        ],
                    ));
                } else {
                    drafts.push((line, draft));
                }
            }
            Err(errors) => {
                row_problems.extend(errors.into_iter().map(|e| ImportProblem::of_field(line, e)))
            }
        }
    });
    problems.extend(row_problems);
    if problems.is_empty() && drafts.is_empty() {
        problems.push(ImportProblem::new(0, "", "import-no-volunteers"));
    }
    if problems.is_empty() {
        Ok(drafts.into_iter().map(|(_, d)| d).collect())
    } else {
        problems.sort_by_key(|p| p.line);
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::local_time::parse_local;

    const ZONE: &str = "Europe/Berlin";

    fn hours() -> EventHours<'static> {
        EventHours {
            zone: ZONE,
            starts_at: parse_local("2026-12-05T09:00", ZONE).unwrap(),
            ends_at: parse_local("2026-12-05T18:00", ZONE).unwrap(),
        }
    }

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn a_volunteer_has_a_name_an_address_languages_and_availability() {
        let input = VolunteerInput {
            name: " Dana Roth ".to_owned(),
            email: "Dana@Acme.example".to_owned(),
            job_title: "Head of nursing".to_owned(),
            language: "de".to_owned(),
            languages: "de C2; en C1".to_owned(),
            expertise: "Nursing; care".to_owned(),
            availability: "10:00-12:00".to_owned(),
            ..VolunteerInput::default()
        };
        let draft = VolunteerDraft::parse(&input, &hours(), &["en", "de"]).unwrap();
        assert_eq!(draft.name, "Dana Roth");
        assert_eq!(draft.email.as_str(), "dana@acme.example");
        assert_eq!(draft.expertise, ["22", "53"]);
        assert_eq!(draft.languages.len(), 2);
        assert_eq!(draft.availability.len(), 1);
    }

    #[test]
    fn every_field_problem_is_named() {
        let input = VolunteerInput {
            email: "not an address".to_owned(),
            language: "xx".to_owned(),
            availability: "07:00-08:00".to_owned(),
            ..VolunteerInput::default()
        };
        let errors = VolunteerDraft::parse(&input, &hours(), &["en", "de"]).unwrap_err();
        assert_eq!(
            fields(&errors),
            ["name", "email", "language", "languages", "availability"]
        );
    }

    #[test]
    fn a_file_reports_problems_by_line_and_refuses_a_repeated_address() {
        let file = "name,email,languages,availability\n\
                    Dana Roth,dana@acme.example,de C2,10:00-12:00\n\
                    Sam Lee,sam@acme.example,en,09:00-10:00\n\
                    Dana R.,DANA@acme.example,de C1,\n";
        let problems = parse_file(file.as_bytes(), &hours(), &["en"]).unwrap_err();
        let found: Vec<(usize, &str)> = problems
            .iter()
            .map(|p| (p.line, p.column.as_str()))
            .collect();
        assert_eq!(found, [(3, "languages"), (4, "email")]);

        let good = "name;email;languages;expertise\nDana Roth;dana@acme.example;de C2;nursing\n";
        let drafts = parse_file(good.as_bytes(), &hours(), &["en"]).unwrap();
        assert_eq!(drafts[0].availability, []);
        assert!(parse_file(b"name,email,languages\n", &hours(), &["en"]).is_err());
    }
}
