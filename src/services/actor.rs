//! [`Actor`]: who a use-case acts for, as handlers name it. The audit log in `db/` stores it, so
//! the type lives there; handlers take it from here, because they never name `db/`.

pub use crate::db::audit::Actor;
