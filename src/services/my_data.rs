//! A participant's copy of everything stored about them, as JSON, from their own page: their
//! details (sensitive facts included: they are theirs), events, bookings, choices, feedback,
//! survey answers, outcomes and the mails sent to them. Times are RFC 3339 in UTC.

use crate::db::personal_data;
use crate::domain::locale::Locale;
use crate::domain::occupations::Occupation;
use crate::services::access_links::resolve_participant;
use crate::services::error::ServiceError;
use sea_orm::DatabaseConnection;
use serde_json::{Value, json};

fn at(ms: i64) -> Value {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| Value::String(t.to_string()))
        .unwrap_or(Value::Null)
}

fn maybe_at(ms: Option<i64>) -> Value {
    ms.map_or(Value::Null, at)
}

/// The JSON copy for the participant behind `token`.
pub async fn export(
    db: &DatabaseConnection,
    token: &str,
    now_ms: i64,
) -> Result<Value, ServiceError> {
    let (_, person) = resolve_participant(db, token, now_ms).await?;
    let data = personal_data::load(db, person.id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let p = &data.person;
    Ok(json!({
        "exported_at": at(now_ms),
        "person": {
            "id": p.id,
            "name": p.name,
            "email": p.email,
            "phone": p.phone,
            "language": p.locale,
            "time_zone": p.time_zone,
            "needs": p.needs,
            "keep_after_event": p.keep_after_event,
            "added_at": at(p.created_at),
        },
        "languages": data.languages.iter().map(|l| json!({"language": l.language, "level": l.level})).collect::<Vec<_>>(),
        // As stored (an ISCO-08 code, or text typed before the list) and as the person reads it.
        "occupation_fields": data.occupations.iter().map(|o| json!({
            "value": o.occupation_field,
            "name": Occupation::read(&o.occupation_field).shown(Locale::parse(&p.locale).lang()),
        })).collect::<Vec<_>>(),
        "sensitive": data.sensitive.as_ref().map(|s| json!({
            "residence_status": s.residence_status,
            "work_permit": s.work_permit,
            "notes": s.notes,
            "delete_after": maybe_at(s.delete_after),
        })),
        "events": data.events.iter().map(|e| json!({
            "title": e.title, "starts_at": at(e.starts_at), "ends_at": at(e.ends_at),
        })).collect::<Vec<_>>(),
        "bookings": data.bookings.iter().map(|(b, slot, session)| json!({
            "session": session.as_ref().map(|s| s.title.clone()),
            "status": b.status,
            "starts_at": maybe_at(slot.as_ref().map(|s| s.starts_at)),
            "ends_at": maybe_at(slot.as_ref().map(|s| s.ends_at)),
            "arrived_at": maybe_at(b.arrived_at),
            "booked_at": at(b.created_at),
        })).collect::<Vec<_>>(),
        "sign_up_answers": data.answers.iter().map(|(a, q)| json!({
            "question": q.as_ref().map(|q| q.label.clone()), "answer": a.answer,
        })).collect::<Vec<_>>(),
        "pending_sign_ups": data.sign_ups.iter().map(|s| json!({
            "event": s.event_id, "state": s.state, "sent_at": at(s.created_at),
        })).collect::<Vec<_>>(),
        "ranked_choices": data.preferences.iter().map(|c| json!({
            "session": c.session_id, "rank": c.rank, "slot": c.slot_id,
        })).collect::<Vec<_>>(),
        "feedback": data.feedback.iter().map(|f| json!({
            "preparation": f.preparation,
            "self_presentation": f.presentation,
            "professional_depth": f.professional_depth,
            "language_and_communication": f.communication,
            "strengths": f.strengths,
            "next_steps": f.next_steps,
            "written_at": at(f.submitted_at),
        })).collect::<Vec<_>>(),
        "survey_answers": data.survey.iter().map(|s| json!({
            "useful": s.useful.as_str(), "plans": s.plans, "comment": s.comment, "answered_at": at(s.submitted_at),
        })).collect::<Vec<_>>(),
        "outcomes": data.outcomes.iter().map(|o| json!({
            "kind": o.kind.as_str(), "employer": o.employer_name, "date": o.happened_on, "note": o.note,
        })).collect::<Vec<_>>(),
        "mails": data.mails.iter().map(|m| json!({
            "subject": m.subject, "to": m.to_address, "status": m.status.as_str(), "written_at": at(m.created_at),
        })).collect::<Vec<_>>(),
    }))
}
