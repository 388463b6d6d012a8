//! Participants from a CSV file (or one form): every row checked, every problem reported by row
//! and column, duplicate addresses (or, for people without one, phone numbers) merged into one
//! person.

use super::cefr::CefrLevel;
pub use super::csv_table::ImportProblem;
use super::csv_table::{TableSpec, read_rows};
use super::email::EmailAddress;
use super::fields::FieldError;
use super::occupations::parse_occupations;
use super::phone::PhoneNumber;
use super::text::{self, TextRule};
use std::collections::HashMap;

/// The columns a participant file may have; `name` and `email` are required (an `email` cell
/// may be empty when the row gives a `phone`).
pub const COLUMNS: &[&str] = &[
    "name",
    "email",
    "phone",
    "language",
    "occupations",
    "languages",
    "needs",
];

/// The largest file accepted.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// The most rows accepted in one file.
pub const MAX_ROWS: usize = 10_000;

/// One valid participant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParticipantRow {
    /// The file line it came from (the header is line 1).
    pub line: usize,
    /// Name as written.
    pub name: String,
    /// Normalised address; none for someone reached by phone only.
    pub email: Option<EmailAddress>,
    /// Phone number, as typed.
    pub phone: Option<PhoneNumber>,
    /// Preferred language code, when the file gives one.
    pub locale: Option<String>,
    /// Occupation fields: codes of the shared list (ISCO-08 sub-major groups).
    pub occupations: Vec<String>,
    /// Languages with levels.
    pub languages: Vec<(String, CefrLevel)>,
    /// Needs (access, childcare, ...).
    pub needs: String,
}

/// What a file holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Valid people, one per address (or phone number).
    pub rows: Vec<ParticipantRow>,
    /// Every problem found.
    pub problems: Vec<ImportProblem>,
    /// Rows folded into an earlier row with the same address.
    pub merged: usize,
}

fn problem(line: usize, column: &str, message: impl Into<String>) -> ImportProblem {
    ImportProblem::new(line, column, message)
}

/// Reads `ar C2; de B1` (or `ar:C2, de-B1`) into languages with levels; a problem is reported
/// for the field `languages`.
pub fn parse_languages(text: &str) -> Result<Vec<(String, CefrLevel)>, FieldError> {
    let mut languages: Vec<(String, CefrLevel)> = Vec::new();
    for item in text
        .split([';', ','])
        .map(str::trim)
        .filter(|i| !i.is_empty())
    {
        let mut parts = item.split([' ', ':', '-', '/']).filter(|p| !p.is_empty());
        let (Some(code), Some(level), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(FieldError::with_args(
                "languages",
                "problem-language-item",
                vec![("item", item.to_owned())],
            ));
        };
        let code = code.to_ascii_lowercase();
        if !(2..=3).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(FieldError::with_args(
                "languages",
                "problem-language-code",
                vec![("language", code)],
            ));
        }
        let level: CefrLevel = level
            .to_ascii_uppercase()
            .parse()
            .map_err(|e: super::cefr::ParseCefrError| e.problem("languages"))?;
        match languages.iter_mut().find(|(c, _)| *c == code) {
            Some(existing) => existing.1 = existing.1.max(level),
            None => languages.push((code, level)),
        }
    }
    Ok(languages)
}

/// Reads a one-line or multi-line cell by `rule`, recording a problem told by `problem`
/// (or, for a control character, in general words).
fn cell_text(
    (line, field): (usize, &str),
    value: &str,
    rule: TextRule,
    problem_id: &'static str,
    problems: &mut Vec<ImportProblem>,
) -> String {
    text::check(value, rule).unwrap_or_else(|refused| {
        problems.push(problem(line, field, refused.text_id(problem_id)));
        String::new()
    })
}

/// Checks one participant's fields (from a file row or the single-person form).
pub fn check_row(
    line: usize,
    cells: &HashMap<&str, &str>,
) -> Result<ParticipantRow, Vec<ImportProblem>> {
    let cell = |name: &str| cells.get(name).map_or("", |v| v.trim());
    let mut problems = Vec::new();
    let name = cell_text(
        (line, "name"),
        cell("name"),
        TextRule::line(200),
        "problem-person-name",
        &mut problems,
    );
    let phone = PhoneNumber::parse(cell("phone"))
        .map_err(|e| problems.push(ImportProblem::of_field(line, e.problem("phone"))))
        .unwrap_or_default();
    // An address, or a phone number for someone without one (then nothing is mailed to them).
    let email = match (cell("email"), &phone) {
        ("", Some(_)) => Some(None),
        ("", None) => {
            problems.push(problem(line, "email", "problem-person-contact"));
            None
        }
        (text, _) => EmailAddress::parse(text)
            .map_err(|e| problems.push(ImportProblem::of_field(line, e.problem("email"))))
            .ok()
            .map(Some),
    };
    let locale = Some(cell("language").to_ascii_lowercase()).filter(|code| !code.is_empty());
    if let Some(locale) = locale.as_deref().filter(|code| {
        !(2..=3).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_lowercase())
    }) {
        problems.push(ImportProblem::with(
            line,
            "language",
            "problem-person-locale",
            vec![("language", locale.to_owned())],
        ));
    }
    let languages = parse_languages(cell("languages"))
        .map_err(|e| problems.push(ImportProblem::of_field(line, e)))
        .unwrap_or_default();
    let needs = cell_text(
        (line, "needs"),
        cell("needs"),
        TextRule::lines(1000),
        "problem-person-needs",
        &mut problems,
    );
    let occupations = parse_occupations(cell("occupations"), "occupations", &[])
        .map_err(|e| problems.push(ImportProblem::of_field(line, e)))
        .unwrap_or_default();
    match email {
        Some(email) if problems.is_empty() => Ok(ParticipantRow {
            line,
            name,
            email,
            phone,
            locale,
            occupations,
            languages,
            needs,
        }),
        _ => Err(problems),
    }
}

impl ParticipantRow {
    /// What makes two rows one person: the address, else the phone number's digits with the
    /// name (people who share a phone are several people).
    pub fn contact_key(&self) -> String {
        match (&self.email, &self.phone) {
            (Some(email), _) => format!("email:{}", email.as_str()),
            (None, Some(phone)) => format!("phone:{}:{}", phone.key(), same_name(&self.name)),
            (None, None) => String::new(),
        }
    }
}

/// A name as compared to find the same person: lower case, single spaces.
pub fn same_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn merge(into: &mut ParticipantRow, other: ParticipantRow) {
    if into.phone.is_none() {
        into.phone = other.phone.clone();
    }
    for field in other.occupations {
        if !into.occupations.contains(&field) {
            into.occupations.push(field);
        }
    }
    for (code, level) in other.languages {
        match into.languages.iter_mut().find(|(c, _)| *c == code) {
            Some(existing) => existing.1 = existing.1.max(level),
            None => into.languages.push((code, level)),
        }
    }
    if into.needs.is_empty() {
        into.needs = other.needs;
    }
}

/// The shape of a participant file.
pub const TABLE: TableSpec = TableSpec {
    columns: COLUMNS,
    required: &["name", "email"],
    max_bytes: MAX_BYTES,
    max_rows: MAX_ROWS,
    too_many: "import-too-many-people",
};

/// Reads a whole file. Never fails: everything wrong is in the report's problems.
pub fn parse_file(bytes: &[u8]) -> ImportReport {
    let mut rows: Vec<ParticipantRow> = Vec::new();
    let mut row_problems = Vec::new();
    let mut merged = 0;
    let mut by_contact: HashMap<String, usize> = HashMap::new();
    let mut problems = read_rows(bytes, &TABLE, |line, cells| match check_row(line, cells) {
        Ok(row) => match by_contact.get(&row.contact_key()) {
            Some(&at) => {
                merge(&mut rows[at], row);
                merged += 1;
            }
            None => {
                by_contact.insert(row.contact_key(), rows.len());
                rows.push(row);
            }
        },
        Err(found) => row_problems.extend(found),
    });
    problems.extend(row_problems);
    problems.sort_by_key(|p| p.line);
    ImportReport {
        rows,
        problems,
        merged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::InLocale as _;

    #[test]
    fn a_file_is_read_with_languages_fields_and_merged_duplicates() {
        let file = "Name,E-mail,language,occupations,languages,needs\n\
                    Amira Haddad,amira@example.org,ar,nursing; care,ar C2; de B1,\n\
                    \"Yusuf, Ali\",yusuf@example.org,tr,engineering,tr C2,step-free access\n\
                    Amira H.,AMIRA@example.org,ar,nursing,de B2,\n"
            .replace("E-mail", "email");
        let report = parse_file(file.as_bytes());
        assert_eq!(report.problems, []);
        assert_eq!(report.rows.len(), 2);
        assert_eq!(report.merged, 1);
        assert_eq!(
            report.rows[0].languages,
            [
                ("ar".to_owned(), CefrLevel::C2),
                ("de".to_owned(), CefrLevel::B2)
            ]
        );
        assert_eq!(report.rows[1].name, "Yusuf, Ali");
        assert_eq!(report.rows[1].needs, "step-free access");
    }

    #[test]
    fn every_problem_is_named_by_line_and_column() {
        let file = "name,email,languages\nAmira,not-an-address,ar C2\n,x@example.org,de Z9\n";
        let report = parse_file(file.as_bytes());
        let found: Vec<(usize, &str)> = report
            .problems
            .iter()
            .map(|p| (p.line, p.column.as_str()))
            .collect();
        assert_eq!(found, [(2, "email"), (3, "name"), (3, "languages")]);
        assert!(report.rows.is_empty());
    }

    #[test]
    fn wrong_columns_invalid_utf8_and_huge_files_are_refused_whole() {
        let wrong = parse_file(b"vorname,mail\nA,b@example.org\n");
        assert_eq!(wrong.problems.len(), 4, "two unknown, two missing");
        let binary = parse_file(&[0xff, 0xfe, 0x00, 0x41]);
        let english = crate::domain::locale::Locale::default();
        assert!(binary.problems[0].in_locale(&english).contains("UTF-8"));
        let huge = parse_file(&vec![b'a'; MAX_BYTES + 1]);
        assert!(huge.problems[0].in_locale(&english).contains("2 MB"));
    }

    #[test]
    fn people_without_an_address_are_read_by_their_phone_number() {
        let file = "name,email,phone\n\
                    Samir Nouri,,+49 170 1234567\n\
                    samir  nouri,,+491701234567\n\
                    Nobody,,\n\
                    Lina,lina@example.org,0170 7654321\n\
                    Fatima Nouri,,+49 170 1234567\n";
        let report = parse_file(file.as_bytes());
        let found: Vec<(usize, &str)> = report
            .problems
            .iter()
            .map(|p| (p.line, p.column.as_str()))
            .collect();
        assert_eq!(found, [(4, "email")], "neither an address nor a number");
        assert_eq!(report.rows.len(), 3, "people who share a phone stay apart");
        assert_eq!(
            report.merged, 1,
            "one name with one number written two ways is one person"
        );
        assert_eq!(report.rows[0].email, None);
        assert_eq!(
            report.rows[0].phone.as_ref().map(PhoneNumber::as_str),
            Some("+49 170 1234567")
        );
        assert!(report.rows[1].email.is_some());
    }

    #[test]
    fn semicolon_separated_files_from_german_excel_are_read() {
        let report = parse_file("name;email\nJonas;jonas@example.org\n".as_bytes());
        assert_eq!(report.problems, []);
        assert_eq!(report.rows.len(), 1);
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_give_a_report_and_never_a_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
            let report = parse_file(&bytes);
            proptest::prop_assert!(report.rows.len() + report.problems.len() <= bytes.len() + 4);
        }
    }
}
