//! The layers point one way (docs/ARCHITECTURE.md, "Layers"). This reads every module the
//! library compiles, starting at `src/lib.rs` and leaving test modules out, collects every path
//! each one names (imports, types, calls, macros) and holds the rules below against them.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use syn::visit::Visit;

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

/// Files that still break a rule, while the restructuring moves their database work behind
/// services. The list may only shrink: a file listed here that keeps the rules fails the test
/// until it is taken off.
const NOT_YET_MOVED: &[&str] = &["src/web/coordinator/signed_in.rs"];

/// One module of the library: where it is and every path it names.
struct Module {
    /// `web::coordinator::audit`
    path: String,
    /// `src/web/coordinator/audit.rs`
    file: String,
    /// Each named path, resolved to `crate::...` where it is relative, else as written.
    names: BTreeSet<String>,
}

/// True for `#[cfg(test)]` (and `#[cfg(all(test, ...))]`) items, which the rules leave out.
fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("cfg") && {
            let tokens = attr.meta.require_list().map(|l| l.tokens.to_string());
            tokens.is_ok_and(|t| t == "test" || t.starts_with("all (test"))
        }
    })
}

/// Collects the paths one file names, outside its test modules.
struct Names<'a> {
    module: &'a [String],
    names: BTreeSet<String>,
    /// Inline child modules (`mod x { ... }`) are their own modules.
    inline: Vec<(String, Vec<syn::Item>)>,
}

impl Names<'_> {
    /// `super::x` and `self::x` written out from the crate root.
    fn resolve(&self, segments: &[String]) -> String {
        let mut base: Vec<String> = self.module.to_vec();
        let mut rest = segments;
        match segments.first().map(String::as_str) {
            Some("crate") => return segments.join("::"),
            Some("self") => rest = &segments[1..],
            Some("super") => {
                while rest.first().map(String::as_str) == Some("super") {
                    base.pop();
                    rest = &rest[1..];
                }
            }
            _ => return segments.join("::"),
        }
        let mut whole = vec!["crate".to_owned()];
        whole.extend(base);
        whole.extend(rest.iter().cloned());
        whole.join("::")
    }

    fn add(&mut self, segments: &[String]) {
        if !segments.is_empty() {
            let resolved = self.resolve(segments);
            self.names.insert(resolved);
        }
    }

    fn add_use(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.add_use(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                prefix.push(n.ident.to_string());
                self.add(prefix);
                prefix.pop();
            }
            syn::UseTree::Rename(r) => {
                prefix.push(r.ident.to_string());
                self.add(prefix);
                prefix.pop();
            }
            syn::UseTree::Glob(_) => self.add(prefix),
            syn::UseTree::Group(g) => {
                for item in &g.items {
                    self.add_use(prefix, item);
                }
            }
        }
    }
}

impl<'ast> Visit<'ast> for Names<'_> {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let attrs = match item {
            syn::Item::Mod(m) => &m.attrs,
            syn::Item::Fn(f) => &f.attrs,
            syn::Item::Impl(i) => &i.attrs,
            syn::Item::Use(u) => &u.attrs,
            syn::Item::Const(c) => &c.attrs,
            syn::Item::Struct(s) => &s.attrs,
            syn::Item::Enum(e) => &e.attrs,
            _ => return syn::visit::visit_item(self, item),
        };
        if is_test_only(attrs) {
            return;
        }
        if let syn::Item::Mod(m) = item {
            if let Some((_, items)) = &m.content {
                self.inline.push((m.ident.to_string(), items.clone()));
            }
            return;
        }
        syn::visit::visit_item(self, item);
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.add_use(&mut Vec::new(), &item.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        self.add(&segments);
        syn::visit::visit_path(self, path);
    }
}

/// Reads `items` as the module `module` of `file`, with its inline modules and the files of its
/// `mod x;` declarations (found beside it in `dir`).
fn read_items(
    module: Vec<String>,
    file: &Path,
    dir: &Path,
    items: &[syn::Item],
    out: &mut Vec<Module>,
) {
    let mut names = Names {
        module: &module,
        names: BTreeSet::new(),
        inline: Vec::new(),
    };
    for item in items {
        names.visit_item(item);
    }
    let inline = std::mem::take(&mut names.inline);
    out.push(Module {
        path: module.join("::"),
        file: file.display().to_string(),
        names: names.names,
    });
    for (name, inner) in inline {
        let mut path = module.clone();
        path.push(name.clone());
        read_items(path, file, &dir.join(&name), &inner, out);
    }
    for item in items {
        let syn::Item::Mod(m) = item else { continue };
        if m.content.is_some() || is_test_only(&m.attrs) {
            continue;
        }
        let name = m.ident.to_string();
        let explicit = m.attrs.iter().find_map(|attr| {
            let syn::Meta::NameValue(nv) = &attr.meta else {
                return None;
            };
            let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) = &nv.value
            else {
                return None;
            };
            nv.path.is_ident("path").then(|| s.value())
        });
        let child = match explicit {
            Some(relative) => file.parent().unwrap().join(relative),
            None if dir.join(format!("{name}.rs")).exists() => dir.join(format!("{name}.rs")),
            None => dir.join(&name).join("mod.rs"),
        };
        let mut path = module.clone();
        path.push(name.clone());
        read_file(path, &child, out);
    }
}

fn read_file(module: Vec<String>, file: &Path, out: &mut Vec<Module>) {
    let text = std::fs::read_to_string(file)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
    let parsed =
        syn::parse_file(&text).unwrap_or_else(|e| panic!("cannot parse {}: {e}", file.display()));
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    // `a/mod.rs` and `lib.rs` declare children beside them; `a.rs` in `a/`.
    let dir = if stem == "mod" || stem == "lib" {
        file.parent().unwrap().to_path_buf()
    } else {
        file.parent().unwrap().join(stem)
    };
    read_items(module, file, &dir, &parsed.items, out);
}

/// Every module of the library under `root` (the folder holding `lib.rs`), with file names
/// relative to the crate.
fn modules_under(crate_dir: &Path) -> Vec<Module> {
    let mut out = Vec::new();
    read_file(Vec::new(), &crate_dir.join("src/lib.rs"), &mut out);
    let prefix = format!("{}/", crate_dir.display());
    for module in &mut out {
        module.file = module.file.trim_start_matches(&prefix).to_owned();
    }
    out
}

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
    let unexpected: Vec<String> = found
        .iter()
        .filter(|(file, _)| !NOT_YET_MOVED.contains(&file.as_str()))
        .map(|(file, what)| format!("{file}: {what}"))
        .collect();
    assert!(
        unexpected.is_empty(),
        "imports that point the wrong way:\n{}",
        unexpected.join("\n")
    );
    let moved: Vec<&&str> = NOT_YET_MOVED
        .iter()
        .filter(|listed| !found.iter().any(|(file, _)| file == *listed))
        .collect();
    assert!(
        moved.is_empty(),
        "these files keep the layers now; take them off NOT_YET_MOVED: {moved:?}"
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
        ("services.rs", "mod inner { use axum::Router; }"),
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
        !has("crate::services::x"),
        "web may call services: {found:#?}"
    );
    assert!(
        !has("crate::db::x"),
        "test modules are left out: {found:#?}"
    );
    assert_eq!(found.len(), 6, "{found:#?}");
}
