//! The participant's page for one event, display-ready: their sessions with the options that
//! suit them (best first), their bookings, waiting-list places and offers, ranking forms and
//! speed-networking wish forms;
//! times in the event's zone, and never anyone else's contact details.

pub use super::participant_ranking::{RankOption, RankingView, TypedRanking};
use crate::db::{preferences, waitlist};
use crate::domain::booking_mode::BookingMode;
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{ParticipantId, SessionId};
use crate::domain::locale::Locale;
use crate::domain::ranking::choices_needed;
use crate::entities::{booking, slot};
use crate::i18n::dates;
use crate::i18n::request::page_locale;
use crate::services::booking_mails::booking_place;
use crate::services::error::ServiceError;
use crate::services::feedback::views::{self as feedback_views, FeedbackView};
use crate::services::networking_wishes::{self, WishView};
use crate::services::option_fits::SessionFits;
use crate::services::participant_bookings::booking_closed_reason;
use crate::services::preferences::ranking_outcome;
use crate::services::slot_labels::slot_labels;
use crate::services::{access_links, event_place, event_texts};
use sea_orm::DatabaseConnection;

/// A bookable option as a participant sees it.
pub struct OptionLine {
    /// The slot, for the book and move forms.
    pub slot_id: uuid::Uuid,
    /// Times, in the event's zone.
    pub when: String,
    /// Who or where (employer, job title, languages).
    pub with: String,
    /// Free places.
    pub free: i32,
    /// Why it suits them less well, when it does (another field, no shared language).
    pub note: Option<&'static str>,
}

/// A session as a participant sees it.
pub struct ParticipantSession {
    /// The session, for the waiting-list form.
    pub id: uuid::Uuid,
    /// Session title.
    pub title: String,
    /// Format.
    pub format: String,
    /// When.
    pub when: String,
    /// Options with free places.
    pub options: Vec<OptionLine>,
    /// The participant's own booking here: a description and its id (for the `.ics` download).
    pub my_booking: Option<(String, uuid::Uuid)>,
    /// Whether that booking may still be moved or cancelled (not when its time has begun).
    pub my_booking_can_change: bool,
    /// Why this session cannot be booked here right now (ranked choices, closed, not yet open).
    pub closed_reason: Option<&'static str>,
    /// The participant's place on this session's waiting list, or the place held for them.
    pub waiting: Option<WaitLine>,
    /// Whether they may join the waiting list (the session is full and they hold nothing here).
    pub can_wait: bool,
    /// For a preferences session: the options to rank.
    pub ranking: Option<RankingView>,
    /// The speed-networking wish form, in speed-networking sessions with tables.
    pub wishes: Option<WishView>,
}

/// A participant's place on a waiting list.
pub struct WaitLine {
    /// Their entry, for the accept and leave forms.
    pub booking_id: uuid::Uuid,
    /// Their place in line (1 = next), while waiting.
    pub position: usize,
    /// A place held for them: its time and until when it is held.
    pub offer: Option<(String, String)>,
}

/// One current booking on the participant's schedule.
pub struct ScheduleEntry {
    /// The booking, for the `.ics` download and the cancel page.
    pub booking_id: uuid::Uuid,
    /// Its session, for the link to change it.
    pub session_id: uuid::Uuid,
    /// Session title.
    pub session_title: String,
    /// Date and times in the event's zone, naming it.
    pub when: String,
    /// Who or where (employer, job title, languages).
    pub with: String,
    /// Room and venue, or the video link.
    pub place: String,
    /// The video link, when the event is online, to make it a link.
    pub video_link: Option<String>,
    /// What to bring (may be empty).
    pub bring: String,
    /// Whom to ask for, and what to do on arrival (a taster placement's; may be empty).
    pub contact_and_instructions: (String, String),
    /// Whether it can still be changed or cancelled here.
    pub can_change: bool,
    /// Whether they were checked in for it.
    pub arrived: bool,
}

/// A participant's page for one event.
pub struct ParticipantHome {
    /// The personal link's path (`/p/{token}`), for the page's own links and forms.
    pub link_path: String,
    /// The participant's name.
    pub name: String,
    /// The participant's language tag.
    pub locale: Locale,
    /// Event title.
    pub event_title: String,
    /// What the event is (may be empty).
    pub description: String,
    /// When.
    pub when: String,
    /// Venue or video link.
    pub place: String,
    /// Their current bookings in time order.
    pub schedule: Vec<ScheduleEntry>,
    /// Sessions with their options.
    pub sessions: Vec<ParticipantSession>,
    /// Feedback on their mock interviews.
    pub feedback: Vec<FeedbackView>,
    /// The event was cancelled (the page says so first).
    pub event_cancelled: bool,
    /// The code that checks them in at the door, shown with its QR code.
    pub check_in_code: Option<String>,
}

/// Loads a participant's page from their personal link.
pub async fn participant_home(
    db: &DatabaseConnection,
    token: &str,
    typed: Option<&TypedRanking>,
    now_ms: i64,
) -> Result<ParticipantHome, ServiceError> {
    let (link, participant) = access_links::resolve_participant(db, token, now_ms).await?;
    let event_id = link.event_id.ok_or(ServiceError::NotFound)?;
    // Resolving the link set the request's language: their choice, else their browser's.
    let locale = page_locale();
    let mut event = crate::db::events::find(db, event_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    // The organisers' texts in the reader's language, where they wrote them in it.
    let texts = event_texts::of_event(db, event.id).await?;
    event_texts::localise_event(&texts, &mut event, locale.lang());
    let fills = crate::db::session_fill::of_event(db, event.id).await?;
    let bookings = crate::db::bookings::live_of_participant(
        db,
        participant.id,
        fills.iter().map(|f| f.session.id).collect(),
    )
    .await?;

    let mut sessions = Vec::new();
    let mut schedule: Vec<(i64, ScheduleEntry)> = Vec::new();
    let clock =
        dates::EventClock::new(&locale, &event.time_zone, (event.starts_at, event.ends_at))?;
    let placements = crate::db::placement_details::of_slots(
        db,
        bookings.iter().filter_map(|b| b.slot_id).collect(),
    )
    .await?;
    for mut fill in fills {
        event_texts::localise_session(&texts, &mut fill.session, locale.lang());
        let mut slots = crate::db::slots::of_session(db, fill.session.id).await?;
        event_texts::localise_slots(&texts, &mut slots, locale.lang());
        let labels = slot_labels(db, &slots).await?;
        let zone = &event.time_zone;
        let my_slot = bookings
            .iter()
            .find(|b| b.session_id == fill.session.id)
            .and_then(|b| b.slot_id);
        let fits = SessionFits::load(db, participant.id, &fill.session, &slots).await?;
        // What has begun is no choice any more: neither a time to book or move into, nor a
        // booking of theirs to move away from (the services refuse both as well).
        let begun = |s: &slot::Model| s.starts_at <= now_ms;
        let mine_begun = slots.iter().any(|s| Some(s.id) == my_slot && begun(s));
        let mut open: Vec<&slot::Model> = slots
            .iter()
            .filter(|s| s.booked < s.capacity)
            .filter(|s| Some(s.id) != my_slot)
            .filter(|s| fits.allows(s) && !begun(s) && !mine_begun)
            .collect();
        // The slots that suit them best first; within each, in time order (a stable sort).
        open.sort_by_key(|s| fits.of(s));
        let options: Vec<OptionLine> = open
            .into_iter()
            .map(|s| OptionLine {
                slot_id: s.id,
                when: clock.range(s.starts_at, s.ends_at).unwrap_or_default(),
                with: labels.get(&s.id).cloned().unwrap_or_default(),
                free: s.capacity - s.booked,
                note: fits.of(s).note(),
            })
            .collect();
        let mine = bookings.iter().find(|b| b.session_id == fill.session.id);
        let waiting = match mine.filter(|b| b.status != BookingStatus::Confirmed) {
            Some(entry) => Some(wait_line(db, entry, &slots, zone, &locale).await?),
            None => None,
        };
        let closed_reason = booking_closed_reason(&fill.session, &event, now_ms);
        let can_wait = mine.is_none()
            && options.is_empty()
            && closed_reason.is_none()
            && slots.iter().any(|s| !begun(s));
        let my_booking = mine
            .filter(|b| b.status == BookingStatus::Confirmed)
            .map(|b| {
                let slot = slots.iter().find(|s| Some(s.id) == b.slot_id);
                let time = slot.map(|s| clock.range(s.starts_at, s.ends_at).unwrap_or_default());
                (time.unwrap_or_default(), b.id)
            });
        for booking in bookings
            .iter()
            .filter(|b| b.session_id == fill.session.id && b.status == BookingStatus::Confirmed)
        {
            let Some(slot) = slots.iter().find(|s| Some(s.id) == booking.slot_id) else {
                continue;
            };
            let entry = ScheduleEntry {
                booking_id: booking.id,
                session_id: fill.session.id,
                session_title: fill.session.title.clone(),
                when: dates::range(&locale, slot.starts_at, slot.ends_at, zone)?,
                with: labels.get(&slot.id).cloned().unwrap_or_default(),
                place: booking_place(&event, &fill.session, placements.get(&slot.id)),
                video_link: event
                    .venue_address
                    .is_none()
                    .then(|| event.online_url.clone())
                    .flatten(),
                bring: fill.session.what_to_bring.clone(),
                contact_and_instructions: placements
                    .get(&slot.id)
                    .map(|p| (p.contact.clone(), p.instructions.clone()))
                    .unwrap_or_default(),
                can_change: closed_reason.is_none() && !begun(slot),
                arrived: booking.arrived_at.is_some(),
            };
            schedule.push((slot.starts_at, entry));
        }
        let ranking = if fill.session.booking_mode == BookingMode::Preferences {
            let (closed, no_place) = ranking_outcome(
                db,
                (&fill.session, &event),
                participant.id,
                (now_ms, &locale),
            )
            .await?;
            let typed = typed.filter(|t| t.session_id == fill.session.id);
            let stored = preferences::of(
                db,
                SessionId(fill.session.id),
                ParticipantId(participant.id),
            )
            .await?;
            let mut suited: Vec<&slot::Model> = slots
                .iter()
                .filter(|s| fits.allows(s) && !begun(s))
                .collect();
            suited.sort_by_key(|s| fits.of(s));
            let rank_of = |slot_id: uuid::Uuid| match typed {
                Some(t) => t
                    .entries
                    .iter()
                    .find(|(id, _)| *id == slot_id)
                    .map(|(_, r)| r.clone())
                    .unwrap_or_default(),
                None => stored
                    .iter()
                    .find(|p| p.slot_id == slot_id)
                    .map(|p| p.rank.to_string())
                    .unwrap_or_default(),
            };
            Some(RankingView {
                closed,
                no_place,
                needed: choices_needed(suited.len()),
                max: suited.len(),
                errors: typed
                    .map(|t| crate::i18n::localise_errors(&t.errors, &locale))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|e| e.message)
                    .collect(),
                saved: stored.len(),
                options: suited
                    .into_iter()
                    .map(|s| RankOption {
                        slot_id: s.id,
                        when: clock.range(s.starts_at, s.ends_at).unwrap_or_default(),
                        with: labels.get(&s.id).cloned().unwrap_or_default(),
                        note: fits.of(s).note(),
                        rank: rank_of(s.id),
                    })
                    .collect(),
            })
        } else {
            None
        };
        let wishes = networking_wishes::view(
            db,
            &fill.session,
            &event,
            participant.id,
            my_booking.is_some(),
            now_ms,
        )
        .await?;
        sessions.push(ParticipantSession {
            ranking,
            wishes,
            id: fill.session.id,
            title: fill.session.title.clone(),
            format: fill.session.format.as_str().to_owned(),
            when: clock
                .range(fill.session.starts_at, fill.session.ends_at)
                .unwrap_or_default(),
            options,
            my_booking,
            my_booking_can_change: closed_reason.is_none() && !mine_begun,
            closed_reason,
            waiting,
            can_wait,
        });
    }
    let held: Vec<uuid::Uuid> = bookings
        .iter()
        .filter(|b| b.status == BookingStatus::Confirmed)
        .map(|b| b.id)
        .collect();
    let feedback = feedback_views::on_bookings(db, held, &event.time_zone).await?;
    Ok(ParticipantHome {
        link_path: format!("/p/{token}"),
        name: participant.name,
        when: dates::range(&locale, event.starts_at, event.ends_at, &event.time_zone)?,
        locale,
        event_title: event.title.clone(),
        description: event.description.clone(),
        place: event_place(&event),
        schedule: {
            schedule.sort_by_key(|(starts_at, _)| *starts_at);
            schedule.into_iter().map(|(_, entry)| entry).collect()
        },
        sessions,
        feedback,
        event_cancelled: event.status == crate::domain::event_status::EventStatus::Cancelled,
        check_in_code: crate::db::participants::check_in_code(
            db,
            crate::domain::ids::EventId(event.id),
            crate::domain::ids::ParticipantId(participant.id),
        )
        .await?,
    })
}

/// Where a participant stands on a session's waiting list.
async fn wait_line(
    db: &DatabaseConnection,
    entry: &booking::Model,
    slots: &[slot::Model],
    zone: &str,
    locale: &Locale,
) -> Result<WaitLine, ServiceError> {
    let offer = match (entry.slot_id, entry.offer_expires_at) {
        (Some(slot_id), Some(until)) => {
            let slot = slots.iter().find(|s| s.id == slot_id);
            let when = slot
                .map(|s| dates::range(locale, s.starts_at, s.ends_at, zone))
                .transpose()?
                .unwrap_or_default();
            Some((when, dates::instant(locale, until, zone)?))
        }
        _ => None,
    };
    let position = waitlist::line(db, entry.session_id)
        .await?
        .iter()
        .position(|b| b.id == entry.id)
        .map_or(0, |i| i + 1);
    Ok(WaitLine {
        booking_id: entry.id,
        position,
        offer,
    })
}
