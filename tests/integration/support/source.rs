//! Reading the library's own source as Rust: every module the library compiles (test modules
//! left out), the paths each one names and the first sentence of its `//!` header. The layering
//! and module-map tests stand on it.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use syn::visit::Visit;

/// One module of the library: where it is and every path it names.
pub struct Module {
    /// `web::coordinator::audit`
    pub path: String,
    /// `src/web/coordinator/audit.rs`
    pub file: String,
    /// Each named path, resolved to `crate::...` where it is relative, else as written.
    pub names: BTreeSet<String>,
    /// The first sentence of its `//!` header.
    pub summary: String,
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
    /// Local names of imports (the last segment, or the `as` name) and what they stand for.
    aliases: HashMap<String, String>,
    /// Inline child modules (`mod x { ... }`) are their own modules.
    inline: Vec<(String, Vec<syn::Attribute>, Vec<syn::Item>)>,
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
            syn::UseTree::Name(n) if n.ident == "self" => {
                self.add(prefix);
                self.alias(prefix.last().cloned(), prefix);
            }
            syn::UseTree::Name(n) => {
                prefix.push(n.ident.to_string());
                self.add(prefix);
                self.alias(Some(n.ident.to_string()), prefix);
                prefix.pop();
            }
            syn::UseTree::Rename(r) => {
                let renamed = r.ident != "self";
                if renamed {
                    prefix.push(r.ident.to_string());
                }
                self.add(prefix);
                self.alias(Some(r.rename.to_string()), prefix);
                if renamed {
                    prefix.pop();
                }
            }
            syn::UseTree::Glob(_) => {
                self.add(prefix);
                // A glob brings in whatever the module has: it is recorded as `module::*`.
                prefix.push("*".to_owned());
                self.add(prefix);
                prefix.pop();
            }
            syn::UseTree::Group(g) => {
                for item in &g.items {
                    self.add_use(prefix, item);
                }
            }
        }
    }

    /// Remembers that `local` names the imported `path`, so `local::x` counts as `path::x`.
    fn alias(&mut self, local: Option<String>, path: &[String]) {
        if let Some(local) = local.filter(|l| l != "_") {
            let whole = self.resolve(path);
            self.aliases.insert(local, whole);
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
                self.inline
                    .push((m.ident.to_string(), m.attrs.clone(), items.clone()));
            }
            return;
        }
        syn::visit::visit_item(self, item);
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.add_use(&mut Vec::new(), &item.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let mut segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        // `booking_rows::take_place` after `use crate::db::bookings as booking_rows` (or any
        // import) is `crate::db::bookings::take_place`.
        if segments.len() > 1
            && let Some(whole) = self.aliases.get(&segments[0])
        {
            let mut expanded: Vec<String> = whole.split("::").map(str::to_owned).collect();
            expanded.extend(segments.drain(1..));
            segments = expanded;
        }
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
    (attrs, items): (&[syn::Attribute], &[syn::Item]),
    out: &mut Vec<Module>,
) {
    let mut names = Names {
        module: &module,
        names: BTreeSet::new(),
        aliases: HashMap::new(),
        inline: Vec::new(),
    };
    // Imports first, so a path is expanded whether its `use` stands above it or below.
    for item in items {
        if let syn::Item::Use(import) = item
            && !is_test_only(&import.attrs)
        {
            names.visit_item_use(import);
        }
    }
    for item in items {
        names.visit_item(item);
    }
    let inline = std::mem::take(&mut names.inline);
    out.push(Module {
        path: module.join("::"),
        file: file.display().to_string(),
        names: names.names,
        summary: summary(attrs),
    });
    for (name, attrs, inner) in inline {
        let mut path = module.clone();
        path.push(name.clone());
        read_items(path, file, &dir.join(&name), (&attrs, &inner), out);
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
    read_items(module, file, &dir, (&parsed.attrs, &parsed.items), out);
}

/// Every module of the library in `crate_dir` (test modules left out), from `src/lib.rs` down,
/// with file names relative to the crate.
pub fn modules_under(crate_dir: &Path) -> Vec<Module> {
    let mut out = Vec::new();
    read_file(Vec::new(), &crate_dir.join("src/lib.rs"), &mut out);
    let prefix = format!("{}/", crate_dir.display());
    for module in &mut out {
        module.file = module.file.trim_start_matches(&prefix).to_owned();
    }
    out
}

/// The first sentence of the `//!` lines among `attrs`, on one line.
fn summary(attrs: &[syn::Attribute]) -> String {
    let mut text = String::new();
    for attr in attrs {
        let syn::Meta::NameValue(nv) = &attr.meta else {
            continue;
        };
        if !nv.path.is_ident("doc") {
            continue;
        }
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(line),
            ..
        }) = &nv.value
        else {
            continue;
        };
        let line = line.value();
        if line.trim().is_empty() && !text.is_empty() {
            break;
        }
        text.push(' ');
        text.push_str(line.trim());
    }
    let text = text.trim();
    // The first sentence: up to a full stop followed by a space (or the end).
    let end = text
        .match_indices(". ")
        .map(|(at, _)| at + 1)
        .next()
        .unwrap_or(text.len());
    text[..end].to_owned()
}
