//! The `fairplan` command: serve, worker, migrate, backup, restore, demo, create-coordinator.

use anyhow::Context;
use clap::{Parser, Subcommand};
use fairplan::app::error::AppError;
use fairplan::clock::now_ms;
use fairplan::config::Config;
use fairplan::db::schema_version;
use fairplan::services::{auth, demo};
use fairplan::upkeep::UpkeepError;
use fairplan::{planning_cli, runtime, upkeep};
use std::process::ExitCode;

/// Fairplan: job fairs, mock-interview days and speed-networking events.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Apply pending migrations, then serve the web application and deliver mail.
    Serve,
    /// Deliver mail only (for a separate worker deployment).
    Worker,
    /// Database migrations.
    Migrate {
        #[command(subcommand)]
        action: MigrateAction,
    },
    /// Write a consistent copy of the database while it serves (SQLite; PostgreSQL through
    /// pg_dump), readable by its owner only.
    Backup {
        /// The file to write. Without it the backup goes into FAIRPLAN_BACKUP_DIR, named by the
        /// time, and only the newest FAIRPLAN_BACKUP_KEEP backups there are kept.
        #[arg(long)]
        output: Option<std::path::PathBuf>,
    },
    /// Replace the SQLite database with a backup, keeping the replaced one beside it. Stop
    /// fairplan first.
    Restore {
        /// The backup to restore.
        #[arg(long)]
        input: std::path::PathBuf,
    },
    /// Create a demo programme on a fresh SQLite file, then serve it and print where to start.
    Demo {
        /// The SQLite file to (re)create.
        #[arg(long, default_value = "./data/demo.db")]
        file: String,
    },
    /// Allocate places from ranked choices, offline (JSON in, JSON out; see
    /// docs/allocation-format.md).
    Allocate {
        /// The problem: options, participants, rules, seed.
        #[arg(long)]
        input: std::path::PathBuf,
        /// Where to write the allocation.
        #[arg(long)]
        output: std::path::PathBuf,
    },
    /// Plan speed-networking rounds, offline (JSON in, JSON out).
    Rotate {
        /// The problem: tables, participants, rounds, seed.
        #[arg(long)]
        input: std::path::PathBuf,
        /// Where to write the plan.
        #[arg(long)]
        output: std::path::PathBuf,
    },
    /// Create a coordinator (or set an existing coordinator's password).
    CreateCoordinator {
        /// The coordinator's e-mail address, used to sign in.
        #[arg(long)]
        email: String,
        /// The name shown on pages.
        #[arg(long, default_value = "Coordinator")]
        name: String,
        /// Read the password from this variable instead of prompting (for scripts).
        #[arg(long, default_value = "FAIRPLAN_COORDINATOR_PASSWORD")]
        password_env: String,
    },
}

#[derive(Subcommand)]
enum MigrateAction {
    /// Apply all pending migrations.
    Up,
    /// List applied and pending migrations.
    Status,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Err(e) = init_logging() {
        eprintln!("fairplan: configuration error: {e}");
        return ExitCode::from(2);
    }
    // Offline planning needs no configuration, database or runtime.
    let offline = match &cli.command {
        Command::Allocate { input, output } => Some(planning_cli::allocate_file(input, output)),
        Command::Rotate { input, output } => Some(planning_cli::rotate_file(input, output)),
        _ => None,
    };
    if let Some(outcome) = offline {
        return match outcome {
            Ok(summary) => {
                println!("{summary}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("fairplan: {e:#}");
                ExitCode::FAILURE
            }
        };
    }
    // Configuration errors are the user's to fix: one line naming the variable, no backtrace.
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("fairplan: configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("fairplan: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command, config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fairplan: {e:#}");
            // A schema newer than this binary is no passing failure: exit 3 tells systemd not
            // to restart (RestartPreventExitStatus), as exit 2 does for a bad setting.
            match e.downcast_ref::<UpkeepError>() {
                Some(UpkeepError::NewerSchema { .. }) => ExitCode::from(3),
                _ => ExitCode::FAILURE,
            }
        }
    }
}

/// Logs go to standard error: coloured only when that is a terminal (a file or journald gets
/// plain text), or as one JSON object a line with `FAIRPLAN_LOG_FORMAT=json` for collectors.
fn init_logging() -> Result<(), String> {
    use std::io::IsTerminal;
    let filter = tracing_subscriber::EnvFilter::try_from_env("FAIRPLAN_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match std::env::var("FAIRPLAN_LOG_FORMAT")
        .unwrap_or_default()
        .trim()
    {
        "json" => builder.json().with_ansi(false).init(),
        "" | "text" => builder.with_ansi(std::io::stderr().is_terminal()).init(),
        other => {
            return Err(format!(
                "FAIRPLAN_LOG_FORMAT must be text or json, not {other:?}"
            ));
        }
    }
    Ok(())
}

async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve => {
            let (db, _running) = runtime::open_database(&config).await?;
            runtime::serve(config, db, true).await
        }
        Command::Worker => {
            let (db, _running) = runtime::open_database(&config).await?;
            runtime::run_worker(config, db).await
        }
        Command::Migrate { action } => match action {
            MigrateAction::Up => {
                let (_db, _running) = runtime::open_database(&config).await?;
                println!(
                    "The database is at schema version {}.",
                    schema_version::binary_version()
                );
                Ok(())
            }
            MigrateAction::Status => print_migration_status(&config).await,
        },
        Command::Backup { output } => {
            let report = upkeep::backup::run(&config, output, now_ms()).await?;
            println!("{report}");
            Ok(())
        }
        Command::Restore { input } => {
            let report = upkeep::restore::run(&config, &input, now_ms()).await?;
            println!("{report}");
            Ok(())
        }
        Command::Demo { file } => {
            let (config, replaced) = demo::demo_config(config, &file)?;
            if replaced {
                println!(
                    "An earlier demo was found at {file}: its data is replaced by a fresh demo."
                );
            }
            let (db, _running) = runtime::open_database(&config).await?;
            let summary = demo::seed(&db, &config, now_ms()).await?;
            println!("{}", summary.instructions(&config));
            runtime::serve(config, db, true).await
        }
        // Handled in `main` before the configuration is read.
        Command::Allocate { .. } | Command::Rotate { .. } => Ok(()),
        Command::CreateCoordinator {
            email,
            name,
            password_env,
        } => {
            let password = match std::env::var(&password_env) {
                Ok(password) => password,
                Err(_) => prompt_password()?,
            };
            let (db, _running) = runtime::open_database(&config).await?;
            auth::create_or_update_coordinator(&db, &email, &name, &password, now_ms())
                .await
                .map_err(|e| anyhow::anyhow!(AppError::from(e).public_message()))?;
            println!(
                "Coordinator {email} can now sign in at {}/coordinator/login",
                config.base_url
            );
            Ok(())
        }
    }
}

/// Prints each migration this binary knows with its state, then any a newer Fairplan applied.
/// Printed, not logged: the answer must show whatever the log filter.
async fn print_migration_status(config: &Config) -> anyhow::Result<()> {
    // Read only: asking about a SQLite file that is not there must not create it.
    let db = match fairplan::db::sqlite_file_path(&config.database_url) {
        Some(file) if !std::path::Path::new(&file).exists() => None,
        Some(file) => Some(fairplan::db::sqlite_file::open_read_only(file.as_ref()).await?),
        None => Some(fairplan::db::connect(&config.database_url, 2).await?),
    };
    let applied = match &db {
        Some(db) => schema_version::applied_migrations(db).await?,
        None => Vec::new(),
    };
    let known = schema_version::known_migrations();
    for name in &known {
        let state = if applied.contains(name) {
            "Applied"
        } else {
            "Pending"
        };
        println!("{name}\t{state}");
    }
    for name in applied.iter().filter(|name| !known.contains(name)) {
        println!("{name}\tApplied by a newer fairplan");
    }
    if let Some(db) = db {
        db.close().await?;
    }
    Ok(())
}

fn prompt_password() -> anyhow::Result<String> {
    let first = rpassword::prompt_password("Password (at least 12 characters): ")
        .context("reading the password")?;
    let second =
        rpassword::prompt_password("Repeat the password: ").context("reading the password")?;
    anyhow::ensure!(first == second, "the two passwords differ");
    Ok(first)
}
