//! Bad configuration stops the real binary with one clear line, never a panic.

use std::process::Command;

fn run_with(var: &str, value: &str) -> (Option<i32>, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_fairplan"))
        .args(["migrate", "status"])
        .env(var, value)
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("the binary runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_bad_value_stops_the_program_with_one_line_naming_the_variable() {
    for (var, value) in [
        ("FAIRPLAN_BIND", "port eighty"),
        ("FAIRPLAN_SMTP_URL", "mail.example.org"),
        ("FAIRPLAN_DATABASE_URL", "mysql://localhost/fairplan"),
        ("FAIRPLAN_BASE_URL", "fairplan.example.org"),
    ] {
        let (code, stderr) = run_with(var, value);
        assert_eq!(code, Some(2), "{var}: {stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "{var}: {stderr}");
        assert!(stderr.contains(var), "{var}: {stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("backtrace"),
            "{stderr}"
        );
    }
}
