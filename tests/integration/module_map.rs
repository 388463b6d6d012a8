//! docs/ARCHITECTURE.md's table of modules is the tree's own: one row per module the library
//! compiles, with the first sentence of its `//!` header. When the tree changes, this test fails
//! until the table is written anew: `FAIRPLAN_UPDATE_DOCS=1 cargo test module_map` does it.

use crate::support::source::{Module, modules_under};
use std::path::Path;

const BEGIN: &str = "<!-- module map: generated from src/ by tests/integration/module_map.rs -->";
const END: &str = "<!-- end of module map -->";

/// The table for `modules`, in the tree's order.
fn table(modules: &[Module]) -> String {
    let mut rows = vec![
        "| module | file | what it owns |".to_owned(),
        "| --- | --- | --- |".to_owned(),
    ];
    for module in modules {
        let name = if module.path.is_empty() {
            "fairplan".to_owned()
        } else {
            module.path.clone()
        };
        let file = module.file.trim_start_matches("src/");
        let summary = module.summary.replace('|', "\\|");
        rows.push(format!("| `{name}` | {file} | {summary} |"));
    }
    rows.join("\n")
}

#[test]
fn every_module_has_a_header_and_a_row_in_the_architecture_notes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut modules = modules_under(root);
    modules.sort_by(|a, b| a.path.cmp(&b.path));
    let undocumented: Vec<&str> = modules
        .iter()
        .filter(|m| m.summary.is_empty())
        .map(|m| m.file.as_str())
        .collect();
    assert!(
        undocumented.is_empty(),
        "modules without a //! header: {undocumented:?}"
    );

    let doc_path = root.join("docs/ARCHITECTURE.md");
    let doc = std::fs::read_to_string(&doc_path).unwrap();
    let (Some(begin), Some(end)) = (doc.find(BEGIN), doc.find(END)) else {
        panic!("docs/ARCHITECTURE.md has no module map between {BEGIN} and {END}");
    };
    let written = doc[begin + BEGIN.len()..end].trim();
    let wanted = table(&modules);
    if written != wanted {
        if std::env::var_os("FAIRPLAN_UPDATE_DOCS").is_some() {
            let updated = format!("{}{BEGIN}\n{wanted}\n{}", &doc[..begin], &doc[end..]);
            std::fs::write(&doc_path, updated).unwrap();
        } else {
            let written: Vec<&str> = written.lines().collect();
            let stale: Vec<&str> = wanted.lines().filter(|l| !written.contains(l)).collect();
            panic!(
                "docs/ARCHITECTURE.md's module map is out of date (FAIRPLAN_UPDATE_DOCS=1 cargo \
                 test module_map rewrites it); rows missing or changed:\n{}",
                stale.join("\n")
            );
        }
    }
}
