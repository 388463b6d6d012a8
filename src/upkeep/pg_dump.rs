//! PostgreSQL is backed up by its own tool, `pg_dump`, when it is installed. The password is
//! handed over in `PGPASSWORD`, never on the command line, where any user of the machine could
//! read it in the process list.

use super::UpkeepError;
use crate::config::Config;
use crate::db::schema_version::{self, SchemaVersion};
use std::path::{Path, PathBuf};

/// Dumps the database of `config` into `partial` (custom format) and returns its schema.
pub async fn dump(config: &Config, partial: &Path) -> Result<SchemaVersion, UpkeepError> {
    let pg_dump = find_on_path("pg_dump").ok_or(UpkeepError::PgDumpMissing)?;
    let (url, password) = without_password(&config.database_url);
    let mut command = tokio::process::Command::new(pg_dump);
    command
        .arg("--format=custom")
        .arg("--file")
        .arg(partial)
        .arg("--dbname")
        .arg(&url);
    if let Some(password) = password {
        command.env("PGPASSWORD", password);
    }
    let output = command
        .output()
        .await
        .map_err(UpkeepError::io("running pg_dump"))?;
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr);
        let first = said.lines().next().unwrap_or("no message").to_owned();
        return Err(UpkeepError::PgDumpFailed(first));
    }
    let db = crate::db::connect(&config.database_url, 1).await?;
    let state = schema_version::state(&db).await;
    db.close().await?;
    Ok(state?.database_version())
}

/// `postgres://user:secret@host/db` as `postgres://user@host/db` and the decoded password.
pub fn without_password(url: &str) -> (String, Option<String>) {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return (url.to_owned(), None);
    };
    let authority_end = url[scheme_end..]
        .find(['/', '?'])
        .map_or(url.len(), |i| scheme_end + i);
    let Some(at) = url[scheme_end..authority_end]
        .rfind('@')
        .map(|i| scheme_end + i)
    else {
        return (url.to_owned(), None);
    };
    let userinfo = &url[scheme_end..at];
    let Some((user, password)) = userinfo.split_once(':') else {
        return (url.to_owned(), None);
    };
    let stripped = format!("{}{user}{}", &url[..scheme_end], &url[at..]);
    (stripped, Some(percent_decoded(password)))
}

/// `%40` as `@` and so on (a password in a URL is percent-encoded).
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|pair| std::str::from_utf8(pair).ok())
            .and_then(|pair| u8::from_str_radix(pair, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                decoded.push(byte);
                i += 3;
            }
            (byte, _) => {
                decoded.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// The first executable called `name` in a folder of the PATH.
fn find_on_path(name: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|folder| folder.join(name))
        .find(|path| {
            std::fs::metadata(path)
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}

#[cfg(test)]
mod tests {
    use super::without_password;

    #[test]
    fn the_password_leaves_the_url_and_is_decoded() {
        assert_eq!(
            without_password("postgres://fairplan:s%40cret@db:5432/fairplan?sslmode=require"),
            (
                "postgres://fairplan@db:5432/fairplan?sslmode=require".to_owned(),
                Some("s@cret".to_owned())
            )
        );
        assert_eq!(
            without_password("postgres://postgres@127.0.0.1/x"),
            ("postgres://postgres@127.0.0.1/x".to_owned(), None)
        );
        assert_eq!(
            without_password("postgres://localhost/x?user=a@b"),
            ("postgres://localhost/x?user=a@b".to_owned(), None)
        );
    }
}
