//! Use-cases: open a transaction, load, decide with pure code, save, enqueue mail.
//! The only callers of `db/`.

pub mod access_links;
pub mod allocations;
pub mod api_tokens;
pub mod audit_log;
pub mod auth;
pub mod booking_mails;
pub mod bookings;
pub mod calendar_feeds;
pub mod check_in;
pub mod coordinator_language;
pub mod delivery;
pub mod delivery_notices;
pub mod demo;
pub mod employer_duties;
pub mod employers;
pub mod erasure;
pub mod error;
pub mod event_cancellation;
pub mod event_copy;
pub mod event_dashboard;
pub mod event_exports;
pub mod event_lists;
pub mod event_page;
pub mod event_texts;
pub mod events;
pub mod feedback;
pub mod health;
pub mod job_runs;
pub mod link_failures;
pub mod link_requests;
pub mod mailbox;
pub mod messages;
pub mod my_data;
pub mod networking_wishes;
pub mod option_fits;
pub mod outcomes;
pub mod participant_bookings;
pub mod participant_language;
pub mod participant_links;
pub mod participant_list;
pub mod participant_next;
pub mod participant_page;
pub mod participant_ranking;
pub mod participants;
pub mod password_reset;
pub mod person_bookings;
pub mod person_profile;
pub mod placement_changes;
pub mod placements;
pub mod places;
pub mod preferences;
pub mod relocation;
pub mod reminders;
pub mod reports;
pub mod retention;
pub mod rotations;
pub mod run_sheet;
pub mod sensitive_facts;
pub mod session_fill;
pub mod session_news;
pub mod sessions;
pub mod sign_up_answers;
pub mod sign_up_confirm;
pub mod sign_up_limits;
pub mod sign_up_review;
pub mod sign_up_settings;
pub mod sign_ups;
pub mod slot_labels;
pub mod surveys;
pub mod team_views;
pub mod tokens;
pub mod unit_sync;
pub mod views;
pub mod volunteer_calendar;
pub mod volunteers;
pub mod waitlist;
pub mod webhook_network;
pub mod webhooks;

/// Where a session happens: its room (when named) and the event's venue or video link.
pub(crate) fn session_place(
    event: &crate::entities::event::Model,
    session: &crate::entities::session::Model,
) -> String {
    let place = event_place(event);
    match (session.room.trim(), place.is_empty()) {
        ("", _) => place,
        (room, true) => room.to_owned(),
        (room, false) => format!("{room}, {place}"),
    }
}

/// Where an event happens: its venue address, else its video link.
pub(crate) fn event_place(event: &crate::entities::event::Model) -> String {
    event
        .venue_address
        .clone()
        .or_else(|| event.online_url.clone())
        .unwrap_or_default()
}
