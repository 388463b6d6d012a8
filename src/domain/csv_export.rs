//! Writing a spreadsheet (CSV) for coordinators to download: UTF-8 with a byte-order mark so
//! Excel shows names in every script correctly, and cells that a spreadsheet would run as a
//! formula (text typed by participants or employers) made inert.

use std::borrow::Cow;

/// The first bytes of every export: Excel reads a file without them as the local code page.
const BYTE_ORDER_MARK: &str = "\u{feff}";

/// A CSV file being written, header first.
pub struct CsvSheet {
    writer: csv::Writer<Vec<u8>>,
}

/// Why a sheet could not be written.
#[derive(Debug, thiserror::Error)]
pub enum CsvExportError {
    /// The CSV writer failed (a row of the wrong length).
    #[error("cannot write the CSV file: {0}")]
    Write(#[from] csv::Error),
    /// The buffer could not be taken back from the writer.
    #[error("cannot finish the CSV file: {0}")]
    Finish(String),
}

impl CsvSheet {
    /// Starts a sheet with its column names.
    pub fn new(columns: &[&str]) -> Result<Self, CsvExportError> {
        let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
        writer.write_record(columns)?;
        Ok(Self { writer })
    }

    /// Adds one row; each cell is made safe to open in a spreadsheet.
    pub fn row<'a>(
        &mut self,
        cells: impl IntoIterator<Item = &'a str>,
    ) -> Result<(), CsvExportError> {
        let safe: Vec<Cow<'a, str>> = cells.into_iter().map(inert_cell).collect();
        self.writer
            .write_record(safe.iter().map(|c| c.as_bytes()))?;
        Ok(())
    }

    /// The finished file.
    pub fn finish(self) -> Result<String, CsvExportError> {
        let bytes = self
            .writer
            .into_inner()
            .map_err(|e| CsvExportError::Finish(e.to_string()))?;
        let text = String::from_utf8(bytes).map_err(|e| CsvExportError::Finish(e.to_string()))?;
        Ok(format!("{BYTE_ORDER_MARK}{text}"))
    }
}

/// A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab or carriage return
/// first) gets a leading apostrophe, so a name like `=HYPERLINK(...)` stays text.
pub fn inert_cell(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_made_inert_and_plain_text_is_kept() {
        assert_eq!(inert_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(inert_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(inert_cell("-1+2"), "'-1+2");
        assert_eq!(inert_cell("Amal Haddad"), "Amal Haddad");
        assert_eq!(inert_cell(""), "");
    }

    #[test]
    fn a_sheet_starts_with_a_byte_order_mark_and_quotes_what_needs_it() {
        let mut sheet = CsvSheet::new(&["name", "note"]).unwrap();
        sheet.row(["Örs, Zoltán", "=1+1"]).unwrap();
        let text = sheet.finish().unwrap();
        assert_eq!(text, "\u{feff}name,note\n\"Örs, Zoltán\",'=1+1\n");
    }

    #[test]
    fn a_row_of_the_wrong_length_is_an_error_not_a_panic() {
        let mut sheet = CsvSheet::new(&["a", "b"]).unwrap();
        assert!(sheet.row(["only one"]).is_err());
    }
}
