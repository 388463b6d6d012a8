//! What an operator reads from the real binary: `migrate status` on standard output whatever
//! the log filter, logs without colour codes when they do not go to a terminal, JSON log lines
//! on request, and one line for a log format it does not know.

use crate::process::{fairplan, free_port};
use crate::support::database::TestDatabase;

fn run(database: &TestDatabase, args: &[&str], env: &[(&str, &str)]) -> (bool, String, String) {
    let mail_dir = tempfile::tempdir().unwrap();
    let mut command = fairplan(&database.url, free_port(), mail_dir.path());
    command.args(args);
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[tokio::test]
async fn migrate_status_prints_every_migration_whatever_the_log_filter() {
    let database = TestDatabase::create().await;
    let (ok, before, _) = run(
        &database,
        &["migrate", "status"],
        &[("FAIRPLAN_LOG", "off")],
    );
    assert!(ok);
    assert!(
        before
            .lines()
            .any(|l| l.starts_with("m20261207_000021_participant_phone\tPending")),
        "{before}"
    );
    let (ok, _, _) = run(&database, &["migrate", "up"], &[]);
    assert!(ok);
    let (ok, after, _) = run(
        &database,
        &["migrate", "status"],
        &[("FAIRPLAN_LOG", "off")],
    );
    assert!(ok);
    assert_eq!(after.lines().count(), before.lines().count());
    assert!(after.lines().all(|l| l.ends_with("\tApplied")), "{after}");
}

#[tokio::test]
async fn logs_to_a_file_carry_no_colour_codes_and_json_gives_one_object_a_line() {
    let database = TestDatabase::create().await;
    let verbose = ("FAIRPLAN_LOG", "trace");
    let (_, _, plain) = run(&database, &["migrate", "up"], &[verbose]);
    assert!(!plain.trim().is_empty(), "trace logs something");
    assert!(
        !plain.contains('\u{1b}'),
        "no ANSI escapes when not a terminal"
    );

    let fresh = TestDatabase::create().await;
    let (_, _, json) = run(
        &fresh,
        &["migrate", "up"],
        &[verbose, ("FAIRPLAN_LOG_FORMAT", "json")],
    );
    let lines: Vec<&str> = json.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(!lines.is_empty());
    for line in lines {
        let value: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(
            value.get("level").is_some() && value.get("fields").is_some(),
            "{line}"
        );
    }

    let (ok, _, refused) = run(
        &database,
        &["migrate", "status"],
        &[("FAIRPLAN_LOG_FORMAT", "xml")],
    );
    assert!(!ok);
    assert_eq!(refused.trim().lines().count(), 1, "{refused}");
    assert!(refused.contains("FAIRPLAN_LOG_FORMAT must be text or json"));
}
