//! Values as iCalendar needs them: quoted parameters, escaped text, UTC date-times.
//!
//! `ics` escapes nothing by itself and does not quote parameter values, so a name like
//! `Doe, John` or one with a line break would break the line it is on.

use jiff::Timestamp;

/// A parameter value, always quoted, with the characters a quoted value cannot hold removed
/// (double quotes and control characters such as CR and LF).
pub fn quoted_parameter(value: &str) -> String {
    let clean: String = value
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    format!("\"{}\"", clean.trim())
}

/// A TEXT value with commas, semicolons, backslashes and line breaks escaped (RFC 5545 3.3.11),
/// and other control characters dropped.
pub fn text(value: &str) -> String {
    let clean: String = value
        .chars()
        .filter(|c| *c == '\n' || !c.is_control() || *c == '\r')
        .collect();
    ics::escape_text(clean).into_owned()
}

/// A `mailto:` URI for an address, with anything that could end the line removed.
pub fn mailto(address: &str) -> String {
    let clean: String = address
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect();
    format!("mailto:{clean}")
}

/// A UTC date-time in iCalendar's basic form: `20260303T173000Z`.
pub fn utc(timestamp: Timestamp) -> String {
    timestamp.strftime("%Y%m%dT%H%M%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_quoted_and_cannot_break_the_line() {
        assert_eq!(quoted_parameter("Doe, John"), "\"Doe, John\"");
        assert_eq!(
            quoted_parameter("Eve\r\nATTENDEE:mailto:x@y.z \"q\""),
            "\"EveATTENDEE:mailto:x@y.z q\""
        );
    }

    #[test]
    fn text_escapes_separators_and_line_breaks() {
        assert_eq!(text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
        assert_eq!(text("bell\u{7}"), "bell");
    }

    #[test]
    fn times_are_written_in_utc_basic_form() {
        let ts = Timestamp::from_second(1_772_559_000).unwrap();
        assert_eq!(utc(ts), "20260303T173000Z");
    }
}
