//! Background work, apart from web requests: the mail delivery worker (`delivery`), and the
//! scheduled jobs (`schedule`: what they are; `scheduler`: running each one when due, on one
//! instance at a time). `fairplan worker` runs both; `fairplan serve` runs them beside the web
//! application. Like `web`, this layer calls services and never builds SQL itself.

pub mod delivery;
pub mod schedule;
pub mod scheduler;
