//! `fairplan demo`: a complete demo programme on a fresh SQLite file, so a newcomer can try
//! every role within a minute.

mod choices;
mod data;
mod employers;
mod participants;
mod seed;
mod sessions;

use crate::config::Config;
use anyhow::Context;

pub use seed::seed;

/// What the demo created and where to start.
pub struct DemoSummary {
    /// Coordinator e-mail address.
    pub coordinator_email: String,
    /// Coordinator password.
    pub coordinator_password: String,
    /// Employer contacts' personal links: (employer, URL).
    pub employer_links: Vec<(String, String)>,
    /// Volunteers' personal links (the ones their schedule mails carry): (name, URL).
    pub volunteer_links: Vec<(String, String)>,
    /// Participants' personal links: (name, URL).
    pub participant_links: Vec<(String, String)>,
    /// The event's public page, where anyone can sign up.
    pub public_page: String,
}

impl DemoSummary {
    /// The text printed after seeding: URLs and credentials to try each role.
    pub fn instructions(&self, config: &Config) -> String {
        let base = &config.base_url;
        let mut text = format!(
            "\nFairplan demo is ready at {base}\n\n\
             Coordinator: {base}/coordinator/login\n  e-mail:   {}\n  password: {}\n\nEmployer contacts:\n",
            self.coordinator_email, self.coordinator_password
        );
        for (name, url) in &self.employer_links {
            text.push_str(&format!("  {name}: {url}\n"));
        }
        if let Some((name, url)) = self.volunteer_links.first() {
            text.push_str(&format!(
                "\nVolunteers (one of {}):\n  {name}: {url}\n",
                self.volunteer_links.len()
            ));
        }
        text.push_str("\nParticipants (three of thirty, in Arabic, Ukrainian and Persian):\n");
        for (name, url) in self.participant_links.iter().take(3) {
            text.push_str(&format!("  {name}: {url}\n"));
        }
        text.push_str(&format!(
            "\nThe event's public page (sign up as a job seeker or an employer):\n  {}\n",
            self.public_page
        ));
        if config.shows_dev_mailbox() {
            text.push_str(&format!(
                "\nMails are not sent in the demo; read them at {base}/dev/mail\n"
            ));
        }
        text.push_str("\nStop with Ctrl-C.\n");
        text
    }
}

/// The configuration for a demo: `config` on a fresh SQLite file at `file` (removed first, with
/// its WAL files, so every demo starts from the same state), with `/dev/mail` on so the mails
/// can be read (unless a real SMTP server is configured). The flag says whether an earlier
/// demo's data was there and is replaced.
pub fn demo_config(mut config: Config, file: &str) -> anyhow::Result<(Config, bool)> {
    let mut replaced = false;
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{file}{suffix}");
        match std::fs::remove_file(&path) {
            Ok(()) => replaced = true,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(e).with_context(|| format!("removing the old demo database {path}"));
            }
        }
    }
    config.database_url = format!("sqlite://{file}?mode=rwc");
    config.dev_mail_page = true;
    Ok((config, replaced))
}
