//! Which interview slots suit a participant: their profile and each interviewer's, judged by
//! the pure rules in [`crate::domain::option_fit`]. Pages sort by it; booking refuses a slot the
//! session does not allow for them.

use crate::db::slot_calendar;
use crate::domain::option_fit::{Fit, InterviewRules, Profile, bookable, fit};
use crate::domain::session_format::Format;
use crate::entities::{session, slot};
use crate::services::error::ServiceError;
use sea_orm::ConnectionTrait;
use std::collections::HashMap;
use uuid::Uuid;

/// One participant's fit with the interviewers of one session.
pub struct SessionFits {
    rules: Option<InterviewRules>,
    participant: Profile,
    interviewers: HashMap<Uuid, Profile>,
}

impl SessionFits {
    /// Loads what is needed to judge `slots` of `session` for `participant_id`.
    pub async fn load(
        conn: &impl ConnectionTrait,
        participant_id: Uuid,
        session: &session::Model,
        slots: &[slot::Model],
    ) -> Result<Self, ServiceError> {
        // Only interviewers have profiles to match: slots without one suit everyone, so
        // nothing needs loading for them (a booking checks one slot on every request).
        let ids: Vec<Uuid> = slots.iter().filter_map(|s| s.volunteer_id).collect();
        if session.format != Format::MockInterview || ids.is_empty() {
            return Ok(Self {
                rules: None,
                participant: Profile::default(),
                interviewers: HashMap::new(),
            });
        }
        let (languages, fields) = slot_calendar::profile(conn, participant_id).await?;
        let participant = Profile {
            languages: languages
                .into_iter()
                .filter_map(|l| Some((l.language, Some(l.level)?)))
                .collect(),
            fields,
        };
        let interviewers = crate::db::volunteer_profiles::profiles(conn, None, Some(ids))
            .await?
            .into_iter()
            .map(|p| {
                let profile = Profile {
                    languages: p
                        .languages
                        .iter()
                        .filter_map(|l| Some((l.language.clone(), Some(l.level)?)))
                        .collect(),
                    fields: p.expertise,
                };
                (p.volunteer.id, profile)
            })
            .collect();
        let rules = InterviewRules {
            language: session.interview_language.clone().filter(|l| !l.is_empty()),
            min_level: session.min_language_level,
            require_occupation: session.require_occupation_match,
        };
        Ok(Self {
            rules: Some(rules),
            participant,
            interviewers,
        })
    }

    /// How `slot` suits the participant (every non-interview place suits everyone).
    pub fn of(&self, slot: &slot::Model) -> Fit {
        let (Some(rules), Some(interviewer)) = (
            &self.rules,
            slot.volunteer_id.and_then(|v| self.interviewers.get(&v)),
        ) else {
            return Fit::Good;
        };
        fit(&self.participant, interviewer, rules)
    }

    /// Whether the participant may book `slot`.
    pub fn allows(&self, slot: &slot::Model) -> bool {
        match &self.rules {
            Some(rules) => bookable(self.of(slot), rules),
            None => true,
        }
    }
}
