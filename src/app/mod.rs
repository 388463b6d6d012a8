//! The web application: state, routes, error rendering and cross-cutting middleware.

pub mod error;
pub mod extract;
pub mod input_guard;
pub mod link_guard;
pub mod middleware;
pub mod recent_failures;
pub mod router;
pub mod sign_up_routes;
pub mod state;
