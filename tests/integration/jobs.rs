//! Scheduled jobs: each run happens on one instance only, again when due, and every run is
//! recorded in the database and counted in `/metrics`.

use crate::support::TestApp;
use fairplan::clock::now_ms;
use fairplan::jobs::schedule::{ALL, Job};
use fairplan::metrics::Metrics;
use std::sync::Arc;

fn names(jobs: &[Job]) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = jobs.iter().map(|job| job.name()).collect();
    names.sort_unstable();
    names
}

#[tokio::test]
async fn each_run_of_a_job_happens_on_one_instance_and_again_when_it_is_due() {
    let app = TestApp::spawn().await;
    let here = app.scheduler();
    let elsewhere =
        fairplan::runtime::scheduler(app.db.clone(), &app.config, Arc::new(Metrics::default()));
    let now = now_ms();
    let (ran_here, ran_elsewhere) = tokio::join!(here.run_due(now), elsewhere.run_due(now));
    let both: Vec<Job> = ran_here.iter().chain(&ran_elsewhere).copied().collect();
    assert_eq!(
        names(&both),
        names(&ALL),
        "every job ran once between the two instances"
    );

    assert!(
        elsewhere.run_due(now + 1_000).await.is_empty(),
        "a second later nothing is due on any instance"
    );
    let quarter_minute = elsewhere.run_due(now + 15_000).await;
    assert!(
        quarter_minute.contains(&Job::Reminders),
        "{quarter_minute:?}"
    );
    assert!(
        !quarter_minute.contains(&Job::Retention),
        "retention runs hourly"
    );
    assert!(
        here.run_due(now + 15_000).await.is_empty(),
        "that run is taken"
    );
    let hour = here.run_due(now + 3_600_000).await;
    assert!(hour.contains(&Job::Retention), "{hour:?}");

    let set_back = here.run_due(now + 3_600_000 - 60_000).await;
    assert!(
        set_back.contains(&Job::Reminders),
        "a clock set back a minute does not stall the jobs: {set_back:?}"
    );
}

#[tokio::test]
async fn each_run_is_recorded_and_shown_in_the_metrics() {
    let mut app = TestApp::spawn().await;
    let now = now_ms();
    app.scheduler().run_due(now).await;

    let runs = fairplan::db::job_runs::all(&app.db).await.unwrap();
    assert_eq!(runs.len(), ALL.len());
    for run in &runs {
        assert_eq!(run.started_at, Some(now), "{}", run.name);
        assert!(run.finished_at.is_some_and(|at| at >= now), "{}", run.name);
        assert_eq!(run.last_error, None, "{}", run.name);
        assert_eq!(
            run.due_at,
            now + match run.name.as_str() {
                "retention" => 3_600_000,
                "webhooks" => 3_000,
                _ => 15_000,
            }
        );
    }

    let text = app.get("/metrics").await.body;
    for job in ALL {
        let name = job.name();
        assert!(
            text.contains(&format!(
                r#"fairplan_job_runs_total{{job="{name}",outcome="ok"}} 1"#
            )),
            "{text}"
        );
        assert!(
            text.contains(&format!(
                r#"fairplan_job_last_run_timestamp_seconds{{job="{name}"}} {}"#,
                now / 1000
            )),
            "{text}"
        );
        assert!(
            text.contains(&format!(
                r#"fairplan_job_last_duration_seconds{{job="{name}"}} "#
            )),
            "{text}"
        );
    }
}
