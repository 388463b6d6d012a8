//! Reading the configuration: defaults, every variable, and one-line refusals.

use super::*;
use std::collections::HashMap;

fn parse(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
    let map: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    Config::from_lookup(|k| map.get(k).cloned())
}

#[test]
fn defaults_suit_a_laptop() {
    let config = parse(&[]).unwrap();
    assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
    assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
    assert_eq!(config.base_url, "http://127.0.0.1:8080");
    assert_eq!(config.mail, MailMode::Files(PathBuf::from("./data/mail")));
    assert_eq!(config.mail_domain(), "127.0.0.1");
    assert_eq!(config.reminder_hours, [24, 2]);
    assert_eq!(config.waitlist_offer_hours, 12);
    assert_eq!(config.retention_days, 90);
    assert_eq!(config.backup_dir, PathBuf::from("./data/backups"));
    assert_eq!(config.backup_keep, 14);
    assert!(!config.shows_dev_mailbox(), "only when asked for");
    assert_eq!(config.trusted_proxy_hops, 1);
}

#[test]
fn the_development_mailbox_needs_the_setting_and_mail_written_to_files() {
    assert!(
        parse(&[("FAIRPLAN_DEV_MAIL_PAGE", "true")])
            .unwrap()
            .shows_dev_mailbox()
    );
    let with_smtp = parse(&[
        ("FAIRPLAN_DEV_MAIL_PAGE", "true"),
        ("FAIRPLAN_SMTP_URL", "smtp://127.0.0.1:2525"),
    ])
    .unwrap();
    assert!(!with_smtp.shows_dev_mailbox());
}

#[test]
fn reminder_times_are_sorted_and_may_be_turned_off() {
    let config = parse(&[("FAIRPLAN_REMINDER_HOURS", " 2, 48 ,24")]).unwrap();
    assert_eq!(config.reminder_hours, [48, 24, 2]);
    let none = parse(&[("FAIRPLAN_REMINDER_HOURS", "off")]).unwrap();
    assert!(none.reminder_hours.is_empty());
}

#[test]
fn each_bad_value_names_its_variable() {
    let cases = [
        ("FAIRPLAN_BIND", "eighty"),
        ("FAIRPLAN_BASE_URL", "events.example.org"),
        ("FAIRPLAN_SMTP_URL", "mail.example.org:25"),
        // A password where TLS could be stripped.
        (
            "FAIRPLAN_SMTP_URL",
            "smtp://u:p@mail.example.org?tls=opportunistic",
        ),
        ("FAIRPLAN_SMTP_CA_FILE", "/nonexistent/mail-ca.pem"),
        ("FAIRPLAN_MAIL_FROM", "not an address"),
        ("FAIRPLAN_DATABASE_URL", "mysql://localhost/x"),
        ("FAIRPLAN_MAIL_MAX_ATTEMPTS", "0"),
        ("FAIRPLAN_MAIL_CONCURRENCY", "many"),
        ("FAIRPLAN_DEFAULT_LANGUAGE", "xx"),
        ("FAIRPLAN_TIME_ZONE", "Mars/Olympus"),
        ("FAIRPLAN_WAITLIST_OFFER_HOURS", "0"),
        ("FAIRPLAN_REMINDER_HOURS", "24,24"),
        ("FAIRPLAN_REMINDER_HOURS", "2h"),
        ("FAIRPLAN_BEHIND_PROXY", "maybe"),
        ("FAIRPLAN_DEV_MAIL_PAGE", "sometimes"),
        ("FAIRPLAN_TRUSTED_PROXY_HOPS", "0"),
        ("FAIRPLAN_DATABASE_CONNECTIONS", "0"),
        ("FAIRPLAN_WORKER_DATABASE_CONNECTIONS", "1"),
    ];
    for (var, value) in cases {
        let err = parse(&[(var, value)]).unwrap_err();
        assert_eq!(err.var, var, "{value}");
        assert!(err.to_string().starts_with(var));
        assert!(!err.to_string().contains('\n'));
    }
}

#[test]
fn the_pool_suits_the_database_unless_set() {
    assert_eq!(parse(&[]).unwrap().database_connections, 16, "SQLite");
    let postgres = parse(&[("FAIRPLAN_DATABASE_URL", "postgres://db/fairplan")]).unwrap();
    let cores = std::thread::available_parallelism().unwrap().get() as u32;
    assert_eq!(postgres.database_connections, cores * 2 + 2);
    let set = parse(&[
        ("FAIRPLAN_DATABASE_URL", "postgres://db/fairplan"),
        ("FAIRPLAN_DATABASE_CONNECTIONS", "40"),
    ])
    .unwrap();
    assert_eq!(set.database_connections, 40);
    assert_eq!(
        set.worker_database_connections, 3,
        "the worker's pool stays small"
    );
}

#[test]
fn smtp_url_and_https_base_url_are_accepted() {
    let config = parse(&[
        (
            "FAIRPLAN_SMTP_URL",
            "smtp://user:pass@mail.example.org:587?tls=required",
        ),
        ("FAIRPLAN_BASE_URL", "https://events.example.org/"),
    ])
    .unwrap();
    assert!(config.is_https());
    assert_eq!(config.base_url, "https://events.example.org");
    assert_eq!(config.mail_domain(), "events.example.org");
    assert!(matches!(config.mail, MailMode::Smtp(_)));
}
