//! The coordinator's sign-in check is structural: every coordinator route but sign-in, sign-out
//! and password reset sits behind one router layer. This reads `src/app/router.rs`, so a route
//! added outside that layer, or one the layer lets through, fails here.

use crate::support::TestApp;
use axum::http::StatusCode;
use std::collections::BTreeSet;
use syn::visit::Visit;

/// The coordinator routes anyone may open.
const OPEN: &[&str] = &[
    "/coordinator/login",
    "/coordinator/logout",
    "/coordinator/password-reset",
    "/coordinator/password-reset/{token}",
];

/// One `.route(path, get(..).post(..))` of the router, with the function it is registered in.
#[derive(Debug)]
struct Route {
    function: String,
    path: String,
    methods: BTreeSet<String>,
}

#[derive(Default)]
struct Routes {
    function: String,
    found: Vec<Route>,
}

/// The HTTP methods a route's handler expression names (`get(..)`, `.post(..)`).
#[derive(Default)]
struct Methods(BTreeSet<String>);

impl<'ast> Visit<'ast> for Methods {
    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        if let syn::Expr::Path(path) = &*call.func
            && let Some(name) = path.path.get_ident()
            && ["get", "post"].contains(&name.to_string().as_str())
        {
            self.0.insert(name.to_string());
        }
        syn::visit::visit_expr_call(self, call);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        let name = call.method.to_string();
        if ["get", "post"].contains(&name.as_str()) {
            self.0.insert(name);
        }
        syn::visit::visit_expr_method_call(self, call);
    }
}

impl<'ast> Visit<'ast> for Routes {
    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        self.function = item.sig.ident.to_string();
        syn::visit::visit_item_fn(self, item);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        if call.method == "route"
            && let Some(syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(path),
                ..
            })) = call.args.first()
        {
            let mut methods = Methods::default();
            if let Some(handler) = call.args.iter().nth(1) {
                methods.visit_expr(handler);
            }
            self.found.push(Route {
                function: self.function.clone(),
                path: path.value(),
                methods: methods.0,
            });
        }
        syn::visit::visit_expr_method_call(self, call);
    }
}

fn routes() -> Vec<Route> {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/src/app/router.rs");
    let source = std::fs::read_to_string(file).unwrap();
    let mut routes = Routes::default();
    routes.visit_file(&syn::parse_file(&source).unwrap());
    routes.found
}

#[test]
fn every_coordinator_route_but_sign_in_and_password_reset_is_behind_the_layer() {
    let routes = routes();
    let outside: BTreeSet<&str> = routes
        .iter()
        .filter(|r| r.function != "signed_in_routes" && r.path.starts_with("/coordinator"))
        .map(|r| r.path.as_str())
        .collect();
    assert_eq!(
        outside,
        OPEN.iter().copied().collect(),
        "coordinator routes outside the sign-in layer"
    );
    let inside = routes
        .iter()
        .filter(|r| r.function == "signed_in_routes")
        .count();
    assert!(
        inside > 40,
        "found only {inside} signed-in routes: {routes:#?}"
    );
}

#[tokio::test]
async fn without_a_session_every_signed_in_route_sends_the_browser_to_sign_in() {
    let mut app = TestApp::spawn().await;
    let id = "0193a000-0000-7000-8000-000000000001";
    let mut checked = 0;
    for route in routes().iter().filter(|r| r.function == "signed_in_routes") {
        let path = route
            .path
            .split('/')
            .map(|part| if part.starts_with('{') { id } else { part })
            .collect::<Vec<_>>()
            .join("/");
        for method in &route.methods {
            let response = if method == "get" {
                app.get(&path).await
            } else {
                app.post_form(&path, &[("csrf", "x")]).await
            };
            assert_eq!(response.status, StatusCode::SEE_OTHER, "{method} {path}");
            assert_eq!(
                response.header("location"),
                "/coordinator/login",
                "{method} {path}"
            );
            checked += 1;
        }
    }
    assert!(checked > 50, "checked only {checked} routes and methods");
}
