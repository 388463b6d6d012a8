//! A short-lived copy, per client, of the count of failed link requests, so that the link guard
//! does not ask the database on every request of an ordinary visitor.
//!
//! The database stays the shared truth: every failure is stored there, and an instance reads a
//! client's count again once its copy is [`RECOUNT_AFTER_MS`] old. Between reads an instance adds
//! the failures it stores itself, so one instance refuses a guesser exactly at the limit, and a
//! guesser spread over several instances is refused by all of them within that time.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// How long a count read from the database is used before it is read again.
pub const RECOUNT_AFTER_MS: i64 = 2_000;

/// Above this many remembered clients, copies too old to be used are dropped (so a flood of
/// distinct addresses cannot grow the map without bound).
const SWEEP_ABOVE: usize = 4_096;

/// One client's count and when it was read from the database.
struct Count {
    read_at_ms: i64,
    failures: u64,
}

/// Recently read failure counts, keyed by the client's hash.
#[derive(Default)]
pub struct RecentFailures {
    counts: Mutex<HashMap<String, Count>>,
}

impl RecentFailures {
    fn counts(&self) -> MutexGuard<'_, HashMap<String, Count>> {
        // A panic while holding the lock cannot leave a count half-written; keep using it.
        self.counts.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The client's count, if it was read from the database less than [`RECOUNT_AFTER_MS`]
    /// before `now_ms` (with the failures this instance stored since).
    pub fn fresh(&self, client: &str, now_ms: i64) -> Option<u64> {
        self.counts()
            .get(client)
            .filter(|count| is_fresh(count, now_ms))
            .map(|count| count.failures)
    }

    /// Keeps the count just read from the database at `now_ms`.
    pub fn remember(&self, client: &str, failures: u64, now_ms: i64) {
        let mut counts = self.counts();
        if counts.len() >= SWEEP_ABOVE {
            counts.retain(|_, count| is_fresh(count, now_ms));
        }
        counts.insert(
            client.to_owned(),
            Count {
                read_at_ms: now_ms,
                failures,
            },
        );
    }

    /// Adds one failure this instance has just stored for the client.
    pub fn add_one(&self, client: &str) {
        if let Some(count) = self.counts().get_mut(client) {
            count.failures += 1;
        }
    }

    /// How many clients are remembered (for tests).
    #[cfg(test)]
    fn len(&self) -> usize {
        self.counts().len()
    }
}

fn is_fresh(count: &Count, now_ms: i64) -> bool {
    now_ms.saturating_sub(count.read_at_ms) < RECOUNT_AFTER_MS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_is_used_until_it_is_old_enough_to_read_again() {
        let recent = RecentFailures::default();
        assert_eq!(recent.fresh("a", 1_000), None, "never read");
        recent.remember("a", 3, 1_000);
        assert_eq!(recent.fresh("a", 1_000), Some(3));
        assert_eq!(recent.fresh("a", 1_000 + RECOUNT_AFTER_MS - 1), Some(3));
        assert_eq!(recent.fresh("a", 1_000 + RECOUNT_AFTER_MS), None);
        assert_eq!(recent.fresh("b", 1_000), None, "per client");
    }

    #[test]
    fn failures_stored_here_count_at_once() {
        let recent = RecentFailures::default();
        recent.remember("a", 0, 0);
        recent.add_one("a");
        recent.add_one("a");
        assert_eq!(recent.fresh("a", 10), Some(2));
        recent.add_one("never read");
        assert_eq!(recent.fresh("never read", 10), None, "read first");
    }

    #[test]
    fn a_flood_of_clients_does_not_grow_without_bound() {
        let recent = RecentFailures::default();
        for n in 0..SWEEP_ABOVE {
            recent.remember(&format!("old {n}"), 0, 0);
        }
        recent.remember("new", 0, RECOUNT_AFTER_MS);
        assert_eq!(recent.len(), 1, "only the fresh copy is left");
        assert_eq!(recent.fresh("new", RECOUNT_AFTER_MS), Some(0));
    }
}
