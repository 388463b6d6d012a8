//! The layers point one way (docs/ARCHITECTURE.md, "Layers"). This reads every module the
//! library compiles, starting at `src/lib.rs` and leaving test modules out, collects every path
//! each one names (imports, types, calls, macros) and holds the rules below against them.

use crate::support::source::{Module, modules_under};
use std::path::{Path, PathBuf};

/// Modules that must stay pure: no IO crate, no database, no web, no clock, no randomness.
const PURE: &[&str] = &["domain", "allocation", "calendar", "mail::retry"];

/// What a pure module may never name (a crate, or a module of this crate as `crate::...`).
const NOT_PURE: &[&str] = &[
    "sea_orm",
    "sqlx",
    "axum",
    "tower",
    "tower_http",
    "tokio",
    "lettre",
    "askama",
    "getrandom",
    "rand",
    "std::fs",
    "std::net",
    "std::process",
    "crate::db",
    "crate::entities",
    "crate::services",
    "crate::web",
    "crate::api",
    "crate::app",
    "crate::mail::templates",
    "crate::mail::transport",
    "crate::clock",
    "crate::runtime",
];

/// Clock reads: a type and its method that tell the time now.
const CLOCK_READS: &[(&str, &str)] = &[
    ("Timestamp", "now"),
    ("Zoned", "now"),
    ("SystemTime", "now"),
    ("Instant", "now"),
    ("OffsetDateTime", "now_utc"),
    ("Utc", "now"),
    ("Local", "now"),
];

/// One rule: modules under `layer` must not name anything under `forbidden`.
struct Rule {
    layer: &'static str,
    forbidden: &'static [&'static str],
    why: &'static str,
}

const RULES: &[Rule] = &[
    Rule {
        layer: "web",
        forbidden: &["crate::db", "crate::entities", "sea_orm"],
        why: "handlers call services; only services reach the database",
    },
    Rule {
        layer: "api",
        forbidden: &["crate::db", "crate::entities", "sea_orm"],
        why: "handlers call services; only services reach the database",
    },
    Rule {
        layer: "app",
        forbidden: &["crate::db", "crate::entities"],
        why: "the router, errors and middleware call services, as handlers do",
    },
    Rule {
        layer: "services",
        forbidden: &[
            "axum",
            "askama",
            "tower",
            "tower_http",
            "crate::web",
            "crate::api",
            "crate::app",
            "crate::jobs",
            "crate::runtime",
        ],
        why: "use-cases know nothing of HTTP, pages or templates",
    },
    Rule {
        layer: "domain",
        forbidden: &["crate::i18n"],
        why: "checks keep text ids; i18n turns them into words",
    },
    Rule {
        layer: "i18n",
        forbidden: &[
            "crate::db",
            "crate::entities",
            "crate::services",
            "crate::web",
            "crate::api",
            "crate::app",
            "sea_orm",
        ],
        why: "texts sit below every layer that shows them",
    },
    Rule {
        layer: "mail",
        forbidden: &[
            "crate::services",
            "crate::web",
            "crate::api",
            "crate::app",
            "crate::jobs",
        ],
        why: "mail is written and delivered below the use-cases that cause it",
    },
    Rule {
        layer: "jobs",
        forbidden: &[
            "crate::db",
            "crate::web",
            "crate::api",
            "crate::app",
            "axum",
            "askama",
        ],
        why: "background work calls services, as handlers do",
    },
    Rule {
        layer: "db",
        forbidden: &[
            "crate::services",
            "crate::web",
            "crate::api",
            "crate::app",
            "crate::mail",
            "crate::jobs",
            "axum",
            "askama",
        ],
        why: "queries know nothing of the use-cases above them",
    },
    Rule {
        layer: "entities",
        forbidden: &[
            "crate::db",
            "crate::services",
            "crate::web",
            "crate::api",
            "crate::app",
        ],
        why: "entities are columns only",
    },
];

/// The queries that take or free a place, and the only module that may call them: every such
/// write goes through `services::places`.
const PLACE_WRITES: &[&str] = &[
    "crate::db::bookings::take_place",
    "crate::db::bookings::take_place_query",
    "crate::db::bookings::release_place",
    "crate::db::bookings::insert_row",
    "crate::db::bookings::insert_confirmed",
    "crate::db::bookings::mark_cancelled",
    "crate::db::bookings::seat_again",
    "crate::db::booking_step",
    "crate::db::check_in::mark_no_show",
    "crate::db::check_in::undo_no_show",
    "crate::db::waitlist::offer",
    "crate::db::waitlist::close",
    "crate::db::waitlist::take_back",
];
const PLACE_OWNER: &str = "services::places";

/// Is `name` the same as `target` or a path inside it?
fn names_within(name: &str, target: &str) -> bool {
    name == target || name.starts_with(&format!("{target}::"))
}

fn is_under(module: &str, layer: &str) -> bool {
    names_within(module, layer)
}

/// Every broken rule, as `file: what it names (why)`.
fn violations(modules: &[Module]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for module in modules {
        let mut break_rule = |what: &str, why: &str| {
            found.push((
                module.file.clone(),
                format!("{} names {what}: {why}", module.path),
            ));
        };
        for rule in RULES.iter().filter(|r| is_under(&module.path, r.layer)) {
            for name in &module.names {
                if let Some(target) = rule.forbidden.iter().find(|t| names_within(name, t)) {
                    break_rule(&format!("{name} ({target})"), rule.why);
                }
            }
        }
        if !is_under(&module.path, PLACE_OWNER) && !is_under(&module.path, "db") {
            for name in &module.names {
                let glob_over = |target: &&&str| {
                    name.strip_suffix("::*")
                        .is_some_and(|module| names_within(target, module))
                };
                if let Some(target) = PLACE_WRITES
                    .iter()
                    .find(|t| names_within(name, t) || glob_over(t))
                {
                    break_rule(
                        &format!("{name} ({target})"),
                        "places are taken and freed only through services::places",
                    );
                }
            }
        }
        if PURE.iter().any(|layer| is_under(&module.path, layer)) {
            for name in &module.names {
                if let Some(target) = NOT_PURE.iter().find(|t| names_within(name, t)) {
                    break_rule(&format!("{name} ({target})"), "a pure module does no IO");
                }
                let segments: Vec<&str> = name.split("::").collect();
                let reads_clock = segments.windows(2).any(|pair| {
                    CLOCK_READS
                        .iter()
                        .any(|(ty, method)| pair[0] == *ty && pair[1] == *method)
                });
                if reads_clock {
                    break_rule(name, "a pure module takes the time as an argument");
                }
            }
        }
    }
    found
}

#[test]
fn the_layers_point_one_way() {
    let modules = modules_under(Path::new(env!("CARGO_MANIFEST_DIR")));
    assert!(
        modules.len() > 200,
        "the walk from src/lib.rs found only {} modules",
        modules.len()
    );
    let found = violations(&modules);
    let wrong: Vec<String> = found
        .iter()
        .map(|(file, what)| format!("{file}: {what}"))
        .collect();
    assert!(
        wrong.is_empty(),
        "imports that point the wrong way:\n{}",
        wrong.join("\n")
    );
}

/// Reads `source` as the module `path` of a small crate in a temporary folder.
fn modules_of(files: &[(&str, &str)]) -> (tempfile::TempDir, Vec<Module>) {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let file: PathBuf = dir.path().join("src").join(name);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, text).unwrap();
    }
    let modules = modules_under(dir.path());
    (dir, modules)
}

#[test]
fn the_layer_check_finds_each_kind_of_wrong_import() {
    let (_dir, modules) = modules_of(&[
        ("lib.rs", "pub mod web; pub mod domain; pub mod services;"),
        ("web/mod.rs", "mod pages;"),
        // A grouped import, a path in a signature and a relative path all count.
        (
            "web/pages.rs",
            "use crate::{services::x, db::events};\n\
             fn f(_: sea_orm::DatabaseConnection) {}\n\
             fn g() { super::super::entities::event::find(); }",
        ),
        (
            "domain/mod.rs",
            "fn h() -> i64 { jiff::Timestamp::now().as_millisecond() }\n\
             use tokio::fs;\n\
             #[cfg(test)] mod tests { use crate::db::x; }",
        ),
        (
            "services.rs",
            "mod inner { use axum::Router; }\n\
             mod shortcut { use crate::db::bookings as rows; fn f() { rows::take_place(); } }\n\
             mod everything { use crate::db::waitlist::*; }",
        ),
    ]);
    let found: Vec<String> = violations(&modules)
        .into_iter()
        .map(|(file, what)| format!("{file}: {what}"))
        .collect();
    let has = |needle: &str| found.iter().any(|line| line.contains(needle));
    assert!(
        has("src/web/pages.rs: web::pages names crate::db::events"),
        "{found:#?}"
    );
    assert!(
        has("web::pages names sea_orm::DatabaseConnection"),
        "{found:#?}"
    );
    assert!(
        has("web::pages names crate::entities::event::find"),
        "{found:#?}"
    );
    assert!(has("domain names jiff::Timestamp::now"), "{found:#?}");
    assert!(has("domain names tokio::fs"), "{found:#?}");
    assert!(has("services::inner names axum::Router"), "{found:#?}");
    assert!(
        has("services::shortcut names crate::db::bookings::take_place"),
        "an alias is followed: {found:#?}"
    );
    assert!(
        !has("crate::services::x"),
        "web may call services: {found:#?}"
    );
    assert!(
        !has("crate::db::x"),
        "test modules are left out: {found:#?}"
    );
    assert!(
        has("services::everything names crate::db::waitlist::*"),
        "a glob over the place writes is refused: {found:#?}"
    );
    assert_eq!(found.len(), 8, "{found:#?}");
}
