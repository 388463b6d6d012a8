//! Self-registration on an event's public page, as pure rules: who signs up (a job seeker or
//! an employer), where a sign-up stands, how long a confirmation link lasts, how many sign-ups
//! an address or a client may send, and the two forms checked field by field.

use super::cefr::CefrLevel;
use super::employer_draft::{EmployerDraft, EmployerInput};
use super::fields::{FieldError, FormErrors};
use super::participant_import::{ParticipantRow, check_row};
use super::sign_up_question::Question;
use super::spoken_languages::SPOKEN_LANGUAGES;
use super::text::TextRule;
use super::text_enum::text_enum;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

text_enum! {
    /// Who signed up.
    pub enum SignUpKind, refused as UnknownSignUpKind ("a kind of sign-up") {
        /// A job seeker, who becomes a participant on the event's list.
        Participant = "participant",
        /// An employer, whose contact gets the employer's link.
        Employer = "employer",
    }
}

text_enum! {
    /// Where a sign-up stands.
    pub enum SignUpState, refused as UnknownSignUpState ("a sign-up state") {
        /// The confirmation mail is out; nothing happens until its link is used.
        Unconfirmed = "unconfirmed",
        /// Confirmed (or given with only a phone number): a coordinator accepts or declines.
        AwaitingApproval = "awaiting_approval",
    }
}

/// How long a confirmation link works; an unconfirmed sign-up is then forgotten.
pub const CONFIRM_WITHIN_MS: i64 = 48 * 3_600_000;
/// The window the limits below count in.
pub const LIMIT_WINDOW_MS: i64 = 3_600_000;
/// Sign-ups one address may send per hour (each sends a mail to it).
pub const PER_ADDRESS_PER_HOUR: u64 = 3;
/// Sign-ups one client (network address; for IPv6, its /64 network) may send per hour.
pub const PER_CLIENT_PER_HOUR: u64 = 20;
/// Sign-ups with only a phone number one event takes per hour (they skip the confirmation by
/// mail and go straight to the coordinators).
pub const PHONE_ONLY_PER_EVENT_PER_HOUR: u64 = 30;
/// Rows of "languages you speak" the form offers.
pub const LANGUAGE_ROWS: usize = 3;

/// The job seeker's form as typed; kept as it is (JSON) until the address is confirmed, then
/// checked again and saved as a person.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ParticipantForm {
    /// Name.
    pub name: String,
    /// E-mail address.
    pub email: String,
    /// Phone number (only when the event allows signing up without an address).
    pub phone: String,
    /// The language of their pages and mails.
    pub language: String,
    /// Occupation fields ticked.
    pub occupations: Vec<String>,
    /// (language code, CEFR level) per row filled in.
    pub languages: Vec<(String, String)>,
    /// Needs (an interpreter, step-free access ...).
    pub needs: String,
    /// Whether they agree to be kept for later events.
    pub keep: bool,
    /// Answers by the question's form field.
    pub answers: BTreeMap<String, String>,
}

/// A job seeker's sign-up, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedParticipant {
    /// The person as a list row.
    pub row: ParticipantRow,
    /// Whether they may be kept for later events.
    pub keep: bool,
    /// (question, answer) for each question answered.
    pub answers: Vec<(Uuid, String)>,
    /// The form as it is kept until confirmed: only what was checked (the rows of languages
    /// filled in, the phone only where allowed, answers to the event's questions only).
    pub kept: ParticipantForm,
}

impl ParticipantForm {
    /// Checks every field: `languages` are the languages pages are written in, `phone_allowed`
    /// whether a phone number may stand in for the address, `questions` the event's own.
    pub fn check(
        &self,
        languages: &[&str],
        phone_allowed: bool,
        questions: &[Question],
    ) -> Result<CheckedParticipant, Vec<FieldError>> {
        let mut errors = FormErrors::none();
        let language = self.language.trim().to_ascii_lowercase();
        if !languages.contains(&language.as_str()) {
            errors.push_with(
                "language",
                "problem-choose-language",
                vec![("options", languages.join(", "))],
            );
        }
        if self.email.trim().is_empty() && !phone_allowed {
            errors.push("email", "problem-sign-up-email");
        }
        let spoken: Vec<String> = self
            .languages
            .iter()
            .filter(|(code, _)| !code.trim().is_empty())
            .map(|(code, level)| format!("{} {}", code.trim(), level.trim()))
            .collect();
        if self.languages.len() > LANGUAGE_ROWS
            || self.languages.iter().any(|(code, _)| {
                let code = code.trim();
                !code.is_empty() && !SPOKEN_LANGUAGES.iter().any(|(known, _)| *known == code)
            })
        {
            errors.push("languages", "problem-sign-up-language");
        } else if self.languages.iter().any(|(code, level)| {
            !code.trim().is_empty() && level.trim().parse::<CefrLevel>().is_err()
        }) {
            errors.push("languages", "problem-sign-up-level");
        }
        let phone = if phone_allowed {
            self.phone.as_str()
        } else {
            ""
        };
        let occupations = self.occupations.join(";");
        let spoken = spoken.join("; ");
        let cells: HashMap<&str, &str> = [
            ("name", self.name.as_str()),
            ("email", self.email.as_str()),
            ("phone", phone),
            ("language", language.as_str()),
            ("occupations", occupations.as_str()),
            ("languages", spoken.as_str()),
            ("needs", self.needs.as_str()),
        ]
        .into_iter()
        .collect();
        let row = check_row(1, &cells).map_err(|problems| {
            for p in problems {
                if !errors.has(&p.column) {
                    errors.push_error(FieldError {
                        field: p.column,
                        message: p.message,
                        args: p.args,
                    });
                }
            }
        });
        let mut answers = Vec::new();
        let mut kept_answers = BTreeMap::new();
        for question in questions {
            let typed = self
                .answers
                .get(&question.field())
                .map_or("", String::as_str);
            match question.answer(typed) {
                Ok(Some(answer)) => {
                    kept_answers.insert(question.field(), answer.clone());
                    answers.push((question.id, answer));
                }
                Ok(None) => {}
                Err(problem) => errors.push_error(problem),
            }
        }
        match (row, errors.any()) {
            (Ok(row), false) => Ok(CheckedParticipant {
                kept: ParticipantForm {
                    name: row.name.clone(),
                    email: row
                        .email
                        .as_ref()
                        .map(|e| e.as_str().to_owned())
                        .unwrap_or_default(),
                    phone: row
                        .phone
                        .as_ref()
                        .map(|p| p.as_str().to_owned())
                        .unwrap_or_default(),
                    language,
                    occupations: row.occupations.clone(),
                    languages: self
                        .languages
                        .iter()
                        .filter(|(code, _)| !code.trim().is_empty())
                        .map(|(code, level)| {
                            (code.trim().to_owned(), level.trim().to_ascii_uppercase())
                        })
                        .collect(),
                    needs: row.needs.clone(),
                    keep: self.keep,
                    answers: kept_answers,
                },
                row,
                keep: self.keep,
                answers,
            }),
            _ => Err(errors.0),
        }
    }
}

/// The employer's form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EmployerForm {
    /// The organisation's name.
    pub organisation: String,
    /// The contact person's name.
    pub contact_name: String,
    /// The contact person's address.
    pub contact_email: String,
    /// The language the contact reads.
    pub contact_language: String,
    /// What the employer offers (interviews, a table, taster days, jobs).
    pub offer: String,
}

/// The longest description of what an employer offers.
pub const OFFER_MAX: usize = 2000;

impl EmployerForm {
    /// Checks every field (each problem named by its form field); `languages` are the
    /// languages mails are written in.
    pub fn check(&self, languages: &[&str]) -> Result<(EmployerDraft, String), Vec<FieldError>> {
        let input = EmployerInput {
            name: self.organisation.clone(),
            contact_name: self.contact_name.clone(),
            contact_email: self.contact_email.clone(),
            contact_language: self.contact_language.clone(),
        };
        let mut errors = FormErrors::none();
        let draft = EmployerDraft::parse(&input, languages).map_err(|problems| {
            for mut p in problems {
                if p.field == "name" {
                    p.field = "organisation".to_owned();
                }
                errors.push_error(p);
            }
        });
        let offer = errors.limited("offer", &self.offer, TextRule::required_lines(OFFER_MAX));
        match draft {
            Ok(draft) if !errors.any() => Ok((draft, offer)),
            _ => Err(errors.0),
        }
    }
}

#[cfg(test)]
#[path = "sign_up_tests.rs"]
mod tests;
