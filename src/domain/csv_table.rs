//! Reading an uploaded spreadsheet (CSV) whose columns are named in its header: the checks every
//! import shares (size, UTF-8, delimiter, known and required columns, row count), with each
//! problem named by line and column so a person can fix the file.

use crate::domain::fields::FieldError;
use std::collections::HashMap;

/// A problem with one cell (or the whole file when `line` is 0).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportProblem {
    /// File line (header is 1; 0 for the file as a whole).
    pub line: usize,
    /// Column name (empty for the file or the header).
    pub column: String,
    /// What is wrong: the id of a text in the Fluent files (or, where not moved yet, plain
    /// English words).
    pub message: String,
    /// The arguments of that text.
    pub args: Vec<(&'static str, String)>,
}

impl ImportProblem {
    /// A problem at `line` in `column`, told by the text `id` without arguments.
    pub fn new(line: usize, column: &str, id: impl Into<String>) -> Self {
        Self::with(line, column, id, Vec::new())
    }

    /// A problem at `line` in `column`, told by the text `id` with `args`.
    pub fn with(
        line: usize,
        column: &str,
        id: impl Into<String>,
        args: Vec<(&'static str, String)>,
    ) -> Self {
        Self {
            line,
            column: column.to_owned(),
            message: id.into(),
            args,
        }
    }

    /// A form check's problem, found on `line` of a file.
    pub fn of_field(line: usize, error: FieldError) -> Self {
        Self {
            line,
            column: error.field,
            message: error.message,
            args: error.args,
        }
    }
}

/// What a kind of file must look like.
#[derive(Clone, Copy, Debug)]
pub struct TableSpec {
    /// The columns the file may have.
    pub columns: &'static [&'static str],
    /// The columns it must have.
    pub required: &'static [&'static str],
    /// The largest file accepted, in bytes.
    pub max_bytes: usize,
    /// The most data rows accepted.
    pub max_rows: usize,
    /// The text id that says how many rows a file may hold (`$count`).
    pub too_many: &'static str,
}

/// Reads `bytes` as a table of `spec`'s shape and calls `each_row(line, cells)` for every
/// non-empty data row, cells keyed by lower-case column name. Returns the problems with the file
/// itself and with its lines; never panics, whatever the bytes.
pub fn read_rows(
    bytes: &[u8],
    spec: &TableSpec,
    mut each_row: impl FnMut(usize, &HashMap<&str, &str>),
) -> Vec<ImportProblem> {
    let mut problems = Vec::new();
    if bytes.len() > spec.max_bytes {
        problems.push(ImportProblem::with(
            0,
            "",
            "import-too-large",
            vec![("count", (spec.max_bytes / (1024 * 1024)).to_string())],
        ));
        return problems;
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        problems.push(ImportProblem::new(0, "", "import-not-utf8"));
        return problems;
    };
    let text = text.trim_start_matches('\u{feff}');
    // Spreadsheets set to German and many other locales separate cells with semicolons.
    let delimiter = if text
        .lines()
        .next()
        .is_some_and(|h| h.contains(';') && !h.contains(','))
    {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_lowercase()).collect(),
        Err(e) => {
            problems.push(ImportProblem::with(
                1,
                "",
                "import-header-unreadable",
                vec![("problem", e.to_string())],
            ));
            return problems;
        }
    };
    for header in &headers {
        if !spec.columns.contains(&header.as_str()) {
            problems.push(ImportProblem::with(
                1,
                header,
                "import-unknown-column",
                vec![
                    ("name", header.clone()),
                    ("options", spec.columns.join(", ")),
                ],
            ));
        }
    }
    for required in spec.required {
        if !headers.iter().any(|h| h == required) {
            problems.push(ImportProblem::with(
                1,
                required,
                "import-missing-column",
                vec![("name", (*required).to_owned())],
            ));
        }
    }
    if !problems.is_empty() {
        return problems;
    }
    let mut rows_seen = 0;
    for (index, record) in reader.records().enumerate() {
        let line = index + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(ImportProblem::with(
                    line,
                    "",
                    "import-line-unreadable",
                    vec![("problem", e.to_string())],
                ));
                continue;
            }
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        rows_seen += 1;
        if rows_seen > spec.max_rows {
            problems.push(ImportProblem::with(
                line,
                "",
                spec.too_many,
                vec![("count", spec.max_rows.to_string())],
            ));
            break;
        }
        if record.len() > headers.len() {
            problems.push(ImportProblem::with(
                line,
                "",
                "import-cell-count",
                vec![
                    ("count", record.len().to_string()),
                    ("whole", headers.len().to_string()),
                ],
            ));
            continue;
        }
        let cells: HashMap<&str, &str> = headers
            .iter()
            .map(String::as_str)
            .zip(record.iter())
            .collect();
        each_row(line, &cells);
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: TableSpec = TableSpec {
        columns: &["name", "email", "note"],
        required: &["name", "email"],
        max_bytes: 1024,
        max_rows: 2,
        too_many: "import-too-many-rows",
    };

    fn read(text: &str) -> (Vec<(usize, String)>, Vec<ImportProblem>) {
        let mut rows = Vec::new();
        let problems = read_rows(text.as_bytes(), &SPEC, |line, cells| {
            rows.push((line, cells["name"].to_owned()));
        });
        (rows, problems)
    }

    #[test]
    fn rows_are_keyed_by_column_and_numbered_by_file_line() {
        let (rows, problems) = read("\u{feff}Name;EMAIL\nAmira;a@x.org\n;\nYusuf;y@x.org\n");
        assert_eq!(problems, []);
        assert_eq!(rows, [(2, "Amira".to_owned()), (4, "Yusuf".to_owned())]);
    }

    #[test]
    fn unknown_and_missing_columns_stop_the_file_at_its_header() {
        let (rows, problems) = read("name,phone\nAmira,123\n");
        assert!(rows.is_empty());
        let columns: Vec<&str> = problems.iter().map(|p| p.column.as_str()).collect();
        assert_eq!(columns, ["phone", "email"]);
    }

    #[test]
    fn too_many_rows_and_cells_are_named_by_line() {
        let (rows, problems) = read("name,email\na,a@x.org,extra\nb,b@x.org\nc,c@x.org\n");
        assert_eq!(rows, [(3, "b".to_owned())]);
        assert_eq!(problems.iter().map(|p| p.line).collect::<Vec<_>>(), [2, 4]);
    }
}
