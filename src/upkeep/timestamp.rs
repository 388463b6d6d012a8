//! Backup file names carry the UTC time they were taken, so that they sort oldest first.

/// `20261207-131500` for the instant `now_ms` (milliseconds since 1970, UTC).
pub fn file_stamp(now_ms: i64) -> String {
    jiff::Timestamp::from_millisecond(now_ms)
        .map(|t| t.strftime("%Y%m%d-%H%M%S").to_string())
        .unwrap_or_else(|_| "00000000-000000".to_owned())
}

#[cfg(test)]
mod tests {
    #[test]
    fn stamps_sort_by_time() {
        assert_eq!(super::file_stamp(0), "19700101-000000");
        assert_eq!(super::file_stamp(1_796_649_300_000), "20261207-131500");
    }
}
