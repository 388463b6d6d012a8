//! Keeping an installation: the one place migrations apply (with a backup first on SQLite),
//! online backups and restores, the lock that marks a running instance, and telling the service
//! manager how the process is doing. An edge of the program: it works on files and processes.

pub mod backup;
mod error;
pub mod instance_lock;
pub mod pg_dump;
pub mod restore;
pub mod schema;
pub mod service_manager;
mod timestamp;

pub use error::UpkeepError;
