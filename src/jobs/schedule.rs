//! The scheduled jobs: what each one does, and how often. Each is a service run at a time the
//! scheduler passes in; each is safe to run again (what it does is recorded as it goes), so a
//! run cut short by a crash is simply done by the next one.

use crate::config::Config;
use crate::services::error::ServiceError;
use crate::services::{
    feedback, link_failures, reminders, retention, sign_ups, surveys, waitlist, webhooks,
};
use sea_orm::DatabaseConnection;
use std::time::Duration;

/// How often the time-driven work (offers and their expiry, reminders, feedback requests,
/// surveys) looks for what has become due.
const OFTEN: Duration = Duration::from_secs(15);

/// Webhook deliveries go out within seconds of the change.
const PROMPTLY: Duration = Duration::from_secs(3);

/// Retention reads every person, so it runs once an hour.
const HOURLY: Duration = Duration::from_secs(60 * 60);

/// One kind of scheduled work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Job {
    /// Forgets failed personal-link requests older than a day.
    ForgetLinkFailures,
    /// Forgets unconfirmed sign-ups whose link ran out, and sign-ups counted for the limits
    /// once they no longer count.
    ForgetSignUps,
    /// Reminder mails before bookings and volunteers' hours.
    Reminders,
    /// Asks interviewers for feedback after interviews.
    FeedbackRequests,
    /// The follow-up survey a day after an event.
    Surveys,
    /// Deletes sensitive facts and anonymises people after the configured days.
    Retention,
    /// Waiting-list offers that expired, and new offers for freed places.
    WaitingLists,
    /// Webhook deliveries due (new ones, and failed ones whose retry is due).
    Webhooks,
}

/// Every job, in the order a pass runs them.
pub const ALL: [Job; 8] = [
    Job::ForgetLinkFailures,
    Job::ForgetSignUps,
    Job::Reminders,
    Job::FeedbackRequests,
    Job::Surveys,
    Job::Retention,
    Job::WaitingLists,
    Job::Webhooks,
];

impl Job {
    /// The job's name in logs, metrics and the `job_run` table.
    pub fn name(self) -> &'static str {
        match self {
            Self::ForgetLinkFailures => "forget_link_failures",
            Self::ForgetSignUps => "forget_sign_ups",
            Self::Reminders => "reminders",
            Self::FeedbackRequests => "feedback_requests",
            Self::Surveys => "surveys",
            Self::Retention => "retention",
            Self::WaitingLists => "waiting_lists",
            Self::Webhooks => "webhooks",
        }
    }

    /// How long after one run the next is due.
    pub fn every(self) -> Duration {
        match self {
            Self::Retention => HOURLY,
            Self::Webhooks => PROMPTLY,
            _ => OFTEN,
        }
    }

    /// Does the job's work as of `now_ms` and says in a few words what it did (empty when there
    /// was nothing to do).
    pub async fn run(
        self,
        db: &DatabaseConnection,
        config: &Config,
        now_ms: i64,
    ) -> Result<String, ServiceError> {
        Ok(match self {
            Self::ForgetLinkFailures => {
                let forgotten = link_failures::forget_old(db, now_ms).await?;
                said(forgotten > 0, || format!("{forgotten} forgotten"))
            }
            Self::ForgetSignUps => {
                let (sign_ups, attempts) = sign_ups::forget_old(db, now_ms).await?;
                said(sign_ups + attempts > 0, || {
                    format!("{sign_ups} unconfirmed sign-ups and {attempts} attempts forgotten")
                })
            }
            Self::Reminders => {
                let sent = reminders::run_due(db, config, now_ms).await?;
                said(sent != Default::default(), || {
                    format!(
                        "{} to participants, {} to volunteers",
                        sent.participants, sent.volunteers
                    )
                })
            }
            Self::FeedbackRequests => {
                let asked = feedback::request_due(db, config, now_ms).await?;
                said(asked > 0, || format!("{asked} asked"))
            }
            Self::Surveys => {
                let asked = surveys::send_due(db, config, now_ms).await?;
                said(asked > 0, || format!("{asked} asked"))
            }
            Self::Retention => {
                let run = retention::run_due(db, config, now_ms).await?;
                said(run != Default::default(), || {
                    format!(
                        "{} sensitive facts deleted, {} people anonymised",
                        run.sensitive_deleted, run.anonymised
                    )
                })
            }
            Self::WaitingLists => {
                let run = waitlist::run_due(db, config, now_ms).await?;
                said(run != Default::default(), || {
                    format!("{} offers expired, {} offered", run.expired, run.offered)
                })
            }
            Self::Webhooks => {
                let private = config.webhook_private_networks;
                let client = webhooks::client(private)?;
                let timeout = config.webhook_timeout;
                // Each attempt reads the clock: a pass can outlast the time it started at.
                let clock = crate::clock::now_ms;
                let taken = webhooks::deliver_due(db, (&client, private), timeout, clock).await?;
                let forgotten = webhooks::forget_old(db, now_ms).await?;
                said(taken > 0 || forgotten > 0, || {
                    format!("{taken} delivered, {forgotten} forgotten")
                })
            }
        })
    }
}

/// The summary when something was done, else nothing.
fn said(done: bool, summary: impl FnOnce() -> String) -> String {
    if done { summary() } else { String::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_job_has_its_own_name_and_runs_at_least_every_hour() {
        let mut names: Vec<&str> = ALL.iter().map(|job| job.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ALL.len());
        assert!(ALL.iter().all(|job| job.every() <= HOURLY));
        assert_eq!(Job::Retention.every(), HOURLY);
        assert_eq!(Job::Reminders.every(), OFTEN);
    }
}
