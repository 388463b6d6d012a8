//! The Debian package's files: its settings are `.env.example` with production paths (so they
//! cannot drift apart), every path in them is absolute, and its service units rate 2.0 or lower
//! in `systemd-analyze security`. The package itself is built, installed (and its units checked
//! by `systemd-analyze verify`), upgraded and purged by `.ci/package-test`.
//!
//! `FAIRPLAN_UPDATE_DOCS=1` rewrites `packaging/fairplan.env` from `.env.example`.

use fairplan::config::{Config, MailMode};
use std::path::{Path, PathBuf};
use std::process::Command;

const HEADER: &str = "\
# Fairplan's settings for the fairplan service: systemd reads this file (EnvironmentFile).
# Edit what you need (at least FAIRPLAN_BASE_URL, FAIRPLAN_SMTP_URL and FAIRPLAN_MAIL_FROM),
# then run `systemctl restart fairplan`. Upgrades of the package never overwrite this file.
";

/// Where the package keeps everything a running Fairplan writes.
const DATA: &str = "/var/lib/fairplan/";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `.env.example` as the package installs it: its own header, data under /var/lib/fairplan,
/// and the backup folder named.
fn packaged_settings(example: &str) -> String {
    let body = example
        .lines()
        .skip_while(|line| line.starts_with('#'))
        .map(|line| {
            let line = line.replace("./data/", DATA);
            match line.strip_prefix("# FAIRPLAN_BACKUP_DIR=") {
                Some(value) => format!("FAIRPLAN_BACKUP_DIR={value}"),
                None => line,
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    format!("{HEADER}{body}\n")
}

/// The variables a systemd EnvironmentFile sets (`KEY=value`, quotes removed).
fn variables(settings: &str) -> Vec<(String, String)> {
    settings
        .lines()
        .filter(|line| !line.starts_with('#') && line.contains('='))
        .filter_map(|line| line.split_once('='))
        .map(|(key, value)| (key.to_owned(), value.trim_matches('"').to_owned()))
        .collect()
}

#[test]
fn the_packaged_settings_are_the_example_with_absolute_production_paths() {
    let example = std::fs::read_to_string(root().join(".env.example")).unwrap();
    let path = root().join("packaging/fairplan.env");
    let wanted = packaged_settings(&example);
    if std::env::var_os("FAIRPLAN_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &wanted).unwrap();
    }
    let packaged = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        packaged, wanted,
        "packaging/fairplan.env differs from .env.example: run with FAIRPLAN_UPDATE_DOCS=1"
    );

    let set = variables(&packaged);
    let config = Config::from_lookup(|name| {
        set.iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
    })
    .unwrap();
    let database = fairplan::db::sqlite_file_path(&config.database_url).unwrap();
    assert_eq!(database, "/var/lib/fairplan/fairplan.db");
    assert_eq!(
        config.mail,
        MailMode::Files(PathBuf::from("/var/lib/fairplan/mail"))
    );
    assert_eq!(
        config.backup_dir,
        PathBuf::from("/var/lib/fairplan/backups")
    );
    assert!(
        config.bind.ip().is_loopback(),
        "behind a proxy, never open to all"
    );
    assert!(
        !packaged.contains("./"),
        "under systemd the working folder is not the user's: every path is absolute"
    );
}

/// What `systemd-analyze` (the program `FAIRPLAN_SYSTEMD_ANALYZE` names, as CI sets it) says
/// of a unit file, and whether it agreed.
fn systemd_analyze(program: &str, args: &[&str], unit: &Path) -> (bool, String) {
    let output = Command::new(program)
        .args(args)
        .arg(unit)
        .output()
        .expect("systemd-analyze (Debian's systemd package) checks the units");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), said)
}

#[test]
fn the_service_units_are_sandboxed_to_an_exposure_of_two_or_less() {
    let Ok(program) = std::env::var("FAIRPLAN_SYSTEMD_ANALYZE") else {
        return; // Off unless named, like the browser tests; `.ci/run` names it.
    };
    for unit in ["fairplan.service", "fairplan-backup.service"] {
        let path = root().join("packaging").join(unit);
        let (_, said) = systemd_analyze(
            &program,
            &["security", "--offline=true", "--no-pager"],
            &path,
        );
        let level: f64 = said
            .lines()
            .find_map(|line| line.split_once("Overall exposure level for "))
            .and_then(|(_, rest)| rest.split_whitespace().nth(1))
            .and_then(|number| number.parse().ok())
            .unwrap_or_else(|| panic!("no exposure level for {unit}: {said}"));
        assert!(level <= 2.0, "{unit} rates {level}: {said}");
        let text = std::fs::read_to_string(&path).unwrap();
        for line in [
            "User=fairplan",
            "EnvironmentFile=/etc/fairplan/fairplan.env",
            "ReadWritePaths=/var/lib/fairplan",
            "CapabilityBoundingSet=\n",
        ] {
            assert!(text.contains(line), "{unit} lacks {line:?}");
        }
    }
    let service = std::fs::read_to_string(root().join("packaging/fairplan.service")).unwrap();
    for line in [
        "Type=notify",
        "WatchdogSec=",
        "Restart=on-failure",
        "ExecStart=/usr/bin/fairplan serve",
    ] {
        assert!(service.contains(line), "fairplan.service lacks {line:?}");
    }
}
