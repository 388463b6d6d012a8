//! Small SQLite write transactions sent in one go, and written together.
//!
//! sqlx runs each SQLite connection on a thread of its own, and every statement is a hand-off to
//! that thread and back; every commit waits for the disk. SQLite lets one writer in at a time,
//! so on a busy database those hand-offs and disk waits, not SQLite's own work, set how many
//! writes a second get through: a booking sent as `BEGIN`, three statements and `COMMIT` held
//! the write lock for about 0.9 ms.
//!
//! A [`OneTrip`] is a short list of statements that must be written all or not at all. Its
//! statements go to SQLite as one multi-statement query (one hand-off), and the trips that
//! queue up while another writer has the turn are written together in the next turn: one
//! `BEGIN IMMEDIATE`, each trip inside a savepoint of its own (a trip that fails is undone
//! alone and told why), one `COMMIT` (one wait for the disk). A trip's caller hears back only
//! after that commit, so nothing is acknowledged before it is durable. A caller that goes away
//! (its client hung up) before a turn took its trip takes the trip back; once taken, the trip is
//! written, like any request that committed just before its client left.
//!
//! Statements that must only run when an earlier one changed something (a booking only when its
//! place was taken) are guarded with `changes()`, see [`insert_if_changed`].
//!
//! [`insert_if_changed`]: crate::db::rows::insert_if_changed

use crate::db::write::writers;
use sea_orm::sea_query::{Value, Values};
use sea_orm::sqlx::pool::PoolConnection;
use sea_orm::sqlx::sqlite::SqliteConnection;
use sea_orm::sqlx::{AssertSqlSafe, Row, Sqlite, query, query_with};
use sea_orm::{DatabaseConnection, DbErr, RuntimeErr, Statement};
use sea_query_sqlx::SqlxValues;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, PoisonError};
use tokio::sync::oneshot;

/// The most trips written in one transaction; more wait for the next turn. (It bounds how long
/// one turn keeps other writers waiting.)
const MOST_TRIPS_PER_TURN: usize = 64;

/// Statements to write as one SQLite transaction, sent in one hand-off.
#[derive(Debug, Default)]
pub struct OneTrip {
    sql: String,
    values: Vec<Value>,
}

/// A trip waiting to be written, with where its outcome goes.
pub(crate) struct QueuedTrip {
    /// Tells this trip from the others waiting, so its caller can take it back.
    number: u64,
    trip: OneTrip,
    outcome: oneshot::Sender<Result<u64, DbErr>>,
}

/// Numbers the trips of this process.
static NEXT_TRIP: AtomicU64 = AtomicU64::new(0);

/// Takes a trip back out of the queue when its caller stops waiting before a turn took it (the
/// request was dropped because its client hung up): it is then never written, rather than
/// written later by a stranger's turn. Once a turn has taken it, it is written and stays.
struct TakeBackUnlessTaken<'a> {
    trips: &'a std::sync::Mutex<Vec<QueuedTrip>>,
    number: u64,
}

impl Drop for TakeBackUnlessTaken<'_> {
    fn drop(&mut self) {
        lock(self.trips).retain(|queued| queued.number != self.number);
    }
}

impl OneTrip {
    /// Adds a statement built for SQLite with positional `?` placeholders (as sea-query builds
    /// them); its values follow the ones before.
    pub fn push(&mut self, statement: Statement) {
        self.sql.push_str(&statement.sql);
        self.sql.push_str(";\n");
        if let Some(values) = statement.values {
            self.values.extend(values.0);
        }
    }

    /// Writes the statements, all or none, and returns the number of rows they changed. The
    /// trip waits for the writers' turn; whoever gets the turn writes every trip waiting then in
    /// one transaction. On any error nothing of this trip is written.
    pub async fn commit(self, db: &DatabaseConnection) -> Result<u64, DbErr> {
        let Some(writers) = writers(db) else {
            return Err(DbErr::Custom(
                "a one-trip transaction is for SQLite only".to_owned(),
            ));
        };
        let (outcome, mut heard) = oneshot::channel();
        let number = NEXT_TRIP.fetch_add(1, Ordering::Relaxed);
        lock(&writers.trips).push(QueuedTrip {
            number,
            trip: self,
            outcome,
        });
        let _take_back = TakeBackUnlessTaken {
            trips: &writers.trips,
            number,
        };
        loop {
            let turn = tokio::select! {
                // Written in another trip's turn meanwhile: done, without waiting for a turn.
                written = &mut heard => return written.unwrap_or_else(|_| Err(lost())),
                turn = writers.turn() => turn,
            };
            if let Ok(written) = heard.try_recv() {
                return written;
            }
            let group: Vec<QueuedTrip> = {
                let mut waiting = lock(&writers.trips);
                let take = waiting.len().min(MOST_TRIPS_PER_TURN);
                waiting.drain(..take).collect()
            };
            if group.is_empty() {
                // Not answered yet and not waiting: cannot happen, as only a turn's holder takes
                // trips and answers them before letting go of the turn; never spin on it.
                return Err(lost());
            }
            // Written in a task of its own, holding the turn: if this caller goes away (its
            // client hung up), the other trips in the group are still written and answered.
            let db = db.clone();
            let writing = tokio::spawn(async move {
                write_together(&db, group).await;
                drop(turn);
            });
            if writing.await.is_err() {
                return Err(lost());
            }
            // Ours was in the group unless more than the limit were waiting before it; then
            // it waits for another turn, first among the trips still waiting.
        }
    }
}

fn lock<T>(mutex: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The outcome of a trip whose writer stopped (its task was cancelled) before answering.
fn lost() -> DbErr {
    DbErr::Custom("the write was interrupted before it could be confirmed".to_owned())
}

fn sqlx_error(error: sea_orm::sqlx::Error) -> DbErr {
    DbErr::Exec(RuntimeErr::SqlxError(Arc::new(error)))
}

/// Writes `group` in one transaction and tells each trip its outcome.
async fn write_together(db: &DatabaseConnection, group: Vec<QueuedTrip>) {
    let connection = match db.get_sqlite_connection_pool().acquire().await {
        Ok(connection) => connection,
        Err(error) => {
            let error = Arc::new(error);
            for queued in group {
                let shared = DbErr::Conn(RuntimeErr::SqlxError(error.clone()));
                let _ = queued.outcome.send(Err(shared));
            }
            return;
        }
    };
    let mut held = HeldConnection {
        connection,
        settled: false,
    };
    let (trips, outcomes): (Vec<OneTrip>, Vec<_>) = group
        .into_iter()
        .map(|queued| (queued.trip, queued.outcome))
        .unzip();
    let results = match write_in_one_transaction(&mut held.connection, trips).await {
        Ok(results) => {
            held.settled = true;
            results
        }
        Err(error) => {
            held.settled = query("ROLLBACK")
                .execute(&mut *held.connection)
                .await
                .is_ok();
            let error = Arc::new(error);
            outcomes
                .iter()
                .map(|_| Err(DbErr::Exec(RuntimeErr::SqlxError(error.clone()))))
                .collect()
        }
    };
    for (outcome, result) in outcomes.into_iter().zip(results) {
        // A caller that stopped waiting no longer needs to hear; what was written stays.
        let _ = outcome.send(result);
    }
}

/// `BEGIN IMMEDIATE`, each trip in its own savepoint, `COMMIT`. A failing trip is rolled back to
/// its savepoint and gets its error; the others go on. An error outside the trips (begin,
/// commit, undoing a trip) fails the whole transaction, which the caller rolls back.
async fn write_in_one_transaction(
    connection: &mut SqliteConnection,
    trips: Vec<OneTrip>,
) -> Result<Vec<Result<u64, DbErr>>, sea_orm::sqlx::Error> {
    query("BEGIN IMMEDIATE").execute(&mut *connection).await?;
    let mut results = Vec::with_capacity(trips.len());
    for trip in trips {
        // `total_changes()` before and after counts the rows the trip changed (a
        // multi-statement query's own count also counts statements that changed nothing).
        let sql = format!(
            "SAVEPOINT trip;\nSELECT total_changes();\n{}SELECT total_changes();\nRELEASE trip;",
            trip.sql
        );
        // Safe: the statements are sea-query's, with every value bound as a parameter.
        let written = query_with(AssertSqlSafe(sql), SqlxValues(Values(trip.values)))
            .fetch_all(&mut *connection)
            .await;
        match written {
            Ok(rows) => results.push(changed(&rows)),
            Err(error) => {
                query("ROLLBACK TO trip").execute(&mut *connection).await?;
                query("RELEASE trip").execute(&mut *connection).await?;
                results.push(Err(sqlx_error(error)));
            }
        }
    }
    query("COMMIT").execute(&mut *connection).await?;
    Ok(results)
}

/// The rows a trip changed, from its two `total_changes()` readings.
fn changed(rows: &[sea_orm::sqlx::sqlite::SqliteRow]) -> Result<u64, DbErr> {
    let reading = |row: Option<&sea_orm::sqlx::sqlite::SqliteRow>| -> Result<i64, DbErr> {
        row.ok_or_else(|| DbErr::Custom("a change count is missing".to_owned()))?
            .try_get::<i64, _>(0)
            .map_err(sqlx_error)
    };
    let before = reading(rows.first())?;
    let after = reading(rows.last())?;
    u64::try_from(after - before).map_err(|e| DbErr::Custom(e.to_string()))
}

/// A pooled connection that goes back to the pool only once settled, that is with no
/// transaction left open on it; dropped unsettled (an error that could not be rolled back, or
/// the writer's task was cancelled mid-way), it is closed instead, and closing rolls back.
struct HeldConnection {
    connection: PoolConnection<Sqlite>,
    settled: bool,
}

impl Drop for HeldConnection {
    fn drop(&mut self) {
        if !self.settled {
            self.connection.close_on_drop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{begin_write, connect};
    use sea_orm::{ConnectionTrait, DbBackend};

    /// A SQLite file with a table whose names are unique.
    async fn database(dir: &tempfile::TempDir) -> DatabaseConnection {
        let url = format!("sqlite://{}/trips.db?mode=rwc", dir.path().display());
        let db = connect(&url, 4).await.expect("database");
        db.execute_unprepared(
            "CREATE TABLE place (id INTEGER PRIMARY KEY, free INTEGER NOT NULL);
             CREATE TABLE guest (name TEXT NOT NULL UNIQUE);
             INSERT INTO place (id, free) VALUES (1, 2);",
        )
        .await
        .expect("tables");
        db
    }

    fn statement(sql: &str, values: Vec<Value>) -> Statement {
        Statement::from_sql_and_values(DbBackend::Sqlite, sql, values)
    }

    /// Takes a free place and, only then, seats `name`: the booking's pattern.
    fn seat(name: &str) -> OneTrip {
        let mut trip = OneTrip::default();
        trip.push(statement(
            "UPDATE place SET free = free - 1 WHERE id = ? AND free > 0",
            vec![1.into()],
        ));
        trip.push(statement(
            "INSERT INTO guest (name) SELECT ? WHERE changes() = 1",
            vec![name.into()],
        ));
        trip
    }

    async fn names(db: &DatabaseConnection) -> Vec<String> {
        db.query_all_raw(statement("SELECT name FROM guest ORDER BY name", vec![]))
            .await
            .expect("guests")
            .iter()
            .map(|row| row.try_get::<String>("", "name").expect("name"))
            .collect()
    }

    #[tokio::test]
    async fn a_trip_counts_its_changes_and_a_failed_guard_changes_nothing() {
        let dir = tempfile::tempdir().expect("folder");
        let db = database(&dir).await;
        assert_eq!(seat("Amal").commit(&db).await.expect("seated"), 2);
        assert_eq!(seat("Bo").commit(&db).await.expect("seated"), 2);
        assert_eq!(seat("Chen").commit(&db).await.expect("no place"), 0);
        assert_eq!(names(&db).await, ["Amal", "Bo"]);
    }

    #[tokio::test]
    async fn trips_written_together_fail_alone() {
        let dir = tempfile::tempdir().expect("folder");
        let db = database(&dir).await;
        db.execute_unprepared("UPDATE place SET free = 10")
            .await
            .expect("more places");
        // Hold the writers' turn until every trip waits, so they are written in one turn.
        let holding = begin_write(&db).await.expect("turn");
        let mut waiting = Vec::new();
        for name in ["Amal", "Bo", "Amal", "Chen"] {
            let db = db.clone();
            waiting.push(tokio::spawn(async move { seat(name).commit(&db).await }));
        }
        let writers = writers(&db).expect("SQLite writers");
        while lock(&writers.trips).len() < 4 {
            tokio::task::yield_now().await;
        }
        holding.commit().await.expect("let them in");
        let mut outcomes = Vec::new();
        for trip in waiting {
            outcomes.push(trip.await.expect("trip task"));
        }
        assert_eq!(outcomes[0].as_ref().ok(), Some(&2));
        assert_eq!(outcomes[1].as_ref().ok(), Some(&2));
        let duplicate = outcomes[2]
            .as_ref()
            .expect_err("the second Amal is refused");
        assert!(crate::db::is_constraint_violation(duplicate), "{duplicate}");
        assert_eq!(outcomes[3].as_ref().ok(), Some(&2));
        assert_eq!(names(&db).await, ["Amal", "Bo", "Chen"]);
        // The refused trip's place was given back with it: 3 taken, not 4.
        let free = db
            .query_one_raw(statement("SELECT free FROM place", vec![]))
            .await
            .expect("place")
            .expect("row")
            .try_get::<i32>("", "free")
            .expect("free");
        assert_eq!(free, 7);
    }

    #[tokio::test]
    async fn a_trip_whose_caller_went_away_before_its_turn_is_not_written() {
        let dir = tempfile::tempdir().expect("folder");
        let db = database(&dir).await;
        let holding = begin_write(&db).await.expect("turn");
        let gone = {
            let db = db.clone();
            tokio::spawn(async move { seat("Gone").commit(&db).await })
        };
        let stays = {
            let db = db.clone();
            tokio::spawn(async move { seat("Stays").commit(&db).await })
        };
        let writers = writers(&db).expect("SQLite writers");
        while lock(&writers.trips).len() < 2 {
            tokio::task::yield_now().await;
        }
        gone.abort();
        assert!(gone.await.is_err(), "the first caller was cancelled");
        holding.commit().await.expect("let them in");
        assert_eq!(stays.await.expect("trip task").expect("seated"), 2);
        assert_eq!(names(&db).await, ["Stays"]);
    }
}
