//! Every route of the application, registered in this one place.

use super::link_guard::guard_links;
use super::middleware::{page_language, route_of, security_headers, track_requests};
use super::state::AppState;
use crate::app::error::AppError;
use crate::domain::{participant_import, volunteer_draft};
use crate::web::coordinator::signed_in::require_coordinator;
use crate::web::coordinator::{
    allocation, api_tokens, audit, check_in, check_in_code, copies, employers, event_list,
    event_outputs, event_sessions, event_texts, events, feedback, messages, outcomes, participants,
    password_reset, person, placement_edit, placements, reports, rotation, sensitive, sessions,
    signin, standby, webhooks,
};
use crate::web::{
    calendar, dev_mail, employer, link_requests, participant, participant_bookings,
    participant_data, participant_language, participant_survey, public, volunteer,
    volunteer_feedback,
};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::extract::Request;
use axum::routing::{get, post};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::TraceLayer;

/// Builds the application's router on `state`.
pub fn router(state: AppState) -> Router {
    let mut app = Router::new()
        .route("/", get(public::show_home))
        .route("/privacy", get(public::show_privacy))
        .route("/healthz", get(public::check_health))
        .route("/metrics", get(public::show_metrics))
        .route("/static/app.css", get(public::serve_css))
        .route("/coordinator/login", get(signin::show_login).post(signin::sign_in))
        .route("/coordinator/logout", post(signin::sign_out))
        .route(
            "/coordinator/password-reset",
            get(password_reset::show_request).post(password_reset::request_link),
        )
        .route(
            "/coordinator/password-reset/{token}",
            get(password_reset::show_reset).post(password_reset::reset_password),
        )
        .merge(signed_in_routes(&state))
        .route("/e/{token}", get(employer::show_event))
        .route("/e/{token}/volunteers", post(employer::create_volunteer))
        .route("/e/{token}/volunteers/new", get(employer::new_volunteer))
        .route(
            "/e/{token}/volunteers/import",
            post(employer::import_volunteers)
                .layer(DefaultBodyLimit::max(volunteer_draft::TABLE.max_bytes + 64 * 1024)),
        )
        .route("/e/{token}/volunteers/{id}", post(employer::update_volunteer))
        .route("/e/{token}/volunteers/{id}/edit", get(employer::edit_volunteer))
        .route(
            "/e/{token}/volunteers/{id}/withdraw",
            get(employer::confirm_withdraw).post(employer::withdraw_volunteer),
        )
        .route("/v/{token}", get(volunteer::show_schedule))
        .route("/v/{token}/calendar-feed", post(volunteer::create_feed))
        .route("/v/{token}/check-in/{booking_id}", post(volunteer::mark_booking))
        .route(
            "/v/{token}/feedback/{booking_id}",
            get(volunteer_feedback::show_form).post(volunteer_feedback::send_feedback),
        )
        .route("/p/new-link", get(link_requests::show_form).post(link_requests::request_link))
        .route("/p/{token}", get(participant::show_event))
        .route("/p/{token}/check-in.png", get(participant::check_in_image))
        .route("/p/{token}/bookings/{booking_id}/invite.ics", get(calendar::download_booking))
        .route("/p/{token}/calendar-feed", post(calendar::create_feed))
        .route("/p/{token}/book", post(participant_bookings::book_slot))
        .route("/p/{token}/language", post(participant_language::choose_language))
        .route("/p/{token}/my-data.json", get(participant_data::download_data))
        .route(
            "/p/{token}/erase",
            get(participant_data::confirm_erase).post(participant_data::erase),
        )
        .route(
            "/p/{token}/survey",
            get(participant_survey::show_survey).post(participant_survey::answer_survey),
        )
        .route("/p/{token}/bookings/{booking_id}/move", post(participant_bookings::move_booking))
        .route(
            "/p/{token}/bookings/{booking_id}/accept",
            post(participant_bookings::accept_offer),
        )
        .route(
            "/p/{token}/sessions/{session_id}/preferences",
            post(participant::save_preferences),
        )
        .route(
            "/p/{token}/sessions/{session_id}/wishes",
            post(participant::save_wishes),
        )
        .route(
            "/p/{token}/sessions/{session_id}/waitlist",
            post(participant_bookings::join_waitlist),
        )
        .route(
            "/p/{token}/bookings/{booking_id}/cancel",
            get(participant_bookings::confirm_cancel).post(participant_bookings::cancel_booking),
        )
        .route("/calendar/{file}", get(calendar::serve_feed))
        .merge(super::sign_up_routes::public_routes())
        .route("/dev/mail", get(dev_mail::list_mails))
        .route("/dev/mail/{id}", get(dev_mail::show_mail))
        .nest("/api/v1", crate::api::router())
        .fallback(|| async { AppError::NotFound })
        .layer(axum::middleware::from_fn(
            crate::app::input_guard::refuse_control_characters,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            link_requests::offer_new_link,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::web::staff_links::explain_lost_link,
        ))
        .layer(axum::middleware::from_fn_with_state(state.clone(), guard_links))
        .layer(axum::middleware::from_fn_with_state(state.clone(), page_language))
        .layer(axum::middleware::from_fn_with_state(state.clone(), track_requests))
        // The span names the route template, never the path: paths carry access tokens.
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request| {
            tracing::info_span!("http", method = %request.method(), route = %route_of(request))
        }))
        .layer(CatchPanicLayer::new());
    for header in security_headers() {
        app = app.layer(header);
    }
    app.with_state(state)
}

/// Every coordinator route that needs a signed-in coordinator: all of `/coordinator` except
/// sign-in, sign-out and password reset. The sign-in check is this router's layer, so no
/// handler can forget it.
fn signed_in_routes(state: &AppState) -> Router<AppState> {
    Router::new()
        .route("/coordinator", get(signin::show_dashboard))
        .route("/coordinator/language", post(signin::choose_language))
        .route(
            "/coordinator/api-tokens",
            get(api_tokens::show_tokens).post(api_tokens::create_token),
        )
        .route(
            "/coordinator/api-tokens/{id}/revoke",
            post(api_tokens::revoke_token),
        )
        .route(
            "/coordinator/events",
            get(event_list::show_events).post(events::create_event),
        )
        .route("/coordinator/events/new", get(events::new_event))
        .route(
            "/coordinator/events/{id}",
            get(events::show_event).post(events::update_event),
        )
        .route("/coordinator/events/{id}/edit", get(events::edit_event))
        .route(
            "/coordinator/events/{id}/status",
            post(events::change_status),
        )
        .route(
            "/coordinator/events/{id}/bookings.csv",
            get(event_outputs::export_bookings),
        )
        .route(
            "/coordinator/events/{id}/volunteer-schedule.csv",
            get(event_outputs::export_volunteer_schedule),
        )
        .route(
            "/coordinator/events/{id}/run-sheet",
            get(event_outputs::show_run_sheet),
        )
        .route(
            "/coordinator/events/{id}/check-in",
            get(check_in::show_check_in).post(check_in::mark_from_list),
        )
        .route(
            "/coordinator/events/{id}/feedback",
            get(feedback::show_feedback),
        )
        .route(
            "/coordinator/events/{id}/outcomes",
            get(outcomes::show_outcomes).post(outcomes::record_outcome),
        )
        .route(
            "/coordinator/events/{id}/outcomes/{outcome_id}/delete",
            post(outcomes::remove_outcome),
        )
        .route(
            "/coordinator/events/{id}/report",
            get(reports::show_event_report),
        )
        .route(
            "/coordinator/events/{id}/report.csv",
            get(reports::export_event_report),
        )
        .route("/coordinator/reports", get(reports::show_period_report))
        .route(
            "/coordinator/reports.csv",
            get(reports::export_period_report),
        )
        .route(
            "/coordinator/volunteers/{id}/certificate",
            get(reports::show_certificate),
        )
        .route(
            "/coordinator/events/{id}/check-in/{booking_id}",
            post(check_in::mark_booking),
        )
        .route(
            "/coordinator/events/{id}/check-in/{booking_id}/seat",
            post(check_in::seat_late),
        )
        .route(
            "/coordinator/events/{id}/check-in/code",
            post(check_in_code::check_in_by_code).layer(DefaultBodyLimit::max(
                check_in_code::MAX_PHOTO_MEGABYTES * 1024 * 1024 + 64 * 1024,
            )),
        )
        .route(
            "/coordinator/events/{id}/walk-ins",
            post(standby::add_walk_in),
        )
        .route(
            "/coordinator/events/{id}/interviewer-absent",
            post(standby::interviewer_absent),
        )
        .route(
            "/coordinator/events/{id}/standby",
            post(standby::add_to_standby),
        )
        .route(
            "/coordinator/events/{id}/standby/fill",
            post(standby::fill_from_standby),
        )
        .route(
            "/coordinator/events/{id}/standby/{standby_id}/place",
            post(standby::place_from_standby),
        )
        .route(
            "/coordinator/events/{id}/standby/{standby_id}/leave",
            post(standby::leave_standby),
        )
        .route(
            "/coordinator/events/{id}/sessions",
            get(event_sessions::show_sessions).post(sessions::create_session),
        )
        .route(
            "/coordinator/events/{id}/copy",
            get(copies::show_copy_form).post(copies::copy_event),
        )
        .route(
            "/coordinator/sessions/{id}/copy",
            post(copies::copy_session),
        )
        .route(
            "/coordinator/webhooks",
            get(webhooks::show_webhooks).post(webhooks::register_webhook),
        )
        .route("/coordinator/webhooks/{id}", get(webhooks::show_webhook))
        .route(
            "/coordinator/webhooks/{id}/change",
            post(webhooks::change_webhook),
        )
        .route(
            "/coordinator/webhooks/{id}/deliveries/{delivery}/send-again",
            post(webhooks::send_again),
        )
        .route(
            "/coordinator/events/{id}/texts",
            get(event_texts::show_texts).post(event_texts::save_texts),
        )
        .route(
            "/coordinator/events/{id}/message",
            get(messages::show_form).post(messages::preview_or_send),
        )
        .route(
            "/coordinator/events/{id}/planning",
            get(event_sessions::show_planning),
        )
        .route(
            "/coordinator/events/{id}/sessions/new",
            get(sessions::new_session),
        )
        .route(
            "/coordinator/events/{id}/participants",
            get(participants::show_participants).post(participants::add_participant),
        )
        .route(
            "/coordinator/events/{id}/participants/import",
            post(participants::import_participants).layer(DefaultBodyLimit::max(
                participant_import::MAX_BYTES + 64 * 1024,
            )),
        )
        .route(
            "/coordinator/events/{id}/invitations",
            post(participants::send_invitations),
        )
        .route(
            "/coordinator/events/{id}/participants/{participant_id}/resend-link",
            post(participants::resend_link),
        )
        .route(
            "/coordinator/events/{id}/participants/{participant_id}/revoke-link",
            post(participants::revoke_link),
        )
        .route(
            "/coordinator/events/{id}/participants/{participant_id}",
            get(person::show_person),
        )
        .route(
            "/coordinator/events/{id}/participants/{participant_id}/link",
            post(person::hand_over_link),
        )
        .route(
            "/coordinator/events/{id}/participants/{participant_id}/book",
            post(person::book_for),
        )
        .route(
            "/coordinator/events/{id}/participants/{participant_id}/bookings/{booking_id}/move",
            post(person::move_for),
        )
        .route(
            "/coordinator/events/{id}/participants/{participant_id}/bookings/{booking_id}/cancel",
            post(person::cancel_for),
        )
        .route(
            "/coordinator/events/{id}/participants/{participant_id}/erase",
            post(participants::erase_participant),
        )
        .route(
            "/coordinator/events/{id}/participants/{participant_id}/sensitive",
            get(sensitive::show_sensitive).post(sensitive::save_sensitive),
        )
        .route(
            "/coordinator/events/{id}/sensitive-facts.csv",
            post(sensitive::export_sensitive),
        )
        .route("/coordinator/audit", get(audit::show_audit))
        .route(
            "/coordinator/events/{id}/employers",
            get(employers::show_employers).post(employers::invite_employer),
        )
        .route("/coordinator/sessions/{id}", post(sessions::update_session))
        .route(
            "/coordinator/sessions/{id}/edit",
            get(sessions::edit_session),
        )
        .route(
            "/coordinator/sessions/{id}/allocation",
            get(allocation::show_allocation),
        )
        .route(
            "/coordinator/sessions/{id}/rotation",
            get(rotation::show_rotation),
        )
        .route(
            "/coordinator/sessions/{id}/rotation/plan",
            post(rotation::plan_rounds),
        )
        .route(
            "/coordinator/sessions/{id}/rotation/mail",
            post(rotation::mail_rotation),
        )
        .route(
            "/coordinator/sessions/{id}/allocation/preview",
            post(allocation::run_preview),
        )
        .route(
            "/coordinator/sessions/{id}/allocation/runs/{run_id}/commit",
            post(allocation::commit_run),
        )
        .route(
            "/coordinator/sessions/{id}/placements",
            get(placements::show_placements).post(placements::add_placement),
        )
        .route(
            "/coordinator/sessions/{id}/placements/{slot_id}",
            post(placement_edit::update_placement),
        )
        .route(
            "/coordinator/sessions/{id}/placements/{slot_id}/edit",
            get(placement_edit::edit_placement),
        )
        .route(
            "/coordinator/sessions/{id}/placements/{slot_id}/remove",
            post(placement_edit::remove_placement),
        )
        .merge(super::sign_up_routes::coordinator_routes())
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            require_coordinator,
        ))
}
