//! The one place that reads the wall clock. Pure modules get the time as an argument.

/// Milliseconds since the Unix epoch, now.
pub fn now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}
