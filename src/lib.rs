//! Fairplan: job fairs, mock-interview days and speed-networking events for programmes that help
//! immigrants and refugees into skilled work.
//!
//! See `docs/ARCHITECTURE.md` for how the modules fit together.

pub mod allocation;
pub mod api;
pub mod app;
pub mod calendar;
pub mod clock;
pub mod config;
pub mod db;
pub mod domain;
pub mod entities;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod metrics;
pub mod planning_cli;
pub mod runtime;
pub mod services;
pub mod upkeep;
pub mod web;
