//! The mails after an interview and an event: the feedback request to the volunteer, the
//! feedback itself to the participant (rubric labels in their language, the volunteer's words
//! as written), and the follow-up survey.

use super::MailHead;
use super::when::When;
use super::{frame_from, mail_templates};
use crate::domain::feedback::{RUBRIC, SCALE};
use crate::domain::local_text::LocalText;

/// Asks a volunteer for their feedback on one interview.
pub struct FeedbackRequestEmail {
    /// Languages and programme.
    pub head: MailHead,
    /// The volunteer's name.
    pub name: String,
    /// The participant they interviewed.
    pub participant: String,
    /// Event title.
    pub event_title: String,
    /// When the interview was, in the event's zone, written in each block's language.
    pub when: When,
    /// The feedback form.
    pub link: String,
}
frame_from!(FeedbackRequestEmail, head);
mail_templates!(
    FeedbackRequestEmail,
    "feedback_request/subject.txt",
    "feedback_request/body.txt",
    "feedback_request/body.html"
);

/// One rated item as the mail shows it.
pub struct RatedItem {
    /// The label's text id.
    pub label_id: &'static str,
    /// The rating, 1 to 4, as text.
    pub rating: String,
    /// The text id of what the rating means.
    pub scale_id: &'static str,
}

/// Rated items in rubric order from ratings in that order (each clamped to 1..=4).
pub fn rated_items(ratings: [i32; 4]) -> Vec<RatedItem> {
    RUBRIC
        .iter()
        .zip(ratings)
        .map(|(item, rating)| {
            let rating = rating.clamp(1, 4);
            RatedItem {
                label_id: item.label_id,
                rating: rating.to_string(),
                scale_id: SCALE[usize::try_from(rating - 1).unwrap_or(0)].0,
            }
        })
        .collect()
}

/// Brings a participant the feedback on their mock interview.
pub struct FeedbackEmail {
    /// Languages and programme.
    pub head: MailHead,
    /// The participant's name.
    pub name: String,
    /// The volunteer who wrote it.
    pub volunteer: String,
    /// Event title.
    pub event_title: LocalText,
    /// The ratings.
    pub items: Vec<RatedItem>,
    /// What went well, as written.
    pub strengths: String,
    /// Next steps, as written.
    pub next_steps: String,
    /// Their personal page, where the feedback stays.
    pub link: String,
}
frame_from!(FeedbackEmail, head);
mail_templates!(
    FeedbackEmail,
    "feedback/subject.txt",
    "feedback/body.txt",
    "feedback/body.html"
);

/// Asks a participant, a day after the event, how it was and what they plan next.
pub struct SurveyEmail {
    /// Languages and programme.
    pub head: MailHead,
    /// The participant's name.
    pub name: String,
    /// Event title.
    pub event_title: LocalText,
    /// The survey page.
    pub link: String,
}
frame_from!(SurveyEmail, head);
mail_templates!(
    SurveyEmail,
    "survey/subject.txt",
    "survey/body.txt",
    "survey/body.html"
);
