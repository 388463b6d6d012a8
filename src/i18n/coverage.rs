//! Which languages hold which texts in full. English is the reference: a language listed here
//! holds every id of each of its files that English holds, and no other; the tests below and
//! in `tests/` check that, and that every id the templates and code use exists.

/// A language and the Fluent files (in `locales/<language>/`) it holds in full.
pub struct Coverage {
    /// Primary language code.
    pub language: &'static str,
    /// File names.
    pub files: &'static [&'static str],
}

/// What participants read: the page frame, dates, errors, their own pages and their mails.
pub const PARTICIPANT_FILES: &[&str] = &["common.ftl", "participant.ftl", "participant-mail.ftl"];

/// Every file: all pages and all mails.
pub const ALL_FILES: &[&str] = &[
    "common.ftl",
    "participant.ftl",
    "participant-mail.ftl",
    "mail.ftl",
    "staff.ftl",
    "coordinator.ftl",
    "allocation.ftl",
    "workspace.ftl",
];

/// The complete languages and what they cover.
pub const COVERAGE: &[Coverage] = &[
    Coverage {
        language: "en",
        files: ALL_FILES,
    },
    Coverage {
        language: "de",
        files: ALL_FILES,
    },
    Coverage {
        language: "ar",
        files: PARTICIPANT_FILES,
    },
    Coverage {
        language: "uk",
        files: PARTICIPANT_FILES,
    },
    Coverage {
        language: "fa",
        files: PARTICIPANT_FILES,
    },
];

/// The message ids a Fluent file defines (terms, comments and continuation lines skipped).
pub fn ids_in(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// The ids used in a template or source file: the first string argument of `.t(`, `.t1(`,
/// `.t2(`, `.n(`, `Message::new(` and `Reason::new(`, of `text(` / `count_text(` calls on one
/// line, and every literal that starts with `coord-`, `alloc-`, `problem-` or `import-`.
pub fn ids_used(source: &str) -> Vec<String> {
    let mut used = Vec::new();
    for marker in [
        ".t(\"",
        ".t1(\"",
        ".t2(\"",
        ".n(\"",
        "Message::new(\"",
        "Reason::new(\"",
    ] {
        for (at, _) in source.match_indices(marker) {
            let rest = &source[at + marker.len()..];
            if let Some(end) = rest.find('"') {
                used.push(rest[..end].to_owned());
            }
        }
    }
    // Ids kept in constants and tables before they reach a `Message`: every literal that starts
    // like a coordinator's, an allocation's or a form's text.
    for prefix in ["\"coord-", "\"alloc-", "\"problem-", "\"import-"] {
        for (at, _) in source.match_indices(prefix) {
            let rest = &source[at + 1..];
            if let Some(id) = rest.split('"').next().filter(|id| is_id(id)) {
                used.push(id.to_owned());
            }
        }
    }
    for line in source.lines() {
        for marker in ["text(", "count_text("] {
            for (at, _) in line.match_indices(marker) {
                let call = &line[at..];
                let call = &call[..call.find(')').unwrap_or(call.len())];
                if let Some(id) = call.split('"').nth(1).filter(|id| is_id(id)) {
                    used.push(id.to_owned());
                }
            }
        }
    }
    used
}

/// Whether `text` looks like a message id (`lower-case-words`).
fn is_id(text: &str) -> bool {
    text.contains('-')
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    fn ids(language: &str, file: &str) -> BTreeSet<String> {
        let path = root().join("locales").join(language).join(file);
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{} is missing", path.display()));
        ids_in(&source).into_iter().collect()
    }

    fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files_under(&path, out);
            } else {
                out.push(path);
            }
        }
    }

    #[test]
    fn every_complete_language_holds_exactly_the_english_ids() {
        for coverage in COVERAGE {
            for file in coverage.files {
                let english = ids("en", file);
                assert!(!english.is_empty(), "{file}");
                let theirs = ids(coverage.language, file);
                let missing: Vec<_> = english.difference(&theirs).collect();
                let unknown: Vec<_> = theirs.difference(&english).collect();
                assert!(
                    missing.is_empty(),
                    "{}/{file} lacks {missing:?}",
                    coverage.language
                );
                assert!(
                    unknown.is_empty(),
                    "{}/{file} has unknown {unknown:?}",
                    coverage.language
                );
            }
        }
    }

    #[test]
    fn every_id_the_templates_and_code_use_exists_in_english() {
        let known: BTreeSet<String> = ALL_FILES.iter().flat_map(|file| ids("en", file)).collect();
        let mut files = Vec::new();
        for dir in ["templates", "emails", "src"] {
            files_under(&root().join(dir), &mut files);
        }
        let mut checked = 0;
        for path in files {
            let source = std::fs::read_to_string(&path).unwrap_or_default();
            for id in ids_used(&source) {
                // Ids built at run time (`weekday-{}`) are checked where they are built.
                if id.ends_with('-') || id.contains('{') {
                    continue;
                }
                assert!(
                    known.contains(&id),
                    "{} uses unknown id {id}",
                    path.display()
                );
                checked += 1;
            }
        }
        assert!(
            checked > 100,
            "only {checked} uses found: is the scan still right?"
        );
    }

    #[test]
    fn the_scan_finds_ids_in_templates_and_code() {
        let template = r#"<p>{{ meta.t("page-hello") }} {{ b.t1("mail-hello", "name", x) }}</p>"#;
        assert_eq!(ids_used(template), ["page-hello", "mail-hello"]);
        let code = r#"let s = text(locale, "date-long", &[("day", "1")]);"#;
        assert_eq!(ids_used(code), ["date-long"]);
        let table = r#"const CHANGED: &str = "coord-alloc-changed"; let x = "coord-status-{}";"#;
        assert_eq!(ids_used(table), ["coord-alloc-changed"]);
        assert_eq!(
            ids_in("# comment\nhello = Hi\n    .attr = x\n-term = T\nbye = B"),
            ["hello", "bye"]
        );
    }

    #[test]
    fn participant_pages_are_offered_in_exactly_the_languages_that_cover_them() {
        let covering: Vec<&str> = COVERAGE
            .iter()
            .filter(|c| PARTICIPANT_FILES.iter().all(|f| c.files.contains(f)))
            .map(|c| c.language)
            .collect();
        assert_eq!(covering, crate::domain::locale::PARTICIPANT_LANGUAGES);
    }
}
