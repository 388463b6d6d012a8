//! When to try a failed delivery again: exponential backoff, pure and deterministic.

use std::time::Duration;

/// The delay before attempt `attempts + 1`, after `attempts` failed ones (1 or more):
/// `base`, `2 * base`, `4 * base`, ... capped at `max`.
pub fn retry_delay(attempts: u32, base: Duration, max: Duration) -> Duration {
    let doublings = attempts.saturating_sub(1).min(30);
    base.saturating_mul(1u32 << doublings).min(max)
}

/// The instant of the next attempt, or `None` when `attempts` has reached `max_attempts`
/// and the message should be marked failed.
pub fn next_attempt_at(
    now_ms: i64,
    attempts: u32,
    max_attempts: u32,
    base: Duration,
    max: Duration,
) -> Option<i64> {
    if attempts >= max_attempts {
        return None;
    }
    let delay = i64::try_from(retry_delay(attempts, base, max).as_millis()).unwrap_or(i64::MAX);
    Some(now_ms.saturating_add(delay))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: Duration = Duration::from_secs(30);
    const MAX: Duration = Duration::from_secs(3600);

    #[test]
    fn delays_double_until_the_cap() {
        let delays: Vec<u64> = (1..=9)
            .map(|a| retry_delay(a, BASE, MAX).as_secs())
            .collect();
        assert_eq!(delays, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    }

    #[test]
    fn the_last_attempt_gives_up() {
        assert_eq!(
            next_attempt_at(1_000, 3, 4, BASE, MAX),
            Some(1_000 + 120_000)
        );
        assert_eq!(next_attempt_at(1_000, 4, 4, BASE, MAX), None);
    }

    #[test]
    fn huge_attempt_counts_do_not_overflow() {
        assert_eq!(retry_delay(u32::MAX, BASE, MAX), MAX);
    }
}
