//! Values as iCalendar needs them: quoted parameters, escaped text, UTC date-times.
//!
//! `ics` escapes nothing by itself and does not quote parameter values, so a name like
//! `Doe, John` or one with a line break would break the line it is on.

use jiff::Timestamp;

/// A parameter value, always quoted. The characters a quoted value cannot hold are written as
/// RFC 6868 says (a double quote as `^'`, a line break as `^n`, a caret as `^^`), so that
/// `Amira "Mimi" Haddad` keeps her quotes in every calendar that reads RFC 6868 (Python's
/// icalendar and ical.js do); other control characters are dropped.
pub fn quoted_parameter(value: &str) -> String {
    let mut quoted = String::with_capacity(value.len() + 2);
    quoted.push('"');
    for c in value.trim().chars() {
        match c {
            '^' => quoted.push_str("^^"),
            '"' => quoted.push_str("^'"),
            '\n' => quoted.push_str("^n"),
            c if c.is_control() => {}
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
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

/// Refolds iCalendar text so that no line is longer than 75 octets including the leading space
/// of a continuation line (RFC 5545 3.1), never splitting a UTF-8 character. (`ics` folds at 75
/// octets of content, which makes continuation lines 76.)
pub fn refold(ics: &str) -> String {
    const LIMIT: usize = 75;
    let unfolded = ics.replace("\r\n ", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 64);
    for line in unfolded.split_terminator("\r\n") {
        let mut rest = line;
        let mut budget = LIMIT;
        loop {
            if rest.len() <= budget {
                out.push_str(rest);
                break;
            }
            let mut cut = budget;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&rest[..cut]);
            out.push_str("\r\n ");
            rest = &rest[cut..];
            budget = LIMIT - 1;
        }
        out.push_str("\r\n");
    }
    out
}

/// The calendar text with every mention of `needle` (as a TEXT value escapes it) replaced by
/// `with`, looking through folded lines, and folded again.
pub fn redact(ics: &str, needle: &str, with: &str) -> String {
    let unfolded = ics.replace("\r\n ", "");
    refold(&unfolded.replace(&text(needle), &text(with)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_quoted_and_cannot_break_the_line() {
        assert_eq!(quoted_parameter("Doe, John"), "\"Doe, John\"");
        assert_eq!(
            quoted_parameter("Eve\r\nATTENDEE:mailto:x@y.z \"q\""),
            "\"Eve^nATTENDEE:mailto:x@y.z ^'q^'\"",
            "one line, the quotes kept as RFC 6868 writes them"
        );
        assert_eq!(quoted_parameter("a^b"), "\"a^^b\"");
    }

    #[test]
    fn text_escapes_separators_and_line_breaks() {
        assert_eq!(text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
        assert_eq!(text("bell\u{7}"), "bell");
    }

    #[test]
    fn refolding_keeps_every_line_within_75_octets_and_the_text_intact() {
        let long = format!("DESCRIPTION:{}\r\nEND:VEVENT\r\n", "é".repeat(100));
        let folded = refold(&long);
        assert!(
            folded.split("\r\n").all(|line| line.len() <= 75),
            "{folded}"
        );
        assert_eq!(folded.replace("\r\n ", ""), long);
    }

    #[test]
    fn times_are_written_in_utc_basic_form() {
        let ts = Timestamp::from_second(1_772_559_000).unwrap();
        assert_eq!(utc(ts), "20260303T173000Z");
    }
}
